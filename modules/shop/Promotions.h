#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/Promotion.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE PRD-03: a promotion is proposed by the planner (title, idea, products, period), specified
// by the product manager (the offer), approved by the leader and published by the web editor,
// each step by its own role. A product is in one promotion at a time: a period that shares a day
// with another promotion of the same product is refused, at every step.
class Promotions
{
    Q_DECLARE_TR_FUNCTIONS(Promotions)
public:
    static inline const QString TypeId = QStringLiteral("shop.promotion");
    static const ApprovalType &type();

    Promotions(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> propose(const Actor &actor, const Promotion &promotion);
    // The offer of `promotion` (its id, version, kind and figures); sends it to the leader.
    Status specify(const Actor &actor, const Promotion &promotion);
    Status publish(const Actor &actor, qint64 promotionId);
    // Takes back a proposal, or an approved promotion not yet published (the planner's or the
    // product manager's decision). One waiting for the leader is withdrawn in the inbox.
    Status withdraw(const Actor &actor, qint64 promotionId);
    Result<Promotion> promotion(const Actor &actor, qint64 promotionId) const;
    // Promotions whose period shares a day with [from, to].
    Result<QList<Promotion>> during(const Actor &actor, const QDate &from, const QDate &to) const;

private:
    // RULE PRD-03: refused when a product of `p` is in another promotion on one of its days.
    Status refuseClashes(const Promotion &p);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
