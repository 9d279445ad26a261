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
