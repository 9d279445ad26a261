#include "data/ProductImageRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> ProductImageRepository::add(const ProductImage &image, const QByteArray &bytes, qint64 byUserId,
                                           const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO product_images(product_id, file_name, size_bytes, sha256, added_by_user_id, "
                           "added_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {image.productId, image.fileName, qint64(bytes.size()), image.sha256, byUserId, at});
        !s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    QSqlQuery content = m_db.query();
    if (Status s = Database::execPrepared(
            content, QStringLiteral("INSERT INTO product_image_content(image_id, bytes) VALUES (?, ?)"), {id, bytes});
        !s)
        return s.failure();
    return id;
}

Status ProductImageRepository::remove(qint64 imageId)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("DELETE FROM product_image_content WHERE image_id = ?"),
                                          {imageId});
        !s)
        return s;
    return Database::execPrepared(q, QStringLiteral("DELETE FROM product_images WHERE id = ?"), {imageId});
}

Result<QList<ProductImage>> ProductImageRepository::read(const QString &where, qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT i.id, i.product_id, i.file_name, i.size_bytes, i.sha256, "
                           "coalesce(nullif(u.display_name, ''), u.username, ''), i.added_at FROM product_images i "
                           "LEFT JOIN users u ON u.id = i.added_by_user_id ")
                + where + QStringLiteral(" ORDER BY i.id"),
            {id});
        !s)
        return s.failure();
    QList<ProductImage> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toString(), q.value(5).toString(), fromStoredInstant(q.value(6).toString())});
    return list;
}

Result<QList<ProductImage>> ProductImageRepository::images(qint64 productId) const
{
    return read(QStringLiteral("WHERE i.product_id = ?"), productId);
}

Result<std::optional<ProductImage>> ProductImageRepository::image(qint64 imageId) const
{
    auto list = read(QStringLiteral("WHERE i.id = ?"), imageId);
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<ProductImage>() : std::optional<ProductImage>(list->first());
}

Result<QByteArray> ProductImageRepository::bytes(qint64 imageId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT bytes FROM product_image_content WHERE image_id = ?"), {imageId});
        !s)
        return s.failure();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

} // namespace shopdesk
