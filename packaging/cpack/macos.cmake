# macOS: a drag-and-drop disk image holding LiveDesk.app (signed and with the Qt runtime
# deployed, packaging/deploy.cmake) and a link to /Applications.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "LiveDesk-${PROJECT_VERSION}-macOS-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DMG_VOLUME_NAME "${LIVEDESK_APP_NAME} ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${LIVEDESK_ICON_BINARY_DIR}/LiveDesk.icns)
