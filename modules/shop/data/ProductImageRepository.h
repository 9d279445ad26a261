#pragma once

#include "common/Result.h"
#include "domain/ProductImage.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// Products' pictures and, apart, their bytes.
class ProductImageRepository
{
public:
    explicit ProductImageRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> add(const ProductImage &image, const QByteArray &bytes, qint64 byUserId, const QString &at);
    Status remove(qint64 imageId);
    Result<QList<ProductImage>> images(qint64 productId) const;
    Result<std::optional<ProductImage>> image(qint64 imageId) const;
    Result<QByteArray> bytes(qint64 imageId) const;

private:
    Result<QList<ProductImage>> read(const QString &where, qint64 id) const;
    Database &m_db;
};

} // namespace shopdesk
