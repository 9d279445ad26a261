#pragma once

#include "common/Result.h"
#include "imports/domain/CsvTable.h"
#include "imports/domain/ImportProblem.h"

#include <QCoreApplication>

namespace shopdesk {

// RULE FIN-10: a row of a month's phone-bill list (the carrier's statement, or finance's own
// sheet): the employee by staff number or name, and the bill.
struct AllowanceBillRow
{
    int line = 0;
    QString staffNo;
    QString name;
    qint64 billFen = 0;
};

using AllowanceBillList = ImportedRows<AllowanceBillRow>;

// Reads a phone-bill list (CSV or the first sheet of a workbook), its columns found by their
// Chinese or English titles: 工号 or 姓名, and 话费 (or 金额) in yuan.
class AllowanceBillRows
{
    Q_DECLARE_TR_FUNCTIONS(AllowanceBillRows)
public:
    // Fails when no header row names the bill and the staff number or the name.
    static Result<AllowanceBillList> read(const QList<CsvRecord> &records);
};

} // namespace shopdesk
