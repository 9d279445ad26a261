#pragma once

#include "approval/domain/ApprovalRequest.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk {

// RULE PRD-03: what a promotion gives: a percentage off, a fixed promotion price, or "buy N, pay
// for M".
enum class PromotionKind { PercentOff, FixedPrice, BuyNPayM };
QString promotionKindKey(PromotionKind kind); // percent_off, fixed_price, buy_n_pay_m
std::optional<PromotionKind> promotionKindFromKey(const QString &key);
QString promotionKindTitle(PromotionKind kind); // translated

// RULE PRD-03: proposed by the planner, specified by the product manager, approved by the leader,
// published by the web editor, each step by its own role.
enum class PromotionStage { Proposed, Specified, Approved, Refused, Withdrawn, Published };
QString promotionStageTitle(PromotionStage stage); // translated

struct Promotion
{
    qint64 id = 0;
    QString title;
    QString idea; // the planner's proposal: what, for whom, why
    QDate startsOn;
    QDate endsOn; // inclusive
    QList<qint64> productIds;
    QStringList productCodes; // as read, in the order of productIds
    // The specification (the product manager's).
    PromotionKind kind = PromotionKind::PercentOff;
    int percentOff = 0; // 1..90
    qint64 fixedPriceFen = 0;
    int buyQuantity = 0; // buy N ...
    int payQuantity = 0; // ... pay for M
    QString proposedBy;
    QString specifiedBy; // empty: not yet specified
    qint64 approvalId = 0;
    RequestState approvalState = RequestState::Pending;
    bool withdrawn = false;
    QDateTime publishedAt; // invalid: not published
    QString publishedBy;
    int version = 1;

    PromotionStage stage() const;
    // Still in the way of another promotion of the same products: not refused or withdrawn.
    bool holdsItsPeriod() const;
};

namespace PromotionRules {
// Why the planner's proposal cannot be made on `today`, translated; empty when it can.
QString proposalProblem(const Promotion &p, const QDate &today);
// Why the specification cannot go to the leader, translated; empty when it can. `lowestPriceFen`
// is the lowest price among the promotion's products: a fixed promotion price must be under it.
QString specificationProblem(const Promotion &p, qint64 lowestPriceFen);
// RULE PRD-03: two periods overlap when they share a day, the first and last days included.
bool overlaps(const QDate &aStart, const QDate &aEnd, const QDate &bStart, const QDate &bEnd);
// What one unit costs under the promotion, bought in the promotion's quantity (rounded to fen).
qint64 unitPriceFen(const Promotion &p, qint64 priceFen);
// "20% off", "¥59.00", "buy 3, pay for 2": translated.
QString offerText(const Promotion &p);
} // namespace PromotionRules

} // namespace shopdesk
