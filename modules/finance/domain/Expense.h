#pragma once

#include "approval/domain/ApprovalRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopdesk {

// Where an expense request stands (FIN-04): its approval's state, until it is reimbursed.
enum class ExpenseState { Pending, Approved, Rejected, Withdrawn, Reimbursed };
QString expenseStateTitle(ExpenseState state); // translated

// RULE FIN-04, FIN-09: money a department asks to spend, approved by its head and the general
// manager before an advance or a reimbursement.
struct ExpenseRequest
{
    qint64 id = 0;
    qint64 requesterUserId = 0;
    QString requesterName;
    qint64 departmentId = 0;
    QString departmentName;
    QString category;
    QString purpose;
    qint64 amountFen = 0;
    bool businessExpense = false; // FIN-09: entertainment, gifts, transport
    QDate neededOn;
    qint64 approvalId = 0;
    RequestState approvalState = RequestState::Pending;
    QDateTime approvedAt; // the final decision, when approved
    QDateTime createdAt;
    qint64 advancedFen = 0;
    qint64 reimbursedFen = 0; // the invoices, once reimbursed
    bool reimbursed = false;

    ExpenseState state() const;
    static QString numberOf(qint64 id) { return QStringLiteral("EX-%1").arg(id, 6, 10, QLatin1Char('0')); }
    QString number() const { return numberOf(id); }
};

// RULE FIN-04: cash lent on an IOU against an approved request, cleared by its reimbursement.
struct Advance
{
    qint64 id = 0;
    qint64 expenseRequestId = 0;
    qint64 borrowerUserId = 0;
    QString borrowerName;
    QString purpose;
    qint64 amountFen = 0;
    QDate lentOn;
    QString iouReference;
    bool cleared = false;

    int ageDays(const QDate &today) const { return int(lentOn.daysTo(today)); }
};

// An invoice handed in with a reimbursement, with its scan when there is one.
struct ExpenseInvoice
{
    QString number;
    QDate issuedOn;
    qint64 amountFen = 0;
    QString fileName;
    QByteArray content;
};

namespace ExpenseRules {
// Why a request cannot be filed as typed, translated; empty when it can.
QString requestProblem(const ExpenseRequest &request);
// RULE FIN-04: an advance is lent only against an approved, not yet reimbursed request, on an
// IOU, and all advances together stay within the approved amount.
QString advanceProblem(const ExpenseRequest &request, qint64 amountFen, const QString &iouReference);
// RULE FIN-04, FIN-09: without an approved request, no reimbursement; the invoices stay within
// the approved amount; a business expense's invoices are dated no earlier than the approval.
QString reimbursementProblem(const ExpenseRequest &request, const QList<ExpenseInvoice> &invoices);
qint64 invoicesFen(const QList<ExpenseInvoice> &invoices);
// What the cash box pays out (positive) or takes back (negative) when the invoices clear the
// advances.
inline qint64 settlementFen(qint64 invoicesFen, qint64 advancedFen)
{
    return invoicesFen - advancedFen;
}
} // namespace ExpenseRules

} // namespace shopdesk
