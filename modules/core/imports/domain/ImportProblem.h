#pragma once

#include <QString>

namespace shopdesk {

// A line of an imported file that could not be taken: where, which field, what it held, and
// why. In core because every area's importers report bad rows the same way (ARCHITECTURE:
// import).
struct ImportProblem
{
    int line = 0;
    QString field;
    QString value;
    QString reason; // translated
};

} // namespace shopdesk
