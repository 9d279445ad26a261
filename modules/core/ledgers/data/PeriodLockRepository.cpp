#include "ledgers/data/PeriodLockRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<bool> PeriodLockRepository::isLocked(const QString &kind, const QDate &anyDayOfMonth) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, QStringLiteral("SELECT 1 FROM period_locks WHERE kind = ? AND month = ?"),
                                      {kind, monthKey(anyDayOfMonth)});
    if (!s)
        return s.failure();
    return q.next();
}

Result<QList<LateChange>> PeriodLockRepository::lateChanges(const QString &kind, const QDate &anyDayOfMonth) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q,
                                      QStringLiteral("SELECT employee_id, what, changed_at FROM period_late_changes "
                                                     "WHERE kind = ? AND month = ? ORDER BY id"),
                                      {kind, monthKey(anyDayOfMonth)});
    if (!s)
        return s.failure();
    QList<LateChange> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

Status PeriodLockRepository::lock(const QString &kind, const QDate &anyDayOfMonth, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q,
                                  QStringLiteral("INSERT INTO period_locks(kind, month, locked_at, locked_by_user_id) "
                                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                                  {kind, monthKey(anyDayOfMonth), at, userId});
}

Status PeriodLockRepository::unlock(const QString &kind, const QDate &anyDayOfMonth, const QString &reason,
                                    qint64 userId, const QString &at)
{
    // The reopening first: the trigger lets a finance lock go only after it (0022_finance.sql).
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        // Never before the lock, whichever PC's clock is behind.
        QStringLiteral("INSERT INTO period_reopenings(kind, month, reason, "
                       "reopened_by_user_id, reopened_at) VALUES (?, ?, ?, ?, %1)")
            .arg(m_db.dialect().later(QStringLiteral("CAST(? AS TEXT)"),
                                      QStringLiteral("coalesce((SELECT locked_at FROM period_locks WHERE kind = ? "
                                                     "AND month = ?), '')"))),
        {kind, monthKey(anyDayOfMonth), reason, userId, at, kind, monthKey(anyDayOfMonth)});
    if (!s)
        return s;
    return Database::execPrepared(q, QStringLiteral("DELETE FROM period_locks WHERE kind = ? AND month = ?"),
                                  {kind, monthKey(anyDayOfMonth)});
}

Result<QList<QDate>> PeriodLockRepository::lockedMonths(const QString &kind) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT month FROM period_locks WHERE kind = ? ORDER BY month DESC"), {kind});
    if (!s)
        return s.failure();
    QList<QDate> months;
    while (q.next())
        months.append(QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate));
    return months;
}

Status PeriodLockRepository::addLateChange(const QString &kind, const QDate &anyDayOfMonth, const LateChange &change,
                                           qint64 userId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO period_late_changes(kind, month, employee_id, what, changed_at, "
                       "changed_by_user_id) VALUES (?, ?, ?, ?, ?, ?)"),
        {kind, monthKey(anyDayOfMonth), Database::nullableId(change.employeeId), change.what, change.changedAt,
         userId});
}

} // namespace shopdesk
