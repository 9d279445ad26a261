#include "data/ProductRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

namespace {
const QString kColumns = QStringLiteral("SELECT p.id, p.code, p.title, p.specification, p.barcode, p.category, "
                                        "p.cost_fen, p.price_fen, p.status, p.low_stock_at, p.on_hand, p.version");
constexpr int kColumnCount = 12;

Product read(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.title = q.value(2).toString();
    p.specification = q.value(3).toString();
    p.barcode = q.value(4).toString();
    p.category = q.value(5).toString();
    p.costFen = q.value(6).toLongLong();
    p.priceFen = q.value(7).toLongLong();
    p.status = productStatusFromKey(q.value(8).toString()).value_or(ProductStatus::Draft);
    p.lowStockAt = q.value(9).toLongLong();
    p.onHand = q.value(10).toLongLong();
    p.version = q.value(11).toInt();
    return p;
}

// The filter of the product list: a text anywhere in the code, barcode or title (LIKE's
// wildcards in it meant literally), a category, a status, low stock.
QString whereOf(const SqlDialect &sql, const ProductQuery &query, QVariantList &values)
{
    QString where = QStringLiteral(" WHERE 1=1");
    if (const QString text = query.text.trimmed(); !text.isEmpty()) {
        const QString pattern = SqlDialect::containing(text);
        // An exact code or barcode (a scanner's) is found through its index too.
        where += QStringLiteral(" AND (p.code = ? OR p.barcode = ? OR %1 OR %2 OR %3)")
                     .arg(sql.likeIgnoringCase(QStringLiteral("p.code"), QStringLiteral("?")),
                          sql.likeIgnoringCase(QStringLiteral("p.title"), QStringLiteral("?")),
                          sql.likeIgnoringCase(QStringLiteral("p.barcode"), QStringLiteral("?")));
        values << text << text << pattern << pattern << pattern;
    }
    if (!query.category.isEmpty()) {
        where += QStringLiteral(" AND p.category = ?");
        values << query.category;
    }
    if (query.status) {
        where += QStringLiteral(" AND p.status = ?");
        values << productStatusKey(*query.status);
    }
    if (query.onlyLowStock)
        where += QStringLiteral(" AND p.on_hand <= p.low_stock_at");
    return where;
}

PricePoint readPrice(const QSqlQuery &q)
{
    PricePoint p;
    p.productId = q.value(0).toLongLong();
    p.productCode = q.value(1).toString();
    p.productTitle = q.value(2).toString();
    p.oldFen = q.value(3).toLongLong();
    p.newFen = q.value(4).toLongLong();
    p.at = fromStoredInstant(q.value(5).toString());
    p.by = q.value(6).toString();
    p.priceChangeId = q.value(7).toLongLong();
    return p;
}
} // namespace

Result<std::optional<Product>> ProductRepository::one(const QString &where, const QVariant &value) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, kColumns + QStringLiteral(" FROM products p ") + where, {value}); !s)
        return s.failure();
    if (!q.next())
        return std::optional<Product>();
    return std::optional<Product>(read(q));
}

Result<std::optional<Product>> ProductRepository::find(qint64 id) const
{
    return one(QStringLiteral("WHERE p.id = ?"), id);
}

Result<std::optional<Product>> ProductRepository::byCode(const QString &code) const
{
    return one(QStringLiteral("WHERE p.code = ?"), code.trimmed());
}

Result<std::optional<Product>> ProductRepository::byBarcode(const QString &barcode) const
{
    if (barcode.trimmed().isEmpty())
        return std::optional<Product>();
    return one(QStringLiteral("WHERE p.barcode = ?"), barcode.trimmed());
}

Result<Page<Product>> ProductRepository::page(const ProductQuery &query, ProductOrder order, bool descending,
                                              const PageCursor &after, int pageSize) const
{
    QString key;
    switch (order) {
    case ProductOrder::ByCode: key = QStringLiteral("p.code"); break;
    case ProductOrder::ByTitle: key = QStringLiteral("p.title"); break;
    case ProductOrder::ByCategory: key = QStringLiteral("p.category"); break;
    case ProductOrder::ByPrice: key = QStringLiteral("p.price_fen"); break;
    case ProductOrder::ByStock: key = QStringLiteral("p.on_hand"); break;
    case ProductOrder::ByStatus:
        key = QStringLiteral("CASE p.status WHEN 'draft' THEN 0 WHEN 'listed' THEN 1 ELSE 2 END");
        break;
    }
    QVariantList values;
    QString sql = kColumns + QStringLiteral(", ") + key + QStringLiteral(" FROM products p")
        + whereOf(m_db.dialect(), query, values);
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (after.after.size() == 2) {
        const QString past = descending ? QStringLiteral("<") : QStringLiteral(">");
        sql += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND p.code %2 ?))").arg(key, past);
        values << after.after.at(0) << after.after.at(0) << after.after.at(1);
    }
    const int size = qBound(1, pageSize, 10000);
    sql += QStringLiteral(" ORDER BY %1 %2, p.code %2 LIMIT %3").arg(key, direction).arg(size + 1);
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, sql, values); !s)
        return s.failure();
    QList<Product> rows;
    QVariantList keys;
    while (q.next()) {
        rows.append(read(q));
        keys.append(q.value(kColumnCount));
    }
    return pageOf(std::move(rows), size, [&](const Product &last) {
        return PageCursor{{keys.at(qMin(keys.size(), qsizetype(size)) - 1), last.code}};
    });
}

Result<QList<Product>> ProductRepository::all(const ProductQuery &query) const
{
    QVariantList values;
    const QString sql = kColumns + QStringLiteral(" FROM products p") + whereOf(m_db.dialect(), query, values)
        + QStringLiteral(" ORDER BY p.code");
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, sql, values); !s)
        return s.failure();
    QList<Product> list;
    while (q.next())
        list.append(read(q));
    return list;
}

Result<QStringList> ProductRepository::categories() const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("SELECT DISTINCT category FROM products ORDER BY 1"), {});
        !s)
        return s.failure();
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

Result<qint64> ProductRepository::add(const Product &p, const QString &at, qint64 byUserId)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO products(code, title, specification, barcode, category, cost_fen, price_fen, "
                           "low_stock_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {p.code, p.title, p.specification, p.barcode, p.category, p.costFen, p.priceFen, p.lowStockAt, at});
        !s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    if (Status s = addPrice(id, 0, p.priceFen, 0, byUserId, at); !s)
        return s.failure();
    return id;
}

Result<bool> ProductRepository::update(const Product &p)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("UPDATE products SET title = ?, specification = ?, barcode = ?, category = ?, cost_fen = ?, "
                           "low_stock_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
            {p.title, p.specification, p.barcode, p.category, p.costFen, p.lowStockAt, p.id, p.version});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status ProductRepository::setStatus(qint64 productId, ProductStatus status)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q,
                                  QStringLiteral("UPDATE products SET status = ?, version = version + 1 WHERE id = ?"),
                                  {productStatusKey(status), productId});
}

Status ProductRepository::addPrice(qint64 productId, qint64 oldFen, qint64 newFen, qint64 priceChangeId,
                                   qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO product_prices(product_id, old_fen, new_fen, price_change_id, by_user_id, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {productId, oldFen, newFen, Database::nullableId(priceChangeId), byUserId, at});
}

Result<QList<PricePoint>> ProductRepository::prices(qint64 productId, const QString &from, const QString &to) const
{
    QString sql = QStringLiteral(
        "SELECT h.product_id, p.code, p.title, h.old_fen, h.new_fen, h.at, coalesce(nullif(u.display_name, ''), "
        "u.username), coalesce(h.price_change_id, 0) FROM product_prices h JOIN products p ON p.id = h.product_id "
        "JOIN users u ON u.id = h.by_user_id ");
    QVariantList values;
    if (productId) {
        sql += QStringLiteral("WHERE h.product_id = ? ORDER BY h.id DESC");
        values << productId;
    } else {
        sql += QStringLiteral("WHERE h.at >= ? AND h.at < ? ORDER BY h.at, h.id");
        values << from << to;
    }
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, sql, values); !s)
        return s.failure();
    QList<PricePoint> list;
    while (q.next())
        list.append(readPrice(q));
    return list;
}

} // namespace shopdesk
