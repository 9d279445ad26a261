#pragma once

#include "common/Result.h"
#include "domain/Allowance.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Clock;
class Database;

// RULE FIN-10: allowance rules per position, the month's phone bills, and the monthly sheet
// that pays the lesser of bill and cap; posting it adds payroll lines (core's meeting point), so
// the allowances join hr's payroll export.
class AllowanceDesk
{
    Q_DECLARE_TR_FUNCTIONS(AllowanceDesk)
public:
    AllowanceDesk(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<AllowanceRule>> rules(const Actor &actor) const;
    Status saveRule(const Actor &actor, const AllowanceRule &rule);
    Status enterBill(const Actor &actor, const QDate &month, qint64 employeeId, qint64 billFen);
    Result<QList<AllowanceLine>> sheet(const Actor &actor, const QDate &month) const;
    Result<bool> isPosted(const Actor &actor, const QDate &month) const;
    // Adds each line as a payroll line of the month; once per month.
    Status post(const Actor &actor, const QDate &month);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
