# Included by CPack once per generator (CPACK_PROJECT_CONFIG_FILE).

# The tarball unpacks to livedesk-<version>-Linux-<arch>/{bin,share}, not …/usr/bin.
if(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "")
endif()

# The .deb: the packages that provide the QML modules the GUI imports, found the way
# dpkg-shlibdeps finds libraries: qmlimportscanner resolves each import to a directory,
# dpkg-query says which package owns it.
if(NOT CPACK_GENERATOR STREQUAL "DEB" OR NOT CPACK_LIVEDESK_QML_FILES)
    return()
endif()

execute_process(
    COMMAND "${CPACK_LIVEDESK_QMLIMPORTSCANNER}" -qmlFiles ${CPACK_LIVEDESK_QML_FILES}
        -importPath "${CPACK_LIVEDESK_QML_IMPORT_PATH}"
    OUTPUT_VARIABLE _imports
    RESULT_VARIABLE _result)
if(_result)
    message(FATAL_ERROR "qmlimportscanner failed (${_result}): cannot list the QML modules")
endif()

set(_qml_packages)
string(JSON _count LENGTH "${_imports}")
if(_count GREATER 0)
    math(EXPR _last "${_count} - 1")
    foreach(_i RANGE ${_last})
        string(JSON _path ERROR_VARIABLE _no_path GET "${_imports}" ${_i} path)
        # Our own modules are compiled in and have no path on the system.
        if(_no_path OR NOT EXISTS "${_path}/qmldir")
            continue()
        endif()
        execute_process(COMMAND dpkg-query -S "${_path}/qmldir"
            OUTPUT_VARIABLE _owner RESULT_VARIABLE _result ERROR_QUIET)
        if(_result)
            string(JSON _name GET "${_imports}" ${_i} name)
            message(FATAL_ERROR "No Debian package owns ${_path}/qmldir (QML module ${_name})")
        endif()
        string(REGEX REPLACE "[:,].*" "" _owner "${_owner}")
        list(APPEND _qml_packages ${_owner})
    endforeach()
endif()
list(REMOVE_DUPLICATES _qml_packages)
list(SORT _qml_packages)
list(JOIN _qml_packages ", " _qml_depends)
if(_qml_depends)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", ${_qml_depends}")
    message(STATUS "QML module packages: ${_qml_depends}")
endif()
