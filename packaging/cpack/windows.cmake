# Windows: an NSIS installer with Start-menu shortcuts, an uninstaller (also listed under
# Settings > Apps) and the icon; the Qt runtime is deployed into it by packaging/deploy.cmake.
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "LiveDesk-${PROJECT_VERSION}-Windows-x64")
# NSIS wants Windows paths; the doubled backslashes survive CPackConfig.cmake.
function(livedesk_nsis_path out path)
    string(REPLACE "/" "\\\\" native "${path}")
    set(${out} "${native}" PARENT_SCOPE)
endfunction()
livedesk_nsis_path(CPACK_NSIS_MUI_ICON "${LIVEDESK_ICON_BINARY_DIR}/LiveDesk.ico")
set(CPACK_NSIS_MUI_UNIICON ${CPACK_NSIS_MUI_ICON})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\livedesk.exe")
set(CPACK_NSIS_PACKAGE_NAME "${LIVEDESK_APP_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME ${LIVEDESK_APP_NAME})
set(CPACK_NSIS_BRANDING_TEXT "${LIVEDESK_APP_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${LIVEDESK_ISSUES_URL})
set(CPACK_NSIS_CONTACT ${LIVEDESK_ISSUES_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall LiveDesk")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Start-menu entry "LiveDesk" for bin\livedesk.exe (and the uninstaller beside it); an optional
# desktop shortcut; an optional PATH entry so livedesk-cli works from a terminal.
if(TARGET livedesk)
    set(CPACK_PACKAGE_EXECUTABLES livedesk ${LIVEDESK_APP_NAME})
    set(CPACK_CREATE_DESKTOP_LINKS livedesk)
endif()
set(CPACK_NSIS_MODIFY_PATH ON)
