#pragma once

#include "common/Result.h"
#include "domain/Stocktake.h"

#include <optional>

namespace shopdesk {

class Database;

// Stocktakes and their count sheets (SUP-07).
class StocktakeRepository
{
public:
    explicit StocktakeRepository(Database &db) : m_db(db) {}

    // Inside Database::write: a new sheet with the booked quantities of now frozen on it.
    Result<qint64> start(const QString &category, qint64 userId, const QString &at);
    Result<std::optional<Stocktake>> find(qint64 id) const;
    Result<QList<Stocktake>> list(int limit) const; // newest first, without their lines
    // False when the line is not on the sheet. The booked quantity is taken again with the count,
    // so that what moved since the sheet was made is not counted as a difference.
    Result<bool> setCount(qint64 stocktakeId, qint64 itemId, qint64 counted, const QString &reason);
    // Moves the stocktake from `from` to `to`; false when it no longer stood at `from`.
    Result<bool> move(qint64 id, StocktakeState from, StocktakeState to);
    Status setApproval(qint64 id, qint64 approvalId);
    // The sheets being counted or waiting for approval.
    Result<QList<Stocktake>> open() const;

private:
    Result<QList<Stocktake>> read(const QString &where, const QVariantList &values, bool withLines) const;
    Database &m_db;
};

} // namespace shopdesk
