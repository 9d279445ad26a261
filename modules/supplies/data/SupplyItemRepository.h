#pragma once

#include "common/Result.h"
#include "domain/SupplyItem.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace shopdesk {

class Database;

// Items and suppliers. An item's stock columns are written only by the stock ledger's trigger.
class SupplyItemRepository
{
public:
    explicit SupplyItemRepository(Database &db) : m_db(db) {}

    Result<QList<SupplyItem>> items(const SupplyItemQuery &query) const;
    Result<std::optional<SupplyItem>> find(qint64 id) const;
    Result<std::optional<SupplyItem>> byCode(const QString &code) const;
    Result<QStringList> categories() const;
    // Inside Database::write.
    Result<qint64> add(const SupplyItem &item);
    // False when the stored version is not the item's (someone else saved it first).
    Result<bool> update(const SupplyItem &item);

    Result<QList<Supplier>> suppliers() const;
    Result<std::optional<Supplier>> supplier(qint64 id) const;
    Result<qint64> addSupplier(const Supplier &supplier);
    Result<bool> updateSupplier(const Supplier &supplier);

private:
    Database &m_db;
};

} // namespace shopdesk
