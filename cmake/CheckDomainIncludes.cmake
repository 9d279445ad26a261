# cmake -DFILES="a.cpp|a.h|..." -P CheckDomainIncludes.cmake
# Fails, naming file and line, when a domain file includes what a rule may not use: Qt Sql,
# Gui, Widgets or Network, or a repository (data/) or panel (ui/) header (issue 12).
set(refused "^[ \t]*#[ \t]*include[ \t]*[<\"]((QtSql|QtGui|QtWidgets|QtNetwork|QtPrintSupport|QtCharts)/|QSql|QWidget|QApplication|QGuiApplication|QPainter|QNetwork|([^\">]*/)?(data|ui)/)")
string(REPLACE "|" ";" FILES "${FILES}")
set(problems "")
foreach(file IN LISTS FILES)
    file(STRINGS "${file}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "${refused}")
            string(APPEND problems "${file}:${number}: a domain rule may not include this (no SQL, no widgets, no I/O): ${line}\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
