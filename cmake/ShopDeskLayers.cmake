# The layers of ARCHITECTURE.md, held by the build (issue 12).

set(SHOPDESK_INCLUDE_CHECK ${CMAKE_CURRENT_LIST_DIR}/CheckIncludes.cmake)
# shopdesk_refuse_includes(target LAYER domain|panel)
#   Before `target` compiles, a build step reads its sources and every header in their folders
#   and fails, naming file and line, on an #include the layer may not have (CheckIncludes.cmake).
function(shopdesk_refuse_includes target)
    cmake_parse_arguments(C "" "LAYER" "" ${ARGN})
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(checked)
    foreach(source IN LISTS sources)
        get_filename_component(path ${source} ABSOLUTE BASE_DIR ${source_dir})
        if(NOT path MATCHES "\\.(cpp|h)$" OR NOT EXISTS ${path})
            continue()
        endif()
        get_filename_component(folder ${path} DIRECTORY)
        file(GLOB headers CONFIGURE_DEPENDS ${folder}/*.h)
        list(APPEND checked ${path} ${headers})
    endforeach()
    list(REMOVE_DUPLICATES checked)
    string(REPLACE ";" "|" files "${checked}")
    set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}.includes-checked)
    add_custom_command(OUTPUT ${stamp}
        COMMAND ${CMAKE_COMMAND} -DFILES=${files} -DLAYER=${C_LAYER} -P ${SHOPDESK_INCLUDE_CHECK}
        COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
        DEPENDS ${checked} ${SHOPDESK_INCLUDE_CHECK}
        COMMENT "Checking ${target}'s includes"
        VERBATIM)
    add_custom_target(${target}_includes DEPENDS ${stamp})
    add_dependencies(${target} ${target}_includes)
endfunction()

# shopdesk_add_domain(target SOURCES a.cpp ... [LIBS ...])
#   A domain/ folder's rules: a static library that links Qt Core only (plus LIBS, which may
#   not bring Sql, Gui or Widgets), so `#include <QSqlQuery>` does not compile in a rule. The
#   qualified form (<QtSql/QSqlQuery>) would still find Qt's include root, so its includes are
#   also checked (CheckIncludes.cmake, LAYER domain).
function(shopdesk_add_domain target)
    cmake_parse_arguments(D "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${target} STATIC ${D_SOURCES})
    target_link_libraries(${target} PUBLIC Qt6::Core ${D_LIBS})
    shopdesk_refuse_includes(${target} LAYER domain)
endfunction()

# shopdesk_panels(target)
#   An area's panels: they call services and name domain records; no repository (data/) and no
#   Qt Sql header, so no SQL can sit behind a button.
function(shopdesk_panels target)
    shopdesk_refuse_includes(${target} LAYER panel)
endfunction()
