#pragma once

#include "common/Result.h"
#include "domain/Employee.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// Where a leaver's final settlement stands (HR-02).
enum class Settlement { Open, Withheld, Blocked, Released };

struct OffboardingState
{
    EmployeeRecord employee;
    QList<IssuedProperty> property;
    int outstanding = 0; // items neither returned nor written off
    Settlement settlement = Settlement::Open;
    QStringList warnings; // translated
};

// Offboarding (HR-02): the register of company property issued to people, a resignation with its
// notice (regular staff under one month: warned, settlement withheld unless the manager waives
// it), a checklist from the property still out, the settlement blocked until it is complete,
// and the person's accounts disabled once their last day is over.
class Offboarding
{
    Q_DECLARE_TR_FUNCTIONS(Offboarding)
public:
    // RULE HR-02: "one month's notice", resolved as 30 days.
    static constexpr qint64 kNoticeDays = 30;

    Offboarding(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> issue(const Actor &actor, const IssuedProperty &item);
    // `returned` false: written off. A note says how (handed to whom, why written off).
    Status close(const Actor &actor, qint64 itemId, bool returned, const QString &note);
    Result<OffboardingState> resign(const Actor &actor, qint64 employeeId, const QDate &noticeDate,
                                    const QDate &lastDay);
    Status waiveNotice(const Actor &actor, qint64 employeeId);
    Result<OffboardingState> state(const Actor &actor, qint64 employeeId) const;
    // Disables the users of people whose last working day has ended; returns how many. Run
    // before each sign-in.
    Result<int> disableAccountsOfLeavers(const Actor &system);

    static QString settlementTitle(Settlement s);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
