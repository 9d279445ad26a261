#include "data/AllowanceRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

namespace {
QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

Result<QList<AllowanceRule>> AllowanceRepository::rules() const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q,
                                      QStringLiteral("SELECT position, phone_cap_fen, meal_per_day_fen, meal_days, "
                                                     "version FROM allowance_rules ORDER BY position"),
                                      {});
    if (!s)
        return s.failure();
    QList<AllowanceRule> list;
    while (q.next()) {
        AllowanceRule r;
        r.position = q.value(0).toString();
        if (!q.value(1).isNull())
            r.phoneCapFen = q.value(1).toLongLong();
        r.mealPerDayFen = q.value(2).toLongLong();
        r.mealDays = q.value(3).toInt();
        r.version = q.value(4).toInt();
        list.append(r);
    }
    return list;
}

Result<QList<AllowanceInput>> AllowanceRepository::people(const QDate &month) const
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT e.id, e.staff_no, e.name, coalesce(p.name, ''), b.phone_bill_fen "
                       "FROM employees e LEFT JOIN positions p ON p.id = e.position_id "
                       "LEFT JOIN allowance_bills b ON b.employee_id = e.id AND b.month = ? "
                       "WHERE e.status <> 'candidate' AND (e.hire_date IS NULL OR e.hire_date <= ?) "
                       "AND (e.last_day IS NULL OR e.last_day = '' OR e.last_day >= ?) ORDER BY e.staff_no"),
        {monthKey(month), last.toString(Qt::ISODate), first.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QList<AllowanceInput> list;
    while (q.next()) {
        AllowanceInput p{
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}};
        if (!q.value(4).isNull())
            p.phoneBillFen = q.value(4).toLongLong();
        list.append(p);
    }
    return list;
}

Result<bool> AllowanceRepository::isPosted(const QDate &month) const
{
    QSqlQuery q = m_db.query();
    Status s =
        Database::execPrepared(q, QStringLiteral("SELECT 1 FROM allowance_sheets WHERE month = ?"), {monthKey(month)});
    if (!s)
        return s.failure();
    return q.next();
}

Result<std::optional<qint64>> AllowanceRepository::bill(const QDate &month, qint64 employeeId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT phone_bill_fen FROM allowance_bills WHERE month = ? AND employee_id = ?"),
        {monthKey(month), employeeId});
    if (!s)
        return s.failure();
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::optional<qint64>();
}

Result<bool> AllowanceRepository::saveRule(const AllowanceRule &r)
{
    QSqlQuery q = m_db.query();
    const QVariant cap = r.phoneCapFen ? QVariant(*r.phoneCapFen) : QVariant(QMetaType(QMetaType::LongLong));
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "INSERT INTO allowance_rules(position, phone_cap_fen, meal_per_day_fen, meal_days) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(position) DO UPDATE SET phone_cap_fen = excluded.phone_cap_fen, "
            "meal_per_day_fen = excluded.meal_per_day_fen, meal_days = excluded.meal_days, "
            "version = allowance_rules.version + 1 WHERE allowance_rules.version = ?"),
        {r.position.trimmed(), cap, r.mealPerDayFen, r.mealDays, r.version});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status AllowanceRepository::setBill(const QDate &month, qint64 employeeId, qint64 billFen, qint64 userId,
                                    const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral(
            "INSERT INTO allowance_bills(month, employee_id, phone_bill_fen, entered_by_user_id, entered_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(month, employee_id) DO UPDATE SET "
            "phone_bill_fen = excluded.phone_bill_fen, entered_by_user_id = excluded.entered_by_user_id, "
            "entered_at = excluded.entered_at"),
        {monthKey(month), employeeId, billFen, userId, at});
}

Status AllowanceRepository::markPosted(const QDate &month, qint64 totalFen, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral(
            "INSERT INTO allowance_sheets(month, total_fen, posted_by_user_id, posted_at) VALUES (?, ?, ?, ?)"),
        {monthKey(month), totalFen, userId, at});
}

} // namespace shopdesk
