#include "ShiftRepository.h"

#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

Result<QList<Shift>> ShiftRepository::shifts() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT id, name, kind, segments, rest_next_day FROM shifts ORDER BY id")))
        return Database::failure(q);
    QList<Shift> list;
    while (q.next()) {
        Shift s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.kind = Shift::kindFromKey(q.value(2).toString());
        if (auto segments = Shift::parseSegments(q.value(3).toString()))
            s.segments = *segments; // a shift stored with bad segments schedules nothing
        s.restNextDay = q.value(4).toBool();
        list.append(s);
    }
    return list;
}

Result<QHash<qint64, qint64>> ShiftRepository::defaultShifts() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT id, shift_id FROM employees WHERE shift_id IS NOT NULL")))
        return Database::failure(q);
    QHash<qint64, qint64> map;
    while (q.next())
        map.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return map;
}

Status ShiftRepository::setDefaultShift(qint64 employeeId, qint64 shiftId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE employees SET shift_id = ?, version = version + 1 WHERE id = ?"),
        {Database::nullableId(shiftId), employeeId});
}

} // namespace shopdesk
