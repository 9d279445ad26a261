#include "ledgers/data/PayrollLineRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<QList<PayrollLine>> PayrollLineRepository::lines(const QDate &anyDayOfMonth) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT employee_id, kind, quantity, amount_fen, source, note FROM payroll_lines "
                       "WHERE month = ? ORDER BY employee_id, id"),
        {anyDayOfMonth.toString(QStringLiteral("yyyy-MM"))});
    if (!s)
        return s.failure();
    QList<PayrollLine> list;
    const QDate month(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    while (q.next())
        list.append({month, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(),
                     q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
    return list;
}

Status PayrollLineRepository::add(const PayrollLine &line, const QString &createdAt)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral(
            "INSERT INTO payroll_lines(month, employee_id, kind, quantity, amount_fen, source, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {line.month.toString(QStringLiteral("yyyy-MM")), line.employeeId, line.kind, line.quantity, line.amountFen,
         line.source, line.note, createdAt});
}

} // namespace shopdesk
