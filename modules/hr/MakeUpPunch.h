#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"

namespace shopdesk {

class Clock;
class Database;

// RULE ATT-12: a forgotten punch is corrected by a make-up punch request with a reason, approved
// by the direct supervisor, at most the policy's quota a month (pending and approved count).
// Once approved it counts like a clock punch and stays marked as a make-up punch; approved for a
// month HR already confirmed, it is recorded as a change after confirmation.
class MakeUpPunch
{
    Q_DECLARE_TR_FUNCTIONS(MakeUpPunch)
public:
    static inline const QString TypeId = QStringLiteral("attendance.make_up_punch");
    static const ApprovalType &type();

    MakeUpPunch(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    // The person asks for their own punch; HR may file one for anyone.
    Result<qint64> request(const Actor &actor, qint64 employeeId, const QDateTime &at, const QString &reason);
    // Requests (pending or approved) of the person in the month of `anyDay`.
    Result<int> usedInMonth(qint64 employeeId, const QDate &anyDay) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
