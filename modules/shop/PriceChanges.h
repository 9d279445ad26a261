#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/PriceChange.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE PRD-01: a price changes when the product manager proposes it with the competitors'
// prices analysed, the leader (the head of the product manager's department) approves, and the
// web editor publishes it: a separate recorded action that appends to the SKU's price history.
class PriceChanges
{
    Q_DECLARE_TR_FUNCTIONS(PriceChanges)
public:
    static inline const QString TypeId = QStringLiteral("shop.price");
    static const ApprovalType &type();

    PriceChanges(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The change's id; its request waits for the leader.
    Result<qint64> ask(const Actor &actor, const PriceChange &change);
    // RULE PRD-01: the web editor publishes an approved change.
    Status publish(const Actor &actor, qint64 changeId);
    // Still waiting or to publish (`open`), or every one of `productId` (0: every product).
    Result<QList<PriceChange>> changes(const Actor &actor, bool open, qint64 productId = 0) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
