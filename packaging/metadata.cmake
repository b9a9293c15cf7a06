# What every package says about LiveDesk, in one place: included by packaging/CMakeLists.txt (install
# rules, bundles) and by packaging/cpack/common.cmake (the package generators).
set(LIVEDESK_APP_ID io.github.livedesk.LiveDesk)
set(LIVEDESK_APP_NAME LiveDesk)
set(LIVEDESK_VENDOR "The LiveDesk contributors")
set(LIVEDESK_SUMMARY "Desktop voice and video assistant for the Gemini Live API")
# The programs link espeak-ng (GPL-3.0-or-later), so the binaries are distributed under it.
set(LIVEDESK_LICENSE_SPDX GPL-3.0-or-later)
set(LIVEDESK_MAINTAINER "The LiveDesk contributors <livedesk@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Linux packages")
set(LIVEDESK_ISSUES_URL "${PROJECT_HOMEPAGE_URL}/issues")
# The rendered icons (packaging/icons): hicolor/ tree, LiveDesk.ico, LiveDesk.icns.
set(LIVEDESK_ICON_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging/icons)
# Debian's /usr/share/doc/<package>, not GNUInstallDirs' share/doc/LiveDesk.
set(LIVEDESK_INSTALL_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/livedesk)
