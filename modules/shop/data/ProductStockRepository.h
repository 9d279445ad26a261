#pragma once

#include "common/Result.h"
#include "domain/ProductStock.h"

#include <QHash>
#include <QList>

namespace shopdesk {

class Database;

// The product stock ledger (PRD-04): appended rows; the trigger adds each to its product.
class ProductStockRepository
{
public:
    explicit ProductStockRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> append(const ProductMovement &movement);
    // One SKU's movements, newest first.
    Result<QList<ProductMovement>> movements(qint64 productId, int limit) const;
    // Units sold (sales less customer returns) per product since `fromUtc`.
    Result<QHash<qint64, qint64>> soldSince(const QDateTime &fromUtc) const;

private:
    Database &m_db;
};

} // namespace shopdesk
