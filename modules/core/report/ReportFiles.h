#pragma once

#include "common/Result.h"
#include "report/Report.h"

#include <QCoreApplication>

namespace shopdesk {

// A report as spreadsheet files: XLSX through libxlsxwriter (one sheet per table, frozen
// panes, column widths that fit), CSV as UTF-8 with a BOM so that Excel opens Chinese text.
// Both are written whole or not at all.
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)
public:
    static Status writeXlsx(const Report &report, const QString &path);
    // CSV holds one table (the first, unless `table` says which).
    static Status writeCsv(const Report &report, const QString &path, int table = 0);
    static QByteArray csv(const ReportTable &table);
};

} // namespace shopdesk
