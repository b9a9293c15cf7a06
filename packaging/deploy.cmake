# The Qt runtime inside the Windows install tree and the macOS bundle: Qt libraries, plugins
# (platform, multimedia, image formats, SQL, TLS) and the QML modules the GUI imports. Linux
# packages use the distribution's Qt instead.
#
# Qt 6.5+: Qt's own deployment script (qt_deploy_qml_imports + qt_deploy_runtime_dependencies,
# what qt_generate_deploy_qml_app_script generates, plus the command-line programs as additional
# executables so they share the deployed Qt). Qt 6.4: windeployqt / macdeployqt run directly.

if(WIN32)
    list(GET _programs 0 _main_target)
    set(_main "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${_main_target}>")
    set(_additional)
    foreach(_program IN LISTS _programs)
        if(NOT _program STREQUAL _main_target)
            list(APPEND _additional "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${_program}>")
        endif()
    endforeach()
elseif(APPLE)
    if(NOT _gui)
        # Plain executables on macOS: nothing for macdeployqt to do; they use the Qt they were
        # built against (Homebrew), like any command-line tool installed from source.
        return()
    endif()
    set(_main_target livedesk)
    set(_main "${LIVEDESK_MACOS_BUNDLE}")
    set(_additional)
    foreach(_program IN LISTS _programs)
        if(NOT _program STREQUAL "livedesk")
            list(APPEND _additional "${LIVEDESK_MACOS_BUNDLE}/Contents/MacOS/${_program}")
        endif()
    endforeach()
endif()

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    set(_qml_imports "")
    set(_qml_modules "")
    if(_gui)
        set(_qml_imports "qt_deploy_qml_imports(TARGET livedesk PLUGINS_FOUND plugins_found)")
        set(_qml_modules "ADDITIONAL_MODULES \${plugins_found}")
    endif()
    set(_qt_conf "")
    if(WIN32)
        set(_qt_conf GENERATE_QT_CONF)
    endif()
    qt_generate_deploy_script(
        TARGET ${_main_target}
        OUTPUT_SCRIPT _deploy_script
        CONTENT "
${_qml_imports}
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_main}\"
    ADDITIONAL_EXECUTABLES ${_additional}
    ${_qml_modules}
    ${_qt_conf})
")
    install(SCRIPT ${_deploy_script} COMPONENT livedesk)
else()
    # Qt 6.4 (technology-preview deployment API): call the tools themselves.
    if(WIN32)
        find_program(LIVEDESK_DEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
        set(_args --no-compiler-runtime --dir "\${_prefix}/${CMAKE_INSTALL_BINDIR}")
        if(_gui)
            list(APPEND _args --qmldir "${PROJECT_SOURCE_DIR}/ui")
        endif()
        set(_targets)
        foreach(_program IN LISTS _programs)
            list(APPEND _targets "\${_prefix}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${_program}>")
        endforeach()
    else()
        find_program(LIVEDESK_DEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
        set(_targets "\${_prefix}/${LIVEDESK_MACOS_BUNDLE}")
        set(_args -qmldir=${PROJECT_SOURCE_DIR}/ui -always-overwrite)
        foreach(_extra IN LISTS _additional)
            list(APPEND _args "-executable=\${_prefix}/${_extra}")
        endforeach()
    endif()
    if(NOT LIVEDESK_DEPLOYQT)
        message(WARNING "Qt deployment tool not found: the package will lack the Qt runtime")
        return()
    endif()
    install(CODE "
set(_prefix \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
execute_process(COMMAND \"${LIVEDESK_DEPLOYQT}\" ${_targets} ${_args} RESULT_VARIABLE _result)
if(_result)
    message(FATAL_ERROR \"${LIVEDESK_DEPLOYQT} failed: \${_result}\")
endif()
" COMPONENT livedesk)
endif()

# macOS: sign the finished bundle (after deployment rewrote every binary). Ad hoc by default,
# which Apple silicon needs to run it at all; a Developer ID identity for distribution.
if(APPLE)
    set(LIVEDESK_MACOS_SIGN_IDENTITY "-" CACHE STRING
        "codesign identity for the app bundle (\"-\" signs ad hoc)")
    set(_sign_args --force --deep --options runtime
        --entitlements "${CMAKE_CURRENT_LIST_DIR}/macos/entitlements.plist")
    if(NOT LIVEDESK_MACOS_SIGN_IDENTITY STREQUAL "-")
        list(APPEND _sign_args --timestamp)
    endif()
    install(CODE "
execute_process(COMMAND codesign ${_sign_args} --sign \"${LIVEDESK_MACOS_SIGN_IDENTITY}\"
    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${LIVEDESK_MACOS_BUNDLE}\" RESULT_VARIABLE _result)
if(_result)
    message(FATAL_ERROR \"codesign failed: \${_result}\")
endif()
" COMPONENT livedesk)
endif()
