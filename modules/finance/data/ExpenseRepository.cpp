#include "data/ExpenseRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<QList<ExpenseRequest>> ExpenseRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT e.id, e.requester_user_id, coalesce(nullif(u.display_name, ''), u.username), "
                       "e.department_id, d.name, e.category, e.purpose, e.amount_fen, e.business_expense, "
                       "e.needed_on, coalesce(e.approval_id, 0), coalesce(a.state, 'pending'), "
                       "CASE WHEN a.state = 'approved' THEN a.decided_at END, e.created_at, "
                       "(SELECT coalesce(sum(v.amount_fen), 0) FROM advances v WHERE v.expense_request_id = e.id), "
                       "r.invoices_fen "
                       "FROM expense_requests e JOIN users u ON u.id = e.requester_user_id "
                       "JOIN departments d ON d.id = e.department_id "
                       "LEFT JOIN approval_requests a ON a.id = e.approval_id "
                       "LEFT JOIN reimbursements r ON r.expense_request_id = e.id ")
            + where,
        values);
    if (!s)
        return s.failure();
    QList<ExpenseRequest> list;
    while (q.next()) {
        ExpenseRequest r;
        r.id = q.value(0).toLongLong();
        r.requesterUserId = q.value(1).toLongLong();
        r.requesterName = q.value(2).toString();
        r.departmentId = q.value(3).toLongLong();
        r.departmentName = q.value(4).toString();
        r.category = q.value(5).toString();
        r.purpose = q.value(6).toString();
        r.amountFen = q.value(7).toLongLong();
        r.businessExpense = q.value(8).toBool();
        r.neededOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        r.approvalId = q.value(10).toLongLong();
        r.approvalState = requestStateFromKey(q.value(11).toString());
        if (!q.value(12).isNull())
            r.approvedAt = fromStoredInstant(q.value(12).toString());
        r.createdAt = fromStoredInstant(q.value(13).toString());
        r.advancedFen = q.value(14).toLongLong();
        r.reimbursed = !q.value(15).isNull();
        r.reimbursedFen = q.value(15).toLongLong();
        list.append(r);
    }
    return list;
}

Result<std::optional<ExpenseRequest>> ExpenseRepository::request(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE e.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<ExpenseRequest>() : std::optional<ExpenseRequest>(list->first());
}

Result<QList<ExpenseRequest>> ExpenseRepository::requests(qint64 requesterUserId, int limit) const
{
    if (requesterUserId)
        return read(QStringLiteral("WHERE e.requester_user_id = ? ORDER BY e.id DESC LIMIT ?"),
                    {requesterUserId, limit});
    return read(QStringLiteral("ORDER BY e.id DESC LIMIT ?"), {limit});
}

Result<QList<Advance>> ExpenseRepository::outstandingAdvances() const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT v.id, v.expense_request_id, v.borrower_user_id, "
                       "coalesce(nullif(u.display_name, ''), u.username), e.purpose, v.amount_fen, v.lent_on, "
                       "v.iou_reference FROM advances v JOIN expense_requests e ON e.id = v.expense_request_id "
                       "JOIN users u ON u.id = v.borrower_user_id "
                       "WHERE NOT EXISTS (SELECT 1 FROM reimbursements r WHERE r.expense_request_id = e.id) "
                       "ORDER BY v.lent_on, v.id"),
        {});
    if (!s)
        return s.failure();
    QList<Advance> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong(),
                     QDate::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toString(), false});
    return list;
}

Result<QList<ExpenseInvoice>> ExpenseRepository::invoices(qint64 requestId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT i.invoice_number, i.issued_on, i.amount_fen, i.file_name FROM reimbursement_invoices i "
                       "JOIN reimbursements r ON r.id = i.reimbursement_id WHERE r.expense_request_id = ? "
                       "ORDER BY i.line"),
        {requestId});
    if (!s)
        return s.failure();
    QList<ExpenseInvoice> list;
    while (q.next())
        list.append({q.value(0).toString(),
                     QDate::fromString(q.value(1).toString(), Qt::ISODate),
                     q.value(2).toLongLong(),
                     q.value(3).toString(),
                     {}});
    return list;
}

Result<std::optional<ExpenseInvoice>> ExpenseRepository::invoice(qint64 requestId, int line) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT i.invoice_number, i.issued_on, i.amount_fen, i.file_name, i.content FROM "
                       "reimbursement_invoices i JOIN reimbursements r ON r.id = i.reimbursement_id "
                       "WHERE r.expense_request_id = ? AND i.line = ?"),
        {requestId, line});
    if (!s)
        return s.failure();
    if (!q.next())
        return std::optional<ExpenseInvoice>();
    return std::optional(ExpenseInvoice{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                        q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toByteArray()});
}

Result<qint64> ExpenseRepository::addRequest(const ExpenseRequest &r, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO expense_requests(requester_user_id, department_id, category, purpose, amount_fen, "
                       "business_expense, needed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.requesterUserId, r.departmentId, r.category.trimmed(), r.purpose.trimmed(), r.amountFen,
         r.businessExpense ? 1 : 0, r.neededOn.toString(Qt::ISODate), at});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Status ExpenseRepository::setApproval(qint64 requestId, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE expense_requests SET approval_id = ? WHERE id = ?"),
                                  {approvalId, requestId});
}

Result<qint64> ExpenseRepository::addAdvance(const Advance &a, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO advances(expense_request_id, borrower_user_id, amount_fen, lent_on, iou_reference, "
                       "recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {a.expenseRequestId, a.borrowerUserId, a.amountFen, a.lentOn.toString(Qt::ISODate), a.iouReference.trimmed(),
         userId, at});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Result<qint64> ExpenseRepository::addReimbursement(qint64 requestId, const QDate &settledOn, qint64 invoicesFen,
                                                   qint64 advancedFen, const QList<ExpenseInvoice> &invoices,
                                                   qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO reimbursements(expense_request_id, settled_on, invoices_fen, advanced_fen, "
                       "recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {requestId, settledOn.toString(Qt::ISODate), invoicesFen, advancedFen, userId, at});
    if (!s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    for (int i = 0; i < invoices.size(); ++i) {
        const ExpenseInvoice &v = invoices.at(i);
        QSqlQuery line = m_db.query();
        s = Database::execPrepared(
            line,
            QStringLiteral("INSERT INTO reimbursement_invoices(reimbursement_id, line, invoice_number, issued_on, "
                           "amount_fen, file_name, content) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, i + 1, v.number.trimmed(), v.issuedOn.toString(Qt::ISODate), v.amountFen, v.fileName,
             v.content.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(v.content)});
        if (!s)
            return s.failure();
    }
    return id;
}

} // namespace shopdesk
