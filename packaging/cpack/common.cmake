# CPack settings every package shares; the platform file (linux.cmake, windows.cmake, macos.cmake)
# picks the generators and adds what is specific to it, then CPack is included. Included from the
# top-level CMakeLists.txt, after packaging/ has declared the install rules.
#   cmake --build build-ci && cpack --config build-ci/CPackConfig.cmake -B build-ci/packages
# (scripts/verify-package.sh builds, installs and checks the Debian package). docs/packaging.md.
include(${CMAKE_CURRENT_LIST_DIR}/../metadata.cmake)

set(CPACK_PACKAGE_NAME ${LIVEDESK_APP_NAME})
set(CPACK_PACKAGE_VENDOR ${LIVEDESK_VENDOR})
set(CPACK_PACKAGE_CONTACT ${LIVEDESK_MAINTAINER})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${LIVEDESK_SUMMARY})
set(CPACK_PACKAGE_DESCRIPTION
    "LiveDesk talks with Gemini through the Live API: click to talk and hear the answer as it is\n"
    "spoken, interrupt it at any time, share a camera or the screen for visual help, or hold a\n"
    "live translation session. It includes livedesk-cli, a headless client, and livedesk-sim, a\n"
    "local Live API simulator that also powers an offline demo needing no key and no network.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${LIVEDESK_APP_NAME})
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/../licenses/GPL-3.0.txt)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
# Everything is one component; a monolithic package.
set(CPACK_MONOLITHIC_INSTALL TRUE)
# Only our own install rules: nothing a dependency might install through add_subdirectory.
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};ALL;/")

# Per-generator adjustments that need the package's contents (the Debian package's QML module
# dependencies): CPack includes this file once per generator.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/generator-config.cmake)

if(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux.cmake)
endif()

include(CPack)
