#pragma once

#include "common/Result.h"
#include "domain/AttendancePolicy.h"
#include "users/domain/Permissions.h"

namespace shopdesk {

class Clock;
class Database;

// The attendance policy every PC follows (RULES.md settings): read by the month's judgement,
// changed by an administrator, every change audited with the policy before and after.
class AttendancePolicyService
{
    Q_DECLARE_TR_FUNCTIONS(AttendancePolicyService)
public:
    AttendancePolicyService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<AttendancePolicy> policy() const;
    // The holiday calendar with the policy's work week (ATT-02): what the month sheet, leave
    // lengths, the overtime day type and comp time all count by (issue 11).
    Result<HolidayCalendar> workCalendar() const;
    static void applyWorkWeek(const AttendancePolicy &policy, HolidayCalendar &calendar);
    Status save(const Actor &actor, const AttendancePolicy &policy);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
