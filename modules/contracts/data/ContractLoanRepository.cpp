#include "data/ContractLoanRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> ContractLoanRepository::insert(const ContractLoan &l, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO contract_loans(contract_id, borrower_user_id, kind, purpose, due_on, "
                           "requested_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {l.contractId, l.borrowerUserId, loanKindKey(l.kind), l.purpose.trimmed(), l.dueOn.toString(Qt::ISODate),
             at});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Status ContractLoanRepository::setApproval(qint64 loanId, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE contract_loans SET approval_id = ? WHERE id = ?"),
                                  {approvalId, loanId});
}

Result<bool> ContractLoanRepository::markLent(qint64 loanId, const QDate &day, qint64 userId)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q,
                                          QStringLiteral("UPDATE contract_loans SET lent_on = ?, lent_by_user_id = ? "
                                                         "WHERE id = ? AND lent_on IS NULL"),
                                          {day.toString(Qt::ISODate), userId, loanId});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<bool> ContractLoanRepository::markReturned(qint64 loanId, const QDate &day, qint64 userId)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("UPDATE contract_loans SET returned_on = ?, returned_by_user_id = ? "
                                                  "WHERE id = ? AND lent_on IS NOT NULL AND returned_on IS NULL"),
                                   {day.toString(Qt::ISODate), userId, loanId});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<ContractLoan>> ContractLoanRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT l.id, l.contract_id, c.number, c.title, l.borrower_user_id, "
                           "coalesce(nullif(u.display_name, ''), u.username), l.kind, l.purpose, l.due_on, "
                           "coalesce(l.approval_id, 0), coalesce(a.state, 'pending'), coalesce(l.lent_on, ''), "
                           "coalesce(l.returned_on, '') FROM contract_loans l "
                           "JOIN contracts c ON c.id = l.contract_id JOIN users u ON u.id = l.borrower_user_id "
                           "LEFT JOIN approval_requests a ON a.id = l.approval_id ")
                + where,
            values);
        !s)
        return s.failure();
    QList<ContractLoan> list;
    while (q.next()) {
        ContractLoan l;
        l.id = q.value(0).toLongLong();
        l.contractId = q.value(1).toLongLong();
        l.contractNumber = q.value(2).toString();
        l.contractTitle = q.value(3).toString();
        l.borrowerUserId = q.value(4).toLongLong();
        l.borrowerName = q.value(5).toString();
        l.kind = loanKindFromKey(q.value(6).toString()).value_or(LoanKind::Copy);
        l.purpose = q.value(7).toString();
        l.dueOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        l.approvalId = q.value(9).toLongLong();
        l.approvalState = requestStateFromKey(q.value(10).toString());
        l.lentOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        l.returnedOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        list.append(l);
    }
    return list;
}

Result<std::optional<ContractLoan>> ContractLoanRepository::loan(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE l.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<ContractLoan>() : std::optional<ContractLoan>(list->first());
}

Result<QList<ContractLoan>> ContractLoanRepository::loans(bool open) const
{
    // Open: out, or still to be signed or handed out (a refused or withdrawn request is done).
    return read(open
                    ? QStringLiteral("WHERE l.returned_on IS NULL AND (l.lent_on IS NOT NULL OR "
                                     "coalesce(a.state, 'pending') IN ('pending', 'approved')) ORDER BY l.due_on, l.id")
                    : QStringLiteral("ORDER BY l.id DESC"),
                {});
}

} // namespace shopdesk
