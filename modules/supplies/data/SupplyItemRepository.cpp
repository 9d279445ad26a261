#include "data/SupplyItemRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

namespace {
const QString kSelectItem = QStringLiteral(
    "SELECT id, code, name, category, unit, specification, location, reorder_point, lead_time_days, "
    "coalesce(preferred_supplier_id, 0), on_hand, value_fen, version, "
    "coalesce((SELECT m.value_fen / m.quantity FROM supply_movements m WHERE m.item_id = supply_items.id "
    "AND m.kind = 'receipt' ORDER BY m.id DESC LIMIT 1), 0) FROM supply_items ");

SupplyItem readItem(const QSqlQuery &q)
{
    SupplyItem i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.name = q.value(2).toString();
    i.category = q.value(3).toString();
    i.unit = q.value(4).toString();
    i.specification = q.value(5).toString();
    i.location = q.value(6).toString();
    i.reorderPoint = q.value(7).toLongLong();
    i.leadTimeDays = q.value(8).toInt();
    i.preferredSupplierId = q.value(9).toLongLong();
    i.onHand = q.value(10).toLongLong();
    i.valueFen = q.value(11).toLongLong();
    i.version = q.value(12).toInt();
    i.lastReceiptUnitFen = q.value(13).toLongLong();
    return i;
}

Result<std::optional<SupplyItem>> oneItem(Database &db, const QString &where, const QVariant &value)
{
    QSqlQuery q = db.query();
    if (Status s = Database::execPrepared(q, kSelectItem + where, {value}); !s)
        return s.failure();
    if (!q.next())
        return std::optional<SupplyItem>();
    return std::optional<SupplyItem>(readItem(q));
}

Supplier readSupplier(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toInt()};
}

const QString kSelectSupplier = QStringLiteral("SELECT id, name, contact, phone, notes, version FROM suppliers ");

// LIKE's wildcards in what the clerk typed are meant literally.
} // namespace

Result<QList<SupplyItem>> SupplyItemRepository::items(const SupplyItemQuery &query) const
{
    QStringList where;
    QVariantList values;
    if (!query.text.trimmed().isEmpty()) {
        const SqlDialect sql = m_db.dialect();
        where << QStringLiteral("(%1 OR %2 OR %3)")
                     .arg(sql.likeIgnoringCase(QStringLiteral("code"), QStringLiteral("?")),
                          sql.likeIgnoringCase(QStringLiteral("name"), QStringLiteral("?")),
                          sql.likeIgnoringCase(QStringLiteral("specification"), QStringLiteral("?")));
        const QString p = SqlDialect::containing(query.text.trimmed());
        values << p << p << p;
    }
    if (!query.category.isEmpty()) {
        where << QStringLiteral("category = ?");
        values << query.category;
    }
    if (query.onlyToReorder)
        where << QStringLiteral("on_hand <= reorder_point");
    QSqlQuery q = m_db.query();
    const QString sql = kSelectItem
        + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY category, name, id");
    if (Status s = Database::execPrepared(q, sql, values); !s)
        return s.failure();
    QList<SupplyItem> list;
    while (q.next())
        list.append(readItem(q));
    return list;
}

Result<std::optional<SupplyItem>> SupplyItemRepository::find(qint64 id) const
{
    return oneItem(m_db, QStringLiteral("WHERE id = ?"), id);
}

Result<std::optional<SupplyItem>> SupplyItemRepository::byCode(const QString &code) const
{
    return oneItem(m_db, QStringLiteral("WHERE code = ?"), code.trimmed());
}

Result<QStringList> SupplyItemRepository::categories() const
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q, QStringLiteral("SELECT DISTINCT category FROM supply_items ORDER BY 1"), {});
        !s)
        return s.failure();
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

Result<qint64> SupplyItemRepository::add(const SupplyItem &i)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO supply_items(code, name, category, unit, specification, location, reorder_point, "
                       "lead_time_days, preferred_supplier_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {i.code, i.name, i.category, i.unit, i.specification, i.location, i.reorderPoint, i.leadTimeDays,
         Database::nullableId(i.preferredSupplierId)});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> SupplyItemRepository::update(const SupplyItem &i)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("UPDATE supply_items SET code = ?, name = ?, category = ?, unit = ?, specification = ?, "
                       "location = ?, reorder_point = ?, lead_time_days = ?, preferred_supplier_id = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {i.code, i.name, i.category, i.unit, i.specification, i.location, i.reorderPoint, i.leadTimeDays,
         Database::nullableId(i.preferredSupplierId), i.id, i.version});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<Supplier>> SupplyItemRepository::suppliers() const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, kSelectSupplier + QStringLiteral("ORDER BY name"), {}); !s)
        return s.failure();
    QList<Supplier> list;
    while (q.next())
        list.append(readSupplier(q));
    return list;
}

Result<std::optional<Supplier>> SupplyItemRepository::supplier(qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, kSelectSupplier + QStringLiteral("WHERE id = ?"), {id}); !s)
        return s.failure();
    if (!q.next())
        return std::optional<Supplier>();
    return std::optional<Supplier>(readSupplier(q));
}

Result<qint64> SupplyItemRepository::addSupplier(const Supplier &s)
{
    QSqlQuery q = m_db.query();
    if (Status done = Database::execInsert(
            q, QStringLiteral("INSERT INTO suppliers(name, contact, phone, notes) VALUES (?, ?, ?, ?)"),
            {s.name, s.contact, s.phone, s.notes});
        !done)
        return done.failure();
    return Database::insertedId(q);
}

Result<bool> SupplyItemRepository::updateSupplier(const Supplier &s)
{
    QSqlQuery q = m_db.query();
    if (Status done = Database::execPrepared(
            q,
            QStringLiteral("UPDATE suppliers SET name = ?, contact = ?, phone = ?, notes = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"),
            {s.name, s.contact, s.phone, s.notes, s.id, s.version});
        !done)
        return done.failure();
    return q.numRowsAffected() == 1;
}

} // namespace shopdesk
