# The macOS app bundle: our Info.plist (privacy usage strings), the icon and a Finder name of
# "LiveDesk". Set on the GUI target from here so app/ keeps only what is about building it.
if(NOT TARGET livedesk)
    return()
endif()

get_target_property(_output_name livedesk OUTPUT_NAME)
if(NOT _output_name)
    set(_output_name ${LIVEDESK_APP_NAME})
endif()
set(LIVEDESK_MACOS_BUNDLE "${_output_name}.app")

set_target_properties(livedesk PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME ${_output_name}
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${LIVEDESK_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME ${LIVEDESK_APP_NAME}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE LiveDesk.icns
    MACOSX_BUNDLE_COPYRIGHT "© 2026 ${LIVEDESK_VENDOR}, ${LIVEDESK_LICENSE_SPDX}")

# The icon goes into the installed bundle (the build-tree bundle runs without it).
if(TARGET livedesk_icons)
    install(FILES ${LIVEDESK_ICON_BINARY_DIR}/LiveDesk.icns
        DESTINATION "${LIVEDESK_MACOS_BUNDLE}/Contents/Resources" COMPONENT livedesk)
endif()
