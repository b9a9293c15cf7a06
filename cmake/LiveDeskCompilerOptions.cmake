# Warnings, sanitizers and ccache for every LiveDesk target.

find_program(LIVEDESK_CCACHE ccache)
if(LIVEDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_C_COMPILER_LAUNCHER ${LIVEDESK_CCACHE})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${LIVEDESK_CCACHE})
endif()

add_library(livedesk_warnings INTERFACE)
if(MSVC)
    target_compile_options(livedesk_warnings INTERFACE /W4 /permissive-)
else()
    target_compile_options(livedesk_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        -Wno-missing-field-initializers)
endif()

if(LIVEDESK_SANITIZE)
    list(JOIN LIVEDESK_SANITIZE "," _san)
    add_compile_options(-fsanitize=${_san} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=${_san})
    add_compile_definitions(LIVEDESK_SANITIZED=1)
endif()

# Strings shown to people must go through tr(); these make accidental conversions compile errors.
add_compile_definitions(
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER)
