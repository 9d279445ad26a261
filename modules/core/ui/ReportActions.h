#pragma once

#include "report/DataExport.h"
#include "ui/Module.h"

class QWidget;

namespace shopdesk {

// What every report page offers (ARCHITECTURE: reports; RULE DB-04): a print preview on A4 and
// saving as PDF, XLSX or CSV, both through DataExport, so that the right is checked and every
// print and file leaves an audit record. Problems are shown in a message box.
namespace ReportActions {
void preview(QWidget *parent, const AppContext &context, const Report &report, const ExportSubject &subject);
// Asks where (suggesting `fileStem` in the documents folder) and writes `report` as `format`
// ("pdf", "xlsx", "csv"); returns the path written, or "" when nothing was.
QString save(QWidget *parent, const AppContext &context, const Report &report, const ExportSubject &subject,
             const QString &format, const QString &fileStem);
} // namespace ReportActions

} // namespace shopdesk
