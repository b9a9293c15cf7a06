# Windows executables: the application icon and a version resource (what Explorer shows under
# Properties > Details), one .rc per program, added to the targets from here. The GUI is a
# Windows-subsystem program (no console window).
set(_descriptions
    "livedesk=LiveDesk"
    "livedesk-cli=LiveDesk command-line client"
    "livedesk-sim=LiveDesk Live API simulator")
foreach(_entry IN LISTS _descriptions)
    string(REPLACE "=" ";" _pair "${_entry}")
    list(GET _pair 0 _program)
    list(GET _pair 1 LIVEDESK_RC_DESCRIPTION)
    if(NOT TARGET ${_program})
        continue()
    endif()
    set(LIVEDESK_RC_NAME ${_program})
    set(LIVEDESK_RC_ICO "${LIVEDESK_ICON_BINARY_DIR}/LiveDesk.ico")
    set(_rc ${CMAKE_CURRENT_BINARY_DIR}/${_program}.rc)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/program.rc.in ${_rc} @ONLY)
    target_sources(${_program} PRIVATE ${_rc})
    if(TARGET livedesk_icons)
        add_dependencies(${_program} livedesk_icons)
    endif()
endforeach()
if(TARGET livedesk)
    set_target_properties(livedesk PROPERTIES WIN32_EXECUTABLE TRUE)
endif()
