#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/Expense.h"
#include "organisation/domain/Organisation.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE FIN-04, FIN-09, FIN-01: expense requests approved by the department head and the general
// manager (every office expense carries the GM's signature) and committed against their budget
// line; cash advances lent against an approved request on an IOU; the reimbursement with invoices
// that clears the advances and pays out or takes back the difference.
class ExpenseDesk
{
    Q_DECLARE_TR_FUNCTIONS(ExpenseDesk)
public:
    static inline const QString TypeId = QStringLiteral("finance.expense");
    static const ApprovalType &requestType();
    // RULE FIN-09: the categories of business expenses (entertainment, gifts, transport), which
    // the general manager approves before the money is spent, comma-separated.
    static inline const QString PriorApprovalSetting = QStringLiteral("finance.prior_approval_categories");
    static inline const QString kDefaultPriorApproval = QStringLiteral("招待费,礼品费,交通费");
    static constexpr qint64 kMaxScanBytes = 10 * 1024 * 1024;
    QStringList priorApprovalCategories() const;

    ExpenseDesk(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The requester is the actor; returns the request's id.
    Result<qint64> request(const Actor &actor, const ExpenseRequest &request);
    // Finance sees every request; others their own.
    Result<QList<ExpenseRequest>> requests(const Actor &actor) const;
    Result<ExpenseRequest> find(const Actor &actor, qint64 requestId) const;
    Result<QList<ExpenseInvoice>> invoices(const Actor &actor, qint64 requestId) const;
    // The `line`th invoice (1 first) of the request's reimbursement with its scan, for viewing.
    Result<ExpenseInvoice> invoice(const Actor &actor, qint64 requestId, int line) const;
    // The cash accountant lends `amountFen` to the requester on `lentOn`; a cash payment.
    Result<qint64> lend(const Actor &actor, qint64 requestId, qint64 amountFen, const QString &iouReference,
                        const QDate &lentOn);
    // The cash accountant settles the request with its invoices on `settledOn`.
    Result<qint64> reimburse(const Actor &actor, qint64 requestId, const QList<ExpenseInvoice> &invoices,
                             const QDate &settledOn);
    // Advances not yet cleared by a reimbursement, oldest first.
    Result<QList<Advance>> outstandingAdvances(const Actor &actor) const;
    // The departments a request may be for, and the actor's own (0: none).
    Result<QList<Department>> departments(const Actor &actor) const;
    qint64 departmentOf(const Actor &actor) const;

private:
    Result<ExpenseRequest> existing(qint64 requestId) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
