#pragma once

#include "common/Result.h"
#include "domain/SupplyItem.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shopdesk {

class Clock;
class Database;

// The items and suppliers the office keeps (SUP-08: by category). Stock is not edited here:
// only the stock ledger moves it.
class SupplyCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(SupplyCatalogue)
public:
    SupplyCatalogue(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<SupplyItem>> items(const Actor &actor, const SupplyItemQuery &query) const;
    Result<SupplyItem> item(const Actor &actor, qint64 id) const;
    // What a barcode scanner typed: the item with this code.
    Result<SupplyItem> itemByCode(const Actor &actor, const QString &code) const;
    Result<QStringList> categories(const Actor &actor) const;
    // Adds (id 0) or changes an item; returns its id. A change made by someone else meanwhile
    // is refused as a conflict.
    Result<qint64> saveItem(const Actor &actor, const SupplyItem &item);

    Result<QList<Supplier>> suppliers(const Actor &actor) const;
    Result<qint64> saveSupplier(const Actor &actor, const Supplier &supplier);

private:
    Database &m_db;
    const Clock &m_clock;
};

// What the audit log keeps of a card: the catalogue's records and the import's.
QJsonObject auditContent(const SupplyItem &item);
QJsonObject auditContent(const Supplier &supplier);

} // namespace shopdesk
