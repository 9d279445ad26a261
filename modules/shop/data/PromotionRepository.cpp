#include "data/PromotionRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList list{QStringLiteral("0")}; // nobody's id: an empty IN () is no SQL
    for (qint64 id : ids)
        list << QString::number(id);
    return list.join(QLatin1Char(','));
}
} // namespace

Result<qint64> PromotionRepository::add(const Promotion &p, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO promotions(title, idea, starts_on, ends_on, proposed_by_user_id, proposed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {p.title.trimmed(), p.idea.trimmed(), p.startsOn.toString(Qt::ISODate), p.endsOn.toString(Qt::ISODate),
             byUserId, at});
        !s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    for (qint64 product : p.productIds) {
        QSqlQuery item = m_db.query();
        if (Status s = Database::execPrepared(
                item,
                QStringLiteral("INSERT INTO promotion_products(promotion_id, product_id) VALUES (?, ?) "
                               "ON CONFLICT DO NOTHING"),
                {id, product});
            !s)
            return s.failure();
    }
    return id;
}

Result<bool> PromotionRepository::specify(const Promotion &p, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("UPDATE promotions SET kind = ?, percent_off = ?, fixed_price_fen = ?, buy_quantity = ?, "
                           "pay_quantity = ?, specified_by_user_id = ?, specified_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ? AND approval_id IS NULL"),
            {promotionKindKey(p.kind), p.percentOff, p.fixedPriceFen, p.buyQuantity, p.payQuantity, byUserId, at, p.id,
             p.version});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status PromotionRepository::setApproval(qint64 id, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE promotions SET approval_id = ? WHERE id = ?"),
                                  {approvalId, id});
}

Result<bool> PromotionRepository::markPublished(qint64 id, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("UPDATE promotions SET published_at = ?, published_by_user_id = ?, version = version + 1 "
                           "WHERE id = ? AND published_at IS NULL AND withdrawn_at IS NULL"),
            {at, byUserId, id});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<bool> PromotionRepository::markWithdrawn(qint64 id, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("UPDATE promotions SET withdrawn_at = ?, version = version + 1 "
                                                  "WHERE id = ? AND published_at IS NULL AND withdrawn_at IS NULL"),
                                   {at, id});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<Promotion>> PromotionRepository::read(const QString &where, const QVariantList &values) const
{
    const QString user = QStringLiteral("coalesce(nullif(%1.display_name, ''), %1.username, '')");
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT m.id, m.title, m.idea, m.starts_on, m.ends_on, m.kind, m.percent_off, "
                           "m.fixed_price_fen, m.buy_quantity, m.pay_quantity, %1, %2, coalesce(m.approval_id, 0), "
                           "coalesce(a.state, 'pending'), m.withdrawn_at IS NOT NULL, coalesce(m.published_at, ''), "
                           "%3, m.version, (SELECT %4 FROM (SELECT pp.product_id || %5 || "
                           "p.code AS item FROM promotion_products pp JOIN products p ON p.id = pp.product_id "
                           "WHERE pp.promotion_id = m.id ORDER BY pp.product_id) AS items) FROM promotions m JOIN "
                           "users r ON r.id = "
                           "m.proposed_by_user_id "
                           "LEFT JOIN users s ON s.id = m.specified_by_user_id "
                           "LEFT JOIN users w ON w.id = m.published_by_user_id "
                           "LEFT JOIN approval_requests a ON a.id = m.approval_id ")
                    .arg(user.arg(QLatin1Char('r')), user.arg(QLatin1Char('s')), user.arg(QLatin1Char('w')),
                         m_db.dialect().joined(QStringLiteral("item"), m_db.dialect().character(30)),
                         m_db.dialect().character(31))
                + where,
            values);
        !s)
        return s.failure();
    QList<Promotion> list;
    while (q.next()) {
        Promotion p;
        p.id = q.value(0).toLongLong();
        p.title = q.value(1).toString();
        p.idea = q.value(2).toString();
        p.startsOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        p.endsOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        p.kind = promotionKindFromKey(q.value(5).toString()).value_or(PromotionKind::PercentOff);
        p.percentOff = q.value(6).toInt();
        p.fixedPriceFen = q.value(7).toLongLong();
        p.buyQuantity = q.value(8).toInt();
        p.payQuantity = q.value(9).toInt();
        p.proposedBy = q.value(10).toString();
        p.specifiedBy = q.value(11).toString();
        p.approvalId = q.value(12).toLongLong();
        p.approvalState = requestStateFromKey(q.value(13).toString());
        p.withdrawn = q.value(14).toBool();
        if (const QString published = q.value(15).toString(); !published.isEmpty())
            p.publishedAt = fromStoredInstant(published);
        p.publishedBy = q.value(16).toString();
        p.version = q.value(17).toInt();
        // Each product as its id and SKU code, by id; ASCII's record and unit separators between.
        for (const QString &item : q.value(18).toString().split(QChar(30), Qt::SkipEmptyParts)) {
            p.productIds.append(item.section(QChar(31), 0, 0).toLongLong());
            p.productCodes.append(item.section(QChar(31), 1));
        }
        list.append(p);
    }
    return list;
}

Result<std::optional<Promotion>> PromotionRepository::promotion(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE m.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<Promotion>() : std::optional<Promotion>(list->first());
}

Result<QList<Promotion>> PromotionRepository::during(const QDate &from, const QDate &to) const
{
    return read(QStringLiteral("WHERE m.starts_on <= ? AND m.ends_on >= ? ORDER BY m.starts_on, m.id"),
                {to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
}

Result<QList<PromotionClash>> PromotionRepository::clashes(const QList<qint64> &productIds, const QDate &from,
                                                           const QDate &to, qint64 exceptId) const
{
    // RULE PRD-03: the first and last days count (ISO dates compare as text).
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT p.code, m.title, m.starts_on, m.ends_on FROM promotion_products pp "
                           "JOIN promotions m ON m.id = pp.promotion_id JOIN products p ON p.id = pp.product_id "
                           "LEFT JOIN approval_requests a ON a.id = m.approval_id "
                           "WHERE pp.product_id IN (%1) AND m.id <> ? AND m.starts_on <= ? AND m.ends_on >= ? "
                           "AND m.withdrawn_at IS NULL AND coalesce(a.state, 'pending') NOT IN ('rejected', "
                           "'withdrawn') ORDER BY p.code, m.starts_on")
                .arg(idList(productIds)),
            {exceptId, to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
        !s)
        return s.failure();
    QList<PromotionClash> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(),
                     QDate::fromString(q.value(2).toString(), Qt::ISODate),
                     QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    return list;
}

} // namespace shopdesk
