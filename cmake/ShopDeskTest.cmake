# shopdesk_add_test(NAME SOURCES a.cpp ... LIBS ... LABELS unit db ... [GUI])
# One executable per component; GUI tests run on the offscreen platform.
function(shopdesk_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE
        SHOPDESK_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
        SHOPDESKCTL_PATH="$<TARGET_FILE:shopdeskctl>"
        SQLITE3_PATH="sqlite3")
    add_test(NAME ${name} COMMAND ${name})
    set(env "SHOPDESK_FAST_HASH=1")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()

# shopdesk_test_on_postgresql(NAME): NAME's tests run once more with each test company on the
# PostgreSQL server (issue 20; TestSupport.h's Company). Skipped (exit 77) without a server, unless
# SHOPDESK_TEST_PG_REQUIRED is set, as CI does.
function(shopdesk_test_on_postgresql name)
    add_test(NAME ${name}_postgresql COMMAND ${name})
    get_test_property(${name} LABELS labels)
    set_tests_properties(${name}_postgresql PROPERTIES LABELS "${labels};postgresql" SKIP_RETURN_CODE 77 TIMEOUT 900
        ENVIRONMENT "SHOPDESK_FAST_HASH=1;QT_QPA_PLATFORM=offscreen;SHOPDESK_TEST_ENGINE=postgresql")
    get_test_property(${name} RESOURCE_LOCK lock) # the reliability tests' whole machine
    if(lock)
        set_tests_properties(${name}_postgresql PROPERTIES RESOURCE_LOCK "${lock}")
    endif()
endfunction()
