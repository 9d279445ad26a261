# cmake "-DFILES=a.cpp|a.h|..." -DLAYER=domain|panel -P CheckIncludes.cmake
# Fails, naming file and line, when one of the files includes what its layer may not: a layer
# reaching for what ARCHITECTURE.md keeps from it (issue 12; cmake/ShopDeskLayers.cmake). The
# patterns live here, not on the command line, so no shell (cmd.exe included) sees their quotes.
if(LAYER STREQUAL "domain")
    # Qt Sql, Gui, Widgets, Network (also the qualified form, which Qt Core's include root would
    # find), a repository (data/) or a panel (ui/).
    set(refused "((QtSql|QtGui|QtWidgets|QtNetwork|QtPrintSupport|QtCharts)/|QSql|QWidget|QApplication|QGuiApplication|QPainter|QNetwork|([^\">]*/)?(data|ui)/)")
    set(why "a domain rule may not include this (no SQL, no widgets, no I/O)")
elseif(LAYER STREQUAL "panel")
    set(refused "(QtSql/|QSql|([^\">]*/)?data/)")
    set(why "a panel may not include a repository or Qt Sql (call a service)")
else()
    message(FATAL_ERROR "LAYER must be domain or panel, not '${LAYER}'")
endif()
string(REPLACE "|" ";" FILES "${FILES}")
set(problems "")
foreach(file IN LISTS FILES)
    file(READ "${file}" text)
    string(REPLACE ";" "," text "${text}") # a list separator inside a line would split it
    string(REPLACE "\n" ";" lines "${text}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]${refused}")
            string(APPEND problems "${file}:${number}: ${why}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(NOTICE "${problems}") # unwrapped: one line per include refused
    message(FATAL_ERROR "The layers of ARCHITECTURE.md refuse the includes above.")
endif()
