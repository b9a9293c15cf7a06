# Linux packages: a .deb (the tested one: scripts/verify-package.sh installs it), an .rpm and a
# tarball, all laid out under /usr.
set(CPACK_GENERATOR DEB TGZ)
find_program(LIVEDESK_RPMBUILD rpmbuild)
if(LIVEDESK_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()
set(CPACK_PACKAGE_NAME livedesk)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_FILE_NAME "livedesk-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")

# --- Debian -----------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # livedesk_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${LIVEDESK_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Libraries the programs link: found by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because it is loaded at run time: the espeak-ng voices, Qt
# Multimedia's GStreamer camera pipeline (v4l2src is in -good, videoconvert/appsink in -base),
# and Qt SQL's SQLite driver (conversation history).
set(_depends espeak-ng-data gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    libqt6sql6-sqlite)
if(TARGET livedesk)
    # The GUI: QML modules (computed from its imports when the package is made, see
    # generator-config.cmake), the SVG image plugin, and the platform plugin packages (xcb is in
    # libqt6gui6 on Debian 12; newer Debian and Ubuntu move platform plugins to qt6-qpa-plugins).
    # QtQuick.Dialogs' own FileDialog (used where the platform has none, e.g. History's export)
    # imports Qt.labs.folderlistmodel, which qmlimportscanner cannot see in our files and
    # Debian's qml6-module-qtquick-dialogs does not depend on.
    # The SVG image plugin moved from libqt6svg6 (Debian 12) to qt6-svg-plugins (Debian 13):
    # depend on whichever package carries it on the machine that builds the package.
    set(_svg_plugin_package libqt6svg6)
    find_program(_dpkg_query dpkg-query)
    if(_dpkg_query)
        execute_process(COMMAND ${_dpkg_query} -S "*/qt6/plugins/imageformats/libqsvg.so"
            OUTPUT_VARIABLE _svg_owner ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(_svg_owner MATCHES "^([^:,]+)")
            set(_svg_plugin_package ${CMAKE_MATCH_1})
        endif()
    endif()
    list(APPEND _depends libqt6svg6 qt6-qpa-plugins qml6-module-qt-labs-folderlistmodel)
    list(APPEND _depends ${_svg_plugin_package})
    list(REMOVE_DUPLICATES _depends)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | keepassxc")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-desktop-portal")
endif()
list(JOIN _depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)

# The QML files the GUI is made of, for the QML-module dependencies (generator-config.cmake).
if(TARGET livedesk AND TARGET Qt6::qmlimportscanner)
    file(GLOB_RECURSE _qml_files CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/ui/*.qml ${PROJECT_SOURCE_DIR}/app/*.qml)
    get_target_property(CPACK_LIVEDESK_QMLIMPORTSCANNER Qt6::qmlimportscanner IMPORTED_LOCATION)
    if(NOT CPACK_LIVEDESK_QMLIMPORTSCANNER)
        get_target_property(CPACK_LIVEDESK_QMLIMPORTSCANNER Qt6::qmlimportscanner
            IMPORTED_LOCATION_NONE)
    endif()
    set(CPACK_LIVEDESK_QML_FILES ${_qml_files})
    set(CPACK_LIVEDESK_QML_IMPORT_PATH "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_QML}")
endif()

# --- RPM (Fedora/openSUSE names; not installed or tested here) ---------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE ${LIVEDESK_LICENSE_SPDX})
set(CPACK_RPM_PACKAGE_GROUP "Applications/Multimedia")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_COMPRESSION_TYPE xz)
# No /usr/lib/.build-id links: they would clash with another package built from the same tree.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Libraries come from rpm's automatic requirements; these are loaded at run time.
set(CPACK_RPM_PACKAGE_REQUIRES "espeak-ng, gstreamer1-plugins-good")
if(TARGET livedesk)
    string(APPEND CPACK_RPM_PACKAGE_REQUIRES ", qt6-qtdeclarative, qt6-qtmultimedia, qt6-qtsvg")
endif()
# /usr/share/icons/hicolor/<size>/apps and friends belong to other packages.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/doc)
