#pragma once

#include "users/domain/Permissions.h"

namespace shopdesk {

// The permissions the finance area defines (DB-01: within the `finance` scope), beside core's
// budgets.manage and payments.pay.
namespace FinanceAction {
inline const QString View = QStringLiteral("finance.view");
// RULE FIN-02: the cash journal, advances and reimbursements: also the cash accountant's role.
inline const QString Cash = QStringLiteral("finance.cash");
// RULE FIN-02, FIN-03: reviewing closed cash days and closing the month: also the chief
// accountant's role.
inline const QString Review = QStringLiteral("finance.review");
// RULE FIN-10: allowance rules, bills and the monthly sheet.
inline const QString Allowances = QStringLiteral("finance.allowances");
// RULE FIN-05..08: group accounts: receipts, guide advances, papers, settlement.
inline const QString Groups = QStringLiteral("finance.groups");
// RULE FIN-04: anyone at clerk level may ask to spend money for their department.
inline const QString RequestExpense = QStringLiteral("finance.expense.request");

inline QList<Permission> all()
{
    const QString finance = QStringLiteral("finance");
    return {{View, Level::Reader, finance, false},  {Cash, Level::Clerk, finance, false},
            {Review, Level::Clerk, finance, false}, {Allowances, Level::Clerk, finance, false},
            {Groups, Level::Clerk, finance, false}, {RequestExpense, Level::Clerk, QString(), false}};
}
} // namespace FinanceAction

} // namespace shopdesk
