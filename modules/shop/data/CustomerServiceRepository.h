#pragma once

#include "common/Result.h"
#include "domain/CustomerFeedback.h"
#include "domain/CustomerFlag.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// One agent's month of customer service (CS-04).
struct AgentMonth
{
    QString agent;
    int contactedInTime = 0; // ORD-02: within 10 minutes of acceptance
    int contactedLate = 0;
    int feedback = 0;
    int complaints = 0;
    int complaintsResolved = 0;
    int flagsProposed = 0;
};

// Customer feedback (CS-02), bad-customer flags (CS-03) and the monthly counts (CS-04).
class CustomerServiceRepository
{
public:
    explicit CustomerServiceRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> addFeedback(const Feedback &f, qint64 agentUserId, const QString &at);
    // False when it is gone.
    Result<bool> setOutcome(qint64 id, const QString &outcome, bool resolved);
    Result<std::optional<Feedback>> feedback(qint64 id) const;
    // Recorded in [fromUtc, toUtc) (stored forms), newest first.
    Result<QList<Feedback>> feedbackBetween(const QString &fromUtc, const QString &toUtc) const;

    Result<qint64> addFlag(const CustomerFlag &f, qint64 byUserId, const QString &at);
    // False when it was decided meanwhile.
    Result<bool> decideFlag(qint64 id, FlagState state, qint64 byUserId, const QString &at, const QString &note);
    Result<std::optional<CustomerFlag>> flag(qint64 id) const;
    // Waiting ones and those proposed since `fromUtc`, newest first.
    Result<QList<CustomerFlag>> flags(const QString &fromUtc) const;
    // Confirmed flags of the account `customer` or of the phone digits `phoneKey`.
    Result<QList<CustomerFlag>> confirmedFor(const QString &customer, const QString &phoneKey) const;

    // RULE CS-04: each agent's counts for [fromUtc, toUtc), by name.
    Result<QList<AgentMonth>> agentMonths(const QString &fromUtc, const QString &toUtc) const;

private:
    Result<QList<Feedback>> readFeedback(const QString &where, const QVariantList &values) const;
    Result<QList<CustomerFlag>> readFlags(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
