#include "domain/Expense.h"

#include "common/domain/Money.h"

#include <QSet>

namespace shopdesk {

QString expenseStateTitle(ExpenseState state)
{
    switch (state) {
    case ExpenseState::Pending: return QCoreApplication::translate("ExpenseRules", "Waiting for approval");
    case ExpenseState::Approved: return QCoreApplication::translate("ExpenseRules", "Approved");
    case ExpenseState::Rejected: return QCoreApplication::translate("ExpenseRules", "Rejected");
    case ExpenseState::Withdrawn: return QCoreApplication::translate("ExpenseRules", "Withdrawn");
    case ExpenseState::Reimbursed: return QCoreApplication::translate("ExpenseRules", "Reimbursed");
    }
    return {};
}

ExpenseState ExpenseRequest::state() const
{
    if (reimbursed)
        return ExpenseState::Reimbursed;
    switch (approvalState) {
    case RequestState::Approved: return ExpenseState::Approved;
    case RequestState::Rejected: return ExpenseState::Rejected;
    case RequestState::Withdrawn: return ExpenseState::Withdrawn;
    case RequestState::Draft:
    case RequestState::Pending: break;
    }
    return ExpenseState::Pending;
}

QString ExpenseRules::requestProblem(const ExpenseRequest &request)
{
    if (request.departmentId == 0)
        return QCoreApplication::translate("ExpenseRules", "Choose the department that spends the money.");
    if (request.category.trimmed().isEmpty())
        return QCoreApplication::translate("ExpenseRules", "Choose the budget category of the expense.");
    if (request.purpose.trimmed().isEmpty())
        return QCoreApplication::translate("ExpenseRules", "Say what the money is for.");
    if (request.amountFen <= 0)
        return QCoreApplication::translate("ExpenseRules", "The amount must be more than zero.");
    if (!request.neededOn.isValid())
        return QCoreApplication::translate("ExpenseRules", "Give the day the money is needed.");
    return {};
}

QString ExpenseRules::advanceProblem(const ExpenseRequest &request, qint64 amountFen, const QString &iouReference)
{
    if (request.state() != ExpenseState::Approved)
        return QCoreApplication::translate("ExpenseRules",
                                           "%1 is %2: an advance is lent only against an approved request (FIN-04).")
            .arg(request.number(), expenseStateTitle(request.state()));
    if (amountFen <= 0)
        return QCoreApplication::translate("ExpenseRules", "The advance must be more than zero.");
    if (iouReference.trimmed().isEmpty())
        return QCoreApplication::translate("ExpenseRules", "Give the number of the signed IOU.");
    if (request.advancedFen + amountFen > request.amountFen)
        return QCoreApplication::translate("ExpenseRules",
                                           "%1 was approved for %2 and %3 is already lent: at most %4 more.")
            .arg(request.number(), Money::fromFen(request.amountFen).toString(),
                 Money::fromFen(request.advancedFen).toString(),
                 Money::fromFen(request.amountFen - request.advancedFen).toString());
    return {};
}

qint64 ExpenseRules::invoicesFen(const QList<ExpenseInvoice> &invoices)
{
    qint64 total = 0;
    for (const ExpenseInvoice &i : invoices)
        total += i.amountFen;
    return total;
}

QString ExpenseRules::reimbursementProblem(const ExpenseRequest &request, const QList<ExpenseInvoice> &invoices)
{
    if (request.state() == ExpenseState::Reimbursed)
        return QCoreApplication::translate("ExpenseRules", "%1 is already reimbursed.").arg(request.number());
    if (request.state() != ExpenseState::Approved)
        return QCoreApplication::translate("ExpenseRules",
                                           "%1 is %2: without an approved request there is no reimbursement (FIN-04).")
            .arg(request.number(), expenseStateTitle(request.state()));
    if (invoices.isEmpty())
        return QCoreApplication::translate("ExpenseRules", "A reimbursement needs its invoices.");
    QSet<QString> numbers;
    for (int i = 0; i < invoices.size(); ++i) {
        const ExpenseInvoice &invoice = invoices.at(i);
        const QString number = invoice.number.trimmed();
        if (number.isEmpty())
            return QCoreApplication::translate("ExpenseRules", "Invoice %1: give its number.").arg(i + 1);
        if (numbers.contains(number))
            return QCoreApplication::translate("ExpenseRules", "Invoice %1 is listed twice.").arg(number);
        numbers.insert(number);
        if (invoice.amountFen <= 0)
            return QCoreApplication::translate("ExpenseRules", "Invoice %1: the amount must be more than zero.")
                .arg(number);
        if (!invoice.issuedOn.isValid())
            return QCoreApplication::translate("ExpenseRules", "Invoice %1: give the day it was issued.").arg(number);
        // RULE FIN-09: a business expense is approved by the general manager before it is spent.
        if (request.businessExpense && request.approvedAt.isValid()
            && invoice.issuedOn < request.approvedAt.toLocalTime().date())
            return QCoreApplication::translate(
                       "ExpenseRules",
                       "Invoice %1 is dated %2, before %3 was approved on %4: a business expense needs the general "
                       "manager's approval before the money is spent (FIN-09).")
                .arg(number, invoice.issuedOn.toString(Qt::ISODate), request.number(),
                     request.approvedAt.toLocalTime().date().toString(Qt::ISODate));
    }
    const qint64 total = invoicesFen(invoices);
    if (total > request.amountFen)
        return QCoreApplication::translate("ExpenseRules", "The invoices come to %1, more than the %2 approved for %3.")
            .arg(Money::fromFen(total).toString(), Money::fromFen(request.amountFen).toString(), request.number());
    return {};
}

} // namespace shopdesk
