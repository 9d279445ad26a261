#pragma once

#include "common/Result.h"
#include "domain/SupplyListRows.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QHash>

namespace shopdesk {

class Clock;
class Database;

// A card as the catalogue has it and as the file would leave it.
template<typename Card>
struct CardChange
{
    Card before;
    Card after;
};

// What an item-list import would do.
struct SupplyItemImportPreview
{
    QString fileName;
    int rowsRead = 0;
    QList<SupplyItem> added; // codes not in the catalogue
    QList<CardChange<SupplyItem>> changed; // never their stock (SUP-07)
    int unchanged = 0;
    QList<ImportProblem> problems; // line, field, value, reason
    QHash<qint64, QString> supplierNames; // to show the preferred suppliers
};

// What a supplier-list import would do.
struct SupplierImportPreview
{
    QString fileName;
    int rowsRead = 0;
    QList<Supplier> added;
    QList<CardChange<Supplier>> changed;
    int unchanged = 0;
    QList<ImportProblem> problems;
};

// Imports the office-supplies item list and the supplier list from CSV (UTF-8 or GB18030) or
// XLSX, the way EmployeeImport does: columns found by header name, every bad row named and
// skipped, nothing written until the preview is accepted, all in one transaction; the same file
// again changes nothing. Items are matched by code, suppliers by name; an item's preferred
// supplier must already be in the catalogue. Stock is never set here: only the ledger moves it.
class SupplyImport
{
    Q_DECLARE_TR_FUNCTIONS(SupplyImport)
public:
    SupplyImport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<SupplyItemImportPreview> previewItems(const Actor &actor, const QByteArray &bytes,
                                                 const QString &fileName) const;
    Result<SupplierImportPreview> previewSuppliers(const Actor &actor, const QByteArray &bytes,
                                                   const QString &fileName) const;
    // The number of cards written; a card someone else changed since the preview refuses the
    // whole import as a conflict.
    Result<int> import(const Actor &actor, const SupplyItemImportPreview &preview);
    Result<int> import(const Actor &actor, const SupplierImportPreview &preview);

    // The preview's figures, a line each, for the dialog and shopdeskctl.
    static QStringList summary(const SupplyItemImportPreview &preview);
    static QStringList summary(const SupplierImportPreview &preview);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
