#pragma once

#include "common/Result.h"
#include "imports/domain/CsvTable.h"

#include <QCoreApplication>

namespace shopdesk {

// Reading .xlsx files users have (ARCHITECTURE: import): the zip through minizip, the XML through
// QXmlStreamReader. Only what importers need: the first worksheet's cells as text, shared
// strings resolved, numbers as written (a time is a fraction of a day).
class XlsxSheet
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)

public:
    // Rows of the first worksheet; each record's `line` is the spreadsheet's row number.
    static Result<QList<CsvRecord>> readFirstSheet(const QByteArray &xlsx);
    // A list a user imports: the first sheet of a workbook, or else CSV text (UTF-8 or GB18030).
    // A workbook that cannot be read is named by `fileName`.
    static Result<QList<CsvRecord>> readWorkbookOrCsv(const QByteArray &bytes, const QString &fileName);
};

} // namespace shopdesk
