#pragma once

#include "common/Result.h"
#include "domain/ProductImage.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// A product's pictures for the shop pages (issue 16): a PNG, JPEG, GIF or WebP of at most
// 512,000 bytes (WEB-04), refused with the limit and the file's size named; kept in the
// database, shown on the product's card, removed when outdated. Every change is audited.
class ProductImages
{
    Q_DECLARE_TR_FUNCTIONS(ProductImages)
public:
    ProductImages(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> add(const Actor &actor, qint64 productId, const QString &fileName, const QByteArray &bytes);
    Status remove(const Actor &actor, qint64 imageId);
    Result<QList<ProductImage>> images(const Actor &actor, qint64 productId) const;
    Result<QByteArray> bytes(const Actor &actor, qint64 imageId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
