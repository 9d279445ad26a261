#pragma once

#include "common/Result.h"
#include "domain/Requisition.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE SUP-05: the supplies office audits what departments bought locally: each local purchase
// is to audit until it is accepted or queried (with the question); a queried one may be
// accepted later. Every review is kept.
class LocalPurchaseAudit
{
    Q_DECLARE_TR_FUNCTIONS(LocalPurchaseAudit)
public:
    LocalPurchaseAudit(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<LocalPurchase>> localPurchases(const Actor &actor) const;
    // `outcome` accepted or queried; a query needs its question in `note`.
    Status review(const Actor &actor, qint64 movementId, LocalPurchaseStatus outcome, const QString &note);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
