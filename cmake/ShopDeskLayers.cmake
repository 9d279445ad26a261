# The layers of ARCHITECTURE.md, held by the build (issue 12).
#
# shopdesk_add_domain(target SOURCES a.cpp ... [LIBS ...])
#   A domain/ folder's rules: a static library that links Qt Core only (plus LIBS, which may
#   not bring Sql, Gui or Widgets), so `#include <QSqlQuery>` does not compile in a rule. The
#   qualified form (<QtSql/QSqlQuery>) would still find Qt's include root, so a build step
#   reads every source and header of the target first and refuses, naming the file and line,
#   any include of Qt Sql, Gui, Widgets or Network, or of a data/ or ui/ header.
function(shopdesk_add_domain target)
    cmake_parse_arguments(D "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${target} STATIC ${D_SOURCES})
    target_link_libraries(${target} PUBLIC Qt6::Core ${D_LIBS})
    # The sources, and every header in their folders (header-only types included).
    set(checked)
    foreach(source IN LISTS D_SOURCES)
        get_filename_component(path ${source} ABSOLUTE)
        get_filename_component(folder ${path} DIRECTORY)
        file(GLOB headers ${folder}/*.h)
        list(APPEND checked ${path} ${headers})
    endforeach()
    list(REMOVE_DUPLICATES checked)
    string(REPLACE ";" "|" files "${checked}")
    set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}.layer-checked)
    add_custom_command(OUTPUT ${stamp}
        COMMAND ${CMAKE_COMMAND} -DFILES=${files} -P ${SHOPDESK_LAYER_CHECK}
        COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
        DEPENDS ${checked} ${SHOPDESK_LAYER_CHECK}
        COMMENT "Checking that ${target} includes no Sql, Gui, Widgets, data/ or ui/ header"
        VERBATIM)
    add_custom_target(${target}_layer_check DEPENDS ${stamp})
    add_dependencies(${target} ${target}_layer_check)
endfunction()

set(SHOPDESK_LAYER_CHECK ${CMAKE_CURRENT_LIST_DIR}/CheckDomainIncludes.cmake)
