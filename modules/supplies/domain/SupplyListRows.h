#pragma once

#include "common/Result.h"
#include "domain/SupplyItem.h"
#include "imports/domain/CsvTable.h"
#include "imports/domain/ImportProblem.h"

#include <QCoreApplication>

#include <optional>

namespace shopdesk {

// A row of an item list, checked on its own (SUP-08: a category is required). A column the file
// does not have, or an empty number or supplier, leaves the item's card as it is.
struct SupplyItemRow
{
    int line = 0;
    QString code, name, category, unit;
    std::optional<QString> specification, location;
    std::optional<qint64> reorderPoint;
    std::optional<int> leadTimeDays;
    QString preferredSupplier; // a supplier's name, matched against the catalogue's suppliers

    // `card` (the catalogue's item, or a new one) with what this row gives. Stock is never
    // touched: only the ledger moves it (SUP-07).
    SupplyItem appliedTo(SupplyItem card, qint64 preferredSupplierId) const;
};

// A row of a supplier list; a supplier is known by its name.
struct SupplierRow
{
    int line = 0;
    QString name;
    std::optional<QString> contact, phone, notes;

    Supplier appliedTo(Supplier card) const;
};

template<typename Row>
using SupplyList = ImportedRows<Row>;

// Reads the rows of an item list or a supplier list (CSV or the first sheet of a workbook),
// finding the columns by their Chinese or English header.
class SupplyListRows
{
    Q_DECLARE_TR_FUNCTIONS(SupplyListRows)

public:
    // Fails when no header row names the code and the name (编码 and 名称).
    static Result<SupplyList<SupplyItemRow>> items(const QList<CsvRecord> &records);
    // Fails when no header row names the supplier (名称).
    static Result<SupplyList<SupplierRow>> suppliers(const QList<CsvRecord> &records);

    // Whether two cards say the same (stock and versions aside): an import that would change
    // nothing writes nothing.
    static bool sameCard(const SupplyItem &a, const SupplyItem &b);
    static bool sameCard(const Supplier &a, const Supplier &b);
};

} // namespace shopdesk
