#include "ledgers/data/BudgetRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<QList<BudgetLine>> BudgetRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    // A commitment counts while its request is pending or approved (0019_budgets...sql).
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT l.id, l.year, l.department_id, d.name, l.category, l.amount_fen, "
                       "(SELECT coalesce(sum(c.amount_fen), 0) FROM budget_commitments c "
                       " LEFT JOIN approval_requests a ON a.id = c.approval_id "
                       " WHERE c.budget_line_id = l.id "
                       " AND (c.approval_id IS NULL OR a.state IN ('pending', 'approved'))), l.version "
                       "FROM budget_lines l JOIN departments d ON d.id = l.department_id ")
            + where + QStringLiteral(" ORDER BY d.name, l.category"),
        values);
    if (!s)
        return s.failure();
    QList<BudgetLine> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toInt()});
    return list;
}

Result<std::optional<BudgetLine>> BudgetRepository::line(int year, qint64 departmentId, const QString &category) const
{
    auto list = read(QStringLiteral("WHERE l.year = ? AND l.department_id = ? AND l.category = ?"),
                     {year, departmentId, category});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<BudgetLine>() : std::optional<BudgetLine>(list->first());
}

Result<std::optional<BudgetLine>> BudgetRepository::committedLine(const QString &sourceModule,
                                                                  const QString &sourceId) const
{
    auto list = read(QStringLiteral("WHERE l.id = (SELECT c.budget_line_id FROM budget_commitments c "
                                    "WHERE c.source_module = ? AND c.source_id = ? ORDER BY c.id LIMIT 1)"),
                     {sourceModule, sourceId});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<BudgetLine>() : std::optional<BudgetLine>(list->first());
}

Result<QList<BudgetLine>> BudgetRepository::lines(int year) const
{
    return read(QStringLiteral("WHERE l.year = ?"), {year});
}

Result<qint64> BudgetRepository::setLine(int year, qint64 departmentId, const QString &category, qint64 amountFen)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO budget_lines(year, department_id, category, amount_fen) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(year, department_id, category) DO UPDATE SET amount_fen = excluded.amount_fen, "
                       "version = budget_lines.version + 1"),
        {year, departmentId, category, amountFen});
    if (!s)
        return s.failure();
    auto stored = line(year, departmentId, category);
    if (!stored)
        return stored.failure();
    if (!*stored)
        return fail(QStringLiteral("budget line not stored"));
    return (*stored)->id;
}

Status BudgetRepository::addCommitment(qint64 lineId, qint64 amountFen, const QString &sourceModule,
                                       const QString &sourceId, qint64 approvalId, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO budget_commitments(budget_line_id, amount_fen, source_module, source_id, "
                       "approval_id, committed_at, committed_by_user_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {lineId, amountFen, sourceModule, sourceId, Database::nullableId(approvalId), at, userId});
}

} // namespace shopdesk
