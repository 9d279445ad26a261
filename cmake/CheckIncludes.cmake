# cmake "-DFILES=a.cpp|a.h|..." "-DREFUSE=<regex>" "-DWHY=<text>" -P CheckIncludes.cmake
# Fails, naming file and line, when one of the files has an #include line matching REFUSE: a
# layer reaching for what ARCHITECTURE.md keeps from it (issue 12; cmake/ShopDeskLayers.cmake).
string(REPLACE "|" ";" FILES "${FILES}")
set(problems "")
foreach(file IN LISTS FILES)
    file(STRINGS "${file}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]${REFUSE}")
            string(APPEND problems "${file}:${number}: ${WHY}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(NOTICE "${problems}") # unwrapped: one line per include refused
    message(FATAL_ERROR "The layers of ARCHITECTURE.md refuse the includes above.")
endif()
