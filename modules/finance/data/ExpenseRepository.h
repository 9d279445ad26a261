#pragma once

#include "common/Result.h"
#include "domain/Expense.h"

#include <optional>

namespace shopdesk {

class Database;

// Expense requests, the advances lent against them and their reimbursements (FIN-04, FIN-09).
class ExpenseRepository
{
public:
    explicit ExpenseRepository(Database &db) : m_db(db) {}

    Result<std::optional<ExpenseRequest>> request(qint64 id) const;
    // Newest first; only `requesterUserId`'s when it is not 0.
    Result<QList<ExpenseRequest>> requests(qint64 requesterUserId, int limit) const;
    // Advances whose request is not reimbursed yet, oldest first.
    Result<QList<Advance>> outstandingAdvances() const;
    Result<QList<ExpenseInvoice>> invoices(qint64 requestId) const; // without the scans
    // The invoice on `line` (1 first) of the request's reimbursement, with its scan.
    Result<std::optional<ExpenseInvoice>> invoice(qint64 requestId, int line) const;
    // Inside Database::write.
    Result<qint64> addRequest(const ExpenseRequest &request, const QString &at);
    Status setApproval(qint64 requestId, qint64 approvalId);
    Result<qint64> addAdvance(const Advance &advance, qint64 userId, const QString &at);
    Result<qint64> addReimbursement(qint64 requestId, const QDate &settledOn, qint64 invoicesFen, qint64 advancedFen,
                                    const QList<ExpenseInvoice> &invoices, qint64 userId, const QString &at);

private:
    Result<QList<ExpenseRequest>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
