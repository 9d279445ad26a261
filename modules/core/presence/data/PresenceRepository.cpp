#include "presence/data/PresenceRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<QList<PresenceRow>> PresenceRepository::seenSince(const QDateTime &cutoffUtc) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT id, user_id, username, pc_name, program_version, since, last_seen "
                       "FROM presence WHERE last_seen >= ? ORDER BY since"),
        {toStoredInstant(cutoffUtc)});
    if (!s)
        return s.failure();
    QList<PresenceRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), fromStoredInstant(q.value(5).toString()),
                     fromStoredInstant(q.value(6).toString())});
    return rows;
}

Result<qint64> PresenceRepository::insert(const PresenceRow &row)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO presence(user_id, username, pc_name, program_version, since, last_seen) "
                       "VALUES (?,?,?,?,?,?)"),
        {row.userId, row.userName, row.pcName, row.programVersion, toStoredInstant(row.since),
         toStoredInstant(row.lastSeen)});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Status PresenceRepository::touch(qint64 id, const QDateTime &nowUtc)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE presence SET last_seen = ? WHERE id = ?"),
                                  {toStoredInstant(nowUtc), id});
}

Status PresenceRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("DELETE FROM presence WHERE id = ?"), {id});
}

} // namespace shopdesk
