#pragma once

#include <QString>

namespace shopdesk::ReportFigures {

// A cell that is a figure: an amount or hours ("14557153.00", "-20.00", "7.5") or a count up to
// six digits ("17"); not an ID (an order or phone number is a long run of digits, no point).
bool isFigure(QStringView cell);
// An amount as a manager reads it: "14,557,153.00". The printed page and the screen show this;
// the XLSX and CSV keep the plain number, a number to Excel.
QString grouped(const QString &figure);
// A report's cell as people read it: grouped when it is a figure, else as it is.
QString shown(const QString &cell);

} // namespace shopdesk::ReportFigures
