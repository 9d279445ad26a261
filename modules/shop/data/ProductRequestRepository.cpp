#include "data/ProductRequestRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

#include <QJsonDocument>

namespace shopdesk {

namespace {
const QString kUser = QStringLiteral("coalesce(nullif(%1.display_name, ''), %1.username, '')");
// Open: not carried out, and its approval neither refused nor withdrawn.
const QString kOpen = QStringLiteral(" %1 IS NULL AND coalesce(a.state, 'pending') NOT IN ('rejected', 'withdrawn')");
} // namespace

Result<qint64> ProductRequestRepository::addPriceChange(const PriceChange &c, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO price_changes(product_id, current_fen, proposed_fen, competitors, reason, "
                           "requested_by_user_id, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {c.productId, c.currentFen, c.proposedFen,
             QString::fromUtf8(
                 QJsonDocument(PriceRules::competitorsJson(c.competitors)).toJson(QJsonDocument::Compact)),
             c.reason.trimmed(), byUserId, at});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Status ProductRequestRepository::setPriceChangeApproval(qint64 id, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE price_changes SET approval_id = ? WHERE id = ?"),
                                  {approvalId, id});
}

Result<bool> ProductRequestRepository::markPriceApplied(qint64 id, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("UPDATE price_changes SET applied_at = ?, applied_by_user_id = ? "
                                                  "WHERE id = ? AND applied_at IS NULL"),
                                   {at, byUserId, id});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<PriceChange>> ProductRequestRepository::readPrices(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT c.id, c.product_id, p.code, p.title, c.current_fen, c.proposed_fen, c.competitors, "
                           "c.reason, %1, c.requested_at, coalesce(c.approval_id, 0), coalesce(a.state, 'pending'), "
                           "coalesce(c.applied_at, ''), %2 FROM price_changes c JOIN products p ON p.id = c.product_id "
                           "JOIN users r ON r.id = c.requested_by_user_id "
                           "LEFT JOIN users e ON e.id = c.applied_by_user_id "
                           "LEFT JOIN approval_requests a ON a.id = c.approval_id ")
                    .arg(kUser.arg(QLatin1Char('r')), kUser.arg(QLatin1Char('e')))
                + where + QStringLiteral(" ORDER BY c.id DESC"),
            values);
        !s)
        return s.failure();
    QList<PriceChange> list;
    while (q.next()) {
        PriceChange c;
        c.id = q.value(0).toLongLong();
        c.productId = q.value(1).toLongLong();
        c.productCode = q.value(2).toString();
        c.productTitle = q.value(3).toString();
        c.currentFen = q.value(4).toLongLong();
        c.proposedFen = q.value(5).toLongLong();
        c.competitors =
            PriceRules::competitorsFromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array());
        c.reason = q.value(7).toString();
        c.requestedBy = q.value(8).toString();
        c.requestedAt = fromStoredInstant(q.value(9).toString());
        c.approvalId = q.value(10).toLongLong();
        c.approvalState = requestStateFromKey(q.value(11).toString());
        if (const QString applied = q.value(12).toString(); !applied.isEmpty())
            c.appliedAt = fromStoredInstant(applied);
        c.appliedBy = q.value(13).toString();
        list.append(c);
    }
    return list;
}

Result<std::optional<PriceChange>> ProductRequestRepository::priceChange(qint64 id) const
{
    auto list = readPrices(QStringLiteral("WHERE c.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<PriceChange>() : std::optional<PriceChange>(list->first());
}

Result<QList<PriceChange>> ProductRequestRepository::priceChanges(bool open, qint64 productId) const
{
    QString where = QStringLiteral("WHERE 1=1");
    QVariantList values;
    if (open)
        where += QStringLiteral(" AND") + kOpen.arg(QStringLiteral("c.applied_at"));
    if (productId) {
        where += QStringLiteral(" AND c.product_id = ?");
        values << productId;
    }
    return readPrices(where, values);
}

Result<qint64> ProductRequestRepository::addListingChange(const ListingChange &c, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO listing_changes(product_id, kind, automatic, reason, requested_by_user_id, "
                           "requested_at, done_at, done_by_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {c.productId, listingKindKey(c.kind), c.automatic ? 1 : 0, c.reason.trimmed(), byUserId, at,
             c.automatic ? QVariant(at) : QVariant(QMetaType(QMetaType::QString)),
             c.automatic ? QVariant(byUserId) : QVariant(QMetaType(QMetaType::LongLong))});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Status ProductRequestRepository::setListingApproval(qint64 id, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE listing_changes SET approval_id = ? WHERE id = ?"),
                                  {approvalId, id});
}

Result<bool> ProductRequestRepository::markListingDone(qint64 id, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q,
                                          QStringLiteral("UPDATE listing_changes SET done_at = ?, done_by_user_id = ? "
                                                         "WHERE id = ? AND done_at IS NULL"),
                                          {at, byUserId, id});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<ListingChange>> ProductRequestRepository::readListings(const QString &where,
                                                                    const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT c.id, c.product_id, p.code, p.title, c.kind, c.automatic, c.reason, %1, "
                           "c.requested_at, coalesce(c.approval_id, 0), coalesce(a.state, 'pending'), "
                           "coalesce(c.done_at, ''), %2 FROM listing_changes c JOIN products p ON p.id = c.product_id "
                           "JOIN users r ON r.id = c.requested_by_user_id "
                           "LEFT JOIN users e ON e.id = c.done_by_user_id "
                           "LEFT JOIN approval_requests a ON a.id = c.approval_id ")
                    .arg(kUser.arg(QLatin1Char('r')), kUser.arg(QLatin1Char('e')))
                + where + QStringLiteral(" ORDER BY c.id DESC"),
            values);
        !s)
        return s.failure();
    QList<ListingChange> list;
    while (q.next()) {
        ListingChange c;
        c.id = q.value(0).toLongLong();
        c.productId = q.value(1).toLongLong();
        c.productCode = q.value(2).toString();
        c.productTitle = q.value(3).toString();
        c.kind = listingKindFromKey(q.value(4).toString()).value_or(ListingKind::List);
        c.automatic = q.value(5).toInt() == 1;
        c.reason = q.value(6).toString();
        c.requestedBy = q.value(7).toString();
        c.requestedAt = fromStoredInstant(q.value(8).toString());
        c.approvalId = q.value(9).toLongLong();
        c.approvalState = requestStateFromKey(q.value(10).toString());
        if (const QString done = q.value(11).toString(); !done.isEmpty())
            c.doneAt = fromStoredInstant(done);
        c.doneBy = q.value(12).toString();
        list.append(c);
    }
    return list;
}

Result<std::optional<ListingChange>> ProductRequestRepository::listingChange(qint64 id) const
{
    auto list = readListings(QStringLiteral("WHERE c.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<ListingChange>() : std::optional<ListingChange>(list->first());
}

Result<QList<ListingChange>> ProductRequestRepository::listingChanges(bool open, qint64 productId, const QString &from,
                                                                      const QString &to) const
{
    QString where = QStringLiteral("WHERE 1=1");
    QVariantList values;
    if (open)
        where += QStringLiteral(" AND") + kOpen.arg(QStringLiteral("c.done_at"));
    if (productId) {
        where += QStringLiteral(" AND c.product_id = ?");
        values << productId;
    }
    if (!from.isEmpty()) {
        where +=
            QStringLiteral(" AND coalesce(c.done_at, c.requested_at) >= ? AND coalesce(c.done_at, c.requested_at) < ?");
        values << from << to;
    }
    return readListings(where, values);
}

} // namespace shopdesk
