#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace shopdesk {

class Database;

// What the orders of a period add up to, by day (China's), channel or SKU, each currency apart
// (ORD: one currency per order, never mixed in one sum). Cancelled orders are counted apart and
// add nothing to the sales, and their refunds nothing to the refunds (the money never counted
// as sold); refunds are what their events gave back.
struct SalesRow
{
    QString key; // the day (yyyy-MM-dd), the channel or the SKU code
    QString title; // the SKU's title as the lines give it
    QString currency;
    qint64 orders = 0; // not cancelled
    qint64 cancelled = 0;
    qint64 pieces = 0;
    qint64 salesMinor = 0; // what the orders not cancelled were paid (by SKU: their lines' amounts)
    qint64 refundedMinor = 0;
};

class SalesRepository
{
public:
    explicit SalesRepository(Database &db) : m_db(db) {}
    enum class By { Day, Channel, Sku };
    // The orders created in [fromUtc, toUtc), stored instants.
    Result<QList<SalesRow>> sales(By by, const QString &fromUtc, const QString &toUtc) const;

private:
    Database &m_db;
};

} // namespace shopdesk
