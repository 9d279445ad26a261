#include "PunchRepository.h"

#include "common/domain/WallClock.h"
#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

namespace {
constexpr int kRowsPerStatement = 250;

// "(?,?,?,7),(?,?,?,7),..." for `rows` rows of `width` bound values plus a fixed last value.
QString valuesList(int rows, int width, qint64 fixed)
{
    QString one = QStringLiteral("(");
    for (int i = 0; i < width; ++i)
        one += QStringLiteral("?,");
    one += QString::number(fixed) + QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all << one;
    return all.join(QLatin1Char(','));
}
} // namespace

Result<QHash<qint64, QList<qint64>>> PunchRepository::storedTimes(const QList<qint64> &employees, qint64 from,
                                                                  qint64 to) const
{
    QHash<qint64, QList<qint64>> times;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT at FROM punches WHERE employee_id = ? AND at BETWEEN ? AND ? ORDER BY at")))
        return Database::failure(q);
    for (qint64 employee : employees) {
        Database::addBindValues(q, {employee, from, to});
        if (Status s = Database::exec(q); !s)
            return s.failure();
        QList<qint64> &list = times[employee];
        while (q.next())
            list.append(q.value(0).toLongLong());
    }
    q.finish();
    return times;
}

Result<QHash<QString, QList<qint64>>>
PunchRepository::storedUnmatchedTimes(const QString &keyKind, const QStringList &keys, qint64 from, qint64 to) const
{
    QHash<QString, QList<qint64>> times;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT at FROM unmatched_punches WHERE key_kind = ? AND person_key = ? "
                                  "AND at BETWEEN ? AND ? ORDER BY at")))
        return Database::failure(q);
    for (const QString &key : keys) {
        Database::addBindValues(q, {keyKind, key, from, to});
        if (Status s = Database::exec(q); !s)
            return s.failure();
        QList<qint64> &list = times[key];
        while (q.next())
            list.append(q.value(0).toLongLong());
    }
    q.finish();
    return times;
}

Result<QHash<qint64, QList<Punch>>> PunchRepository::punches(const QList<Person> &people, qint64 from, qint64 to) const
{
    QHash<qint64, QList<Punch>> all;
    QSqlQuery own = m_db.query();
    own.setForwardOnly(true);
    if (!own.prepare(QStringLiteral("SELECT at, make_up_request_id IS NOT NULL FROM punches "
                                    "WHERE employee_id = ? AND at BETWEEN ? AND ? ORDER BY at")))
        return Database::failure(own);
    // A range per person on the primary key: short queries, however large the table.
    for (const Person &p : people) {
        QList<Punch> &list = all[p.employeeId];
        Database::addBindValues(own, {p.employeeId, from, to});
        if (Status s = Database::exec(own); !s)
            return s.failure();
        while (own.next())
            list.append({fromWallSeconds(own.value(0).toLongLong()), own.value(1).toBool()});
    }
    own.finish();
    // Unmatched punches are few: one query, handed to whoever has the PIN or staff number now.
    QHash<QString, qint64> byPin, byStaffNo;
    for (const Person &p : people) {
        if (!p.clockPin.isEmpty())
            byPin.insert(p.clockPin, p.employeeId);
        if (!p.staffNo.isEmpty())
            byStaffNo.insert(p.staffNo, p.employeeId);
    }
    QSqlQuery unmatched = m_db.query();
    unmatched.setForwardOnly(true);
    if (Status s = Database::execPrepared(
            unmatched,
            QStringLiteral("SELECT key_kind, person_key, at FROM unmatched_punches WHERE at BETWEEN ? AND ?"),
            {from, to});
        !s)
        return s.failure();
    while (unmatched.next()) {
        const QString key = unmatched.value(1).toString();
        const qint64 owner = unmatched.value(0).toString() == QLatin1String("pin")
            ? byPin.value(key)
            : byStaffNo.value(key, byPin.value(key));
        if (owner)
            all[owner].append({fromWallSeconds(unmatched.value(2).toLongLong()), false});
    }
    return all;
}

Result<QList<UnmatchedSummary>> PunchRepository::unmatched() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(
            QStringLiteral("SELECT key_kind, person_key, max(name), count(*), min(at), max(at) FROM unmatched_punches "
                           "GROUP BY key_kind, person_key ORDER BY person_key")))
        return Database::failure(q);
    QList<UnmatchedSummary> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toLongLong(), q.value(5).toLongLong()});
    return list;
}

Result<qint64> PunchRepository::addImport(const PunchImportRecord &r)
{
    QSqlQuery q = m_db.query();
    Status s =
        Database::execInsert(q,
                             QStringLiteral("INSERT INTO punch_imports(file_name, format, sha256, imported_at, "
                                            "imported_by_user_id, rows_read, added, duplicates, unmatched, bad_rows) "
                                            "VALUES (?,?,?,?,?,?,?,?,?,?)"),
                             {r.fileName, r.format, r.sha256, r.importedAt, r.userId, r.rowsRead, r.added, r.duplicates,
                              r.unmatched, r.badRows});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

// Many rows per statement: the driver's cost per exec() dominates one-row inserts.
Status PunchRepository::insert(const QList<PunchRow> &rows, qint64 importId)
{
    const QString head = QStringLiteral("INSERT INTO punches(employee_id, at, device, import_id) VALUES ");
    const QString tail = QStringLiteral(" ON CONFLICT DO NOTHING");
    QSqlQuery full = m_db.query();
    if (rows.size() >= kRowsPerStatement && !full.prepare(head + valuesList(kRowsPerStatement, 3, importId) + tail))
        return Database::failure(full);
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const qsizetype count = std::min<qsizetype>(kRowsPerStatement, rows.size() - start);
        QSqlQuery partial = m_db.query();
        QSqlQuery &q = count == kRowsPerStatement ? full : partial;
        if (count != kRowsPerStatement && !q.prepare(head + valuesList(int(count), 3, importId) + tail))
            return Database::failure(q);
        for (qsizetype i = start; i < start + count; ++i) {
            Database::addBindValues(q, {rows.at(i).employeeId, rows.at(i).at, rows.at(i).device});
        }
        if (Status s = Database::exec(q); !s)
            return s;
    }
    return success();
}

Status PunchRepository::insertUnmatched(const QString &keyKind, const QList<UnmatchedRow> &rows, qint64 importId)
{
    QSqlQuery q = m_db.query();
    if (!q.prepare(QStringLiteral("INSERT INTO unmatched_punches(key_kind, person_key, at, device, name, import_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")))
        return Database::failure(q);
    for (const UnmatchedRow &r : rows) {
        Database::addBindValues(q, {keyKind, r.personKey, r.at, r.device, r.name, importId});
        if (Status s = Database::exec(q); !s)
            return s;
    }
    return success();
}

Status PunchRepository::addMakeUp(qint64 employeeId, qint64 at, qint64 requestId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO punches(employee_id, at, device, make_up_request_id) VALUES (?, ?, 0, ?) "
                       "ON CONFLICT(employee_id, at) DO UPDATE SET make_up_request_id = excluded.make_up_request_id"),
        {employeeId, at, requestId});
}

} // namespace shopdesk
