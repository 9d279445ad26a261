#pragma once

#include "common/Result.h"
#include "domain/CustomerFeedback.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE CS-02: customer feedback, recorded accurately while the customer is on the line: linked to
// the customer and, when given, to the order (found by its number); its outcome added later.
// Every record and change is audited.
class FeedbackBook
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackBook)
public:
    FeedbackBook(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // `orderNumber` (optional) is looked up in every channel; the order's buyer and phone fill
    // what `f` leaves empty.
    Result<qint64> record(const Actor &actor, Feedback f, const QString &orderNumber = {});
    Status setOutcome(const Actor &actor, qint64 feedbackId, const QString &outcome, bool resolved);
    // Recorded in China's days [from, to], newest first.
    Result<QList<Feedback>> between(const Actor &actor, const QDate &from, const QDate &to) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
