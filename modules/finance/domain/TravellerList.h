#pragma once

#include "common/Result.h"
#include "domain/GroupAccount.h"
#include "imports/domain/CsvTable.h"
#include "imports/domain/ImportProblem.h"

#include <QCoreApplication>

namespace shopdesk {

// RULE FIN-05: a row of a group's traveller list, as the travel agency or the customer sends it.
struct TravellerRow
{
    int line = 0;
    GroupTraveller traveller;
};

using TravellerList = ImportedRows<TravellerRow>;

// Reads a traveller list (CSV or the first sheet of a workbook), its columns found by their
// Chinese or English titles: 姓名 and, when there is one, 电话 or 手机.
class TravellerRows
{
    Q_DECLARE_TR_FUNCTIONS(TravellerRows)
public:
    // Fails when no header row names the traveller (姓名).
    static Result<TravellerList> read(const QList<CsvRecord> &records);
    // The same person, for an import that must not list anyone twice: name and phone, spaces aside.
    static QString key(const GroupTraveller &traveller);
};

} // namespace shopdesk
