#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE FIN-10: what a position is allowed each month: the phone bill up to a cap (none: the bill
// in full, as for the general manager), and a meal allowance per day for a number of days.
struct AllowanceRule
{
    QString position;
    std::optional<qint64> phoneCapFen; // nullopt: actual cost
    qint64 mealPerDayFen = 0;
    int mealDays = 0;
    int version = 1;
};

// One employee's line on the month's allowance sheet.
struct AllowanceLine
{
    qint64 employeeId = 0;
    QString staffNo;
    QString name;
    QString position;
    std::optional<qint64> phoneBillFen; // nullopt: no bill entered
    qint64 phoneFen = 0;
    qint64 mealFen = 0;
    qint64 totalFen() const { return phoneFen + mealFen; }
};

// Who is on the sheet: an employee in service that month, their position and bill.
struct AllowanceInput
{
    qint64 employeeId = 0;
    QString staffNo;
    QString name;
    QString position;
    std::optional<qint64> phoneBillFen;
};

namespace AllowanceRules {
// RULE FIN-10: the lesser of the bill and the cap; the meal allowance per day times its days.
// Everyone whose position has a rule is on the sheet; the others are left off.
QList<AllowanceLine> sheet(const QList<AllowanceInput> &people, const QList<AllowanceRule> &rules);
qint64 totalFen(const QList<AllowanceLine> &lines);
// Why a rule cannot be saved, translated; empty when it can.
QString ruleProblem(const AllowanceRule &rule);
} // namespace AllowanceRules

} // namespace shopdesk
