#pragma once

#include <QList>
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

// What a list reader took from a file: the good rows, and every bad field of every bad row.
template<typename Row>
struct ImportedRows
{
    int rowsRead = 0; // blank rows not counted
    QList<Row> rows;
    QList<ImportProblem> problems;
};

} // namespace shopdesk
