#include "domain/Allowance.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace shopdesk {

QList<AllowanceLine> AllowanceRules::sheet(const QList<AllowanceInput> &people, const QList<AllowanceRule> &rules)
{
    QHash<QString, AllowanceRule> byPosition;
    for (const AllowanceRule &r : rules)
        byPosition.insert(r.position.trimmed(), r);
    QList<AllowanceLine> lines;
    for (const AllowanceInput &p : people) {
        const auto rule = byPosition.constFind(p.position.trimmed());
        if (rule == byPosition.constEnd())
            continue;
        AllowanceLine line{p.employeeId, p.staffNo, p.name, p.position, p.phoneBillFen, 0, 0};
        const qint64 bill = p.phoneBillFen.value_or(0);
        line.phoneFen = rule->phoneCapFen ? std::min(bill, *rule->phoneCapFen) : bill;
        line.mealFen = rule->mealPerDayFen * rule->mealDays;
        lines.append(line);
    }
    return lines;
}

qint64 AllowanceRules::totalFen(const QList<AllowanceLine> &lines)
{
    qint64 total = 0;
    for (const AllowanceLine &l : lines)
        total += l.totalFen();
    return total;
}

QString AllowanceRules::ruleProblem(const AllowanceRule &rule)
{
    if (rule.position.trimmed().isEmpty())
        return QCoreApplication::translate("AllowanceRules", "Name the position the rule is for.");
    if ((rule.phoneCapFen && *rule.phoneCapFen < 0) || rule.mealPerDayFen < 0)
        return QCoreApplication::translate("AllowanceRules", "An allowance cannot be negative.");
    if (rule.mealDays < 0 || rule.mealDays > 31)
        return QCoreApplication::translate("AllowanceRules", "Meal allowance days are 0 to 31.");
    return {};
}

} // namespace shopdesk
