#include "MonthTotalsRepository.h"

#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

Result<QHash<QDate, QHash<qint64, MonthTotals>>> MonthTotalsRepository::totals(const QDate &first,
                                                                               const QDate &last) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT month, employee_id, absent_days, public_notice, last_day_fully_absent "
                       "FROM attendance_month_totals WHERE month BETWEEN ? AND ?"),
        {first.toString(QStringLiteral("yyyy-MM")), last.toString(QStringLiteral("yyyy-MM"))});
    if (!s)
        return s.failure();
    QHash<QDate, QHash<qint64, MonthTotals>> all;
    while (q.next())
        all[QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate)].insert(
            q.value(1).toLongLong(), {q.value(2).toDouble(), q.value(3).toBool(), q.value(4).toBool()});
    return all;
}

Status MonthTotalsRepository::store(const QDate &month, const QHash<qint64, MonthTotals> &totals)
{
    QSqlQuery q = m_db.query();
    if (!q.prepare(QStringLiteral(
            "INSERT INTO attendance_month_totals(month, employee_id, absent_days, public_notice, "
            "last_day_fully_absent) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(month, employee_id) DO UPDATE SET absent_days = excluded.absent_days, "
            "public_notice = excluded.public_notice, last_day_fully_absent = excluded.last_day_fully_absent")))
        return Database::failure(q);
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
        Database::addBindValues(q,
                                {month.toString(QStringLiteral("yyyy-MM")), it.key(), it->absentDays, it->publicNotice,
                                 it->lastDayFullyAbsent});
        if (Status s = Database::exec(q); !s)
            return s;
    }
    return success();
}

} // namespace shopdesk
