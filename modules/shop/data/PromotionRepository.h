#pragma once

#include "common/Result.h"
#include "domain/Promotion.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// A product already held by another promotion in the same days (PRD-03).
struct PromotionClash
{
    QString productCode;
    QString promotionTitle;
    QDate startsOn;
    QDate endsOn;
};

// Promotions and their products (PRD-03).
class PromotionRepository
{
public:
    explicit PromotionRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> add(const Promotion &p, qint64 byUserId, const QString &at);
    // The product manager's specification; false when the version moved.
    Result<bool> specify(const Promotion &p, qint64 byUserId, const QString &at);
    Status setApproval(qint64 id, qint64 approvalId);
    Result<bool> markPublished(qint64 id, qint64 byUserId, const QString &at);
    Result<bool> markWithdrawn(qint64 id, const QString &at);

    Result<std::optional<Promotion>> promotion(qint64 id) const;
    // Promotions whose period shares a day with [from, to], by their first day.
    Result<QList<Promotion>> during(const QDate &from, const QDate &to) const;
    // RULE PRD-03: the promotions other than `exceptId` that hold their period (not refused or
    // withdrawn) and share a day of [from, to] on one of `productIds`.
    Result<QList<PromotionClash>> clashes(const QList<qint64> &productIds, const QDate &from, const QDate &to,
                                          qint64 exceptId) const;

private:
    Result<QList<Promotion>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
