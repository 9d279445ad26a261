#pragma once

#include "common/Result.h"
#include "domain/StockMovement.h"
#include "domain/StockRules.h"

#include <QHash>
#include <QList>

namespace shopdesk {

class Database;

// The stock ledger (SUP-07): appended rows only; the database refuses to change or remove one.
class StockLedgerRepository
{
public:
    explicit StockLedgerRepository(Database &db) : m_db(db) {}

    // The item's position as booked (kept by the ledger's trigger).
    Result<StockPosition> position(qint64 itemId) const;
    // Inside Database::write, after StockRules::price.
    Result<qint64> append(const StockMovement &movement);
    // The item's newest movements first, at most `limit`.
    Result<QList<StockMovement>> movements(qint64 itemId, int limit) const;
    // Units used per item since `from` (issues less returns): the consumption of SUP-02; only of
    // the items at or under their reorder point when asked.
    Result<QHash<qint64, qint64>> consumedSince(const QDateTime &fromUtc, bool onlyAtReorderPoint) const;

private:
    Database &m_db;
};

} // namespace shopdesk
