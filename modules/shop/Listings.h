#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/ListingChange.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE PRD-02: a product goes on sale when the product manager proposes it, the leader approves
// and the web editor puts it on; it comes off by itself when its stock reaches zero (ProductStock)
// and otherwise by the same three steps.
class Listings
{
    Q_DECLARE_TR_FUNCTIONS(Listings)
public:
    static inline const QString TypeId = QStringLiteral("shop.listing");
    static const ApprovalType &type();

    Listings(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The change's id; its request waits for the leader.
    Result<qint64> ask(const Actor &actor, qint64 productId, ListingKind kind, const QString &reason);
    // The web editor carries out an approved change.
    Status carryOut(const Actor &actor, qint64 changeId);
    // Still waiting or to carry out (`open`), or every one of `productId` (0: every product).
    Result<QList<ListingChange>> changes(const Actor &actor, bool open, qint64 productId = 0) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
