# livedesk_add_library(<name> [QT <components>] SOURCES ...)
#   A static module library with the project's warnings and an include root at the module folder's
#   parent, so code includes "session/livesession.h", "audio/ringbuffer.h" and so on.
function(livedesk_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
    target_link_libraries(${name} PUBLIC ${ARG_LIBRARIES} PRIVATE livedesk_warnings)
endfunction()

# livedesk_add_test(<name> SOURCES ... LIBRARIES ... LABELS unit|integration|e2e|ui
#                   [ENVIRONMENT VAR=value ...] [TIMEOUT seconds] [RESOURCE_LOCK name])
#   One Qt Test executable per class or behaviour. Runs headless unless the test says otherwise.
function(livedesk_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT;RESOURCE_LOCK;ARGS"
        ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${LIVEDESK_TEST_OUTPUT_DIRECTORY})
    target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES} Qt6::Test livedesk_warnings)
    target_compile_definitions(${name} PRIVATE
        LIVEDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        LIVEDESK_BINARY_DIR="${PROJECT_BINARY_DIR}"
        LIVEDESK_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
    # Tests that need the audio server or a display bring them up themselves if the caller has
    # not (scripts/with-test-env.sh), so a bare `ctest` works as well as scripts/test.sh.
    set(_components)
    if("pulse" IN_LIST ARG_RESOURCE_LOCK)
        list(APPEND _components pulse)
    endif()
    if("display" IN_LIST ARG_RESOURCE_LOCK)
        list(APPEND _components display)
    endif()
    if(_components)
        add_test(NAME ${name}
            COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-test-env.sh ${_components} --
                $<TARGET_FILE:${name}> ${ARG_ARGS})
    else()
        add_test(NAME ${name} COMMAND ${name} ${ARG_ARGS})
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    set(_env "QT_QPA_PLATFORM=offscreen" "LIVEDESK_LOG_RULES=*.debug=false" ${ARG_ENVIRONMENT})
    # A warning from LiveDesk's own code that the test did not declare with QTest::ignoreMessage
    # fails the test (Qt Test prints undeclared ones as QWARN), so a new warning stands out.
    # Warnings from Qt's own categories are left alone: some depend on the machine (fonts,
    # runtime directory permissions, the display server) and would make the suite fail by chance.
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${_env}"
        FAIL_REGULAR_EXPRESSION "QWARN +: [^\n]* livedesk\\.[a-z.]+: ")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    endif()
    if(ARG_RESOURCE_LOCK)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK "${ARG_RESOURCE_LOCK}")
    endif()
endfunction()
