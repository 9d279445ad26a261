#pragma once

#include "common/Result.h"
#include "domain/CustomerFlag.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE CS-03: bad customers. An agent proposes a flag with the evidence (from an order, or by the
// customer's account or phone); the service supervisor confirms or rejects it, never their own;
// a confirmed flag is shown on that customer's later orders. Audited.
class CustomerFlags
{
    Q_DECLARE_TR_FUNCTIONS(CustomerFlags)
public:
    CustomerFlags(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> propose(const Actor &actor, const CustomerFlag &flag);
    // The supervisor's decision; rejecting needs a note.
    Status decide(const Actor &actor, qint64 flagId, bool confirm, const QString &note);
    // Waiting ones and those of the last year, newest first.
    Result<QList<CustomerFlag>> flags(const Actor &actor) const;
    // RULE CS-03: the confirmed flags that show on an order of this customer placed at `createdUtc`.
    Result<QList<CustomerFlag>> onOrder(const Actor &actor, const QString &customer, const QString &phone,
                                        const QDateTime &createdUtc) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
