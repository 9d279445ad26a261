#include "audit/data/AuditRepository.h"

#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

namespace {
const QString kColumns =
    QStringLiteral("id, at, user_id, username, action, entity, entity_id, before_json, after_json, prev_hash, hash");

AuditRecord readRecord(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.userId = q.value(2).toLongLong();
    r.userName = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    r.entityId = q.value(6).toString();
    r.before = q.value(7).toString();
    r.after = q.value(8).toString();
    r.prevHash = q.value(9).toByteArray();
    r.hash = q.value(10).toByteArray();
    return r;
}
} // namespace

Result<AuditRecord> AuditRepository::newest() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1").arg(kColumns)))
        return Database::failure(q);
    if (!q.next())
        return AuditRecord{};
    return readRecord(q);
}

Result<AuditRecord> AuditRepository::chainEnd() const
{
    // Its id and hash only, by a statement kept for the next record (an import appends one per
    // row), not the content (a record of a thousand orders is 250 KB).
    AuditRecord end;
    if (Status s = m_db.keptQuery(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), {},
                                  [&](const QSqlQuery &q) {
                                      end.id = q.value(0).toLongLong();
                                      end.hash = q.value(1).toByteArray();
                                  });
        !s)
        return s.failure();
    return end;
}

Result<AuditRecord> AuditRepository::append(AuditRecord r)
{
    auto end = chainEnd();
    if (!end)
        return end.failure();
    // A record hashed ahead (AuditTrail::linked) keeps its hash when it follows the newest.
    const qint64 id = end->id + 1;
    const QByteArray prevHash = end->id ? end->hash : AuditChain::kGenesis;
    if (r.hash.isEmpty() || r.id != id || r.prevHash != prevHash) {
        r.id = id;
        r.prevHash = prevHash;
        r.hash = AuditChain::hashOf(r, prevHash);
    }
    static const QString insert =
        QStringLiteral("INSERT INTO audit_log(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns);
    if (auto id = m_db.keptInsert(insert,
                                  {r.id, r.at, r.userId, r.userName, r.action, r.entity, r.entityId, r.before, r.after,
                                   QString::fromLatin1(r.prevHash), QString::fromLatin1(r.hash)});
        !id)
        return id.failure();
    return r;
}

Result<QList<AuditRecord>> AuditRepository::page(const AuditFilter &f) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE 1=1").arg(kColumns);
    QVariantList values;
    if (!f.userName.isEmpty()) {
        sql += QStringLiteral(" AND ")
            + m_db.dialect().equalsIgnoringCase(QStringLiteral("username"), QStringLiteral("?"));
        values << f.userName;
    }
    if (!f.text.isEmpty()) {
        const SqlDialect dialect = m_db.dialect();
        sql += QStringLiteral(" AND (%1 OR %2 OR entity_id = ?)")
                   .arg(dialect.containsIgnoringCase(QStringLiteral("action"), QStringLiteral("?")),
                        dialect.containsIgnoringCase(QStringLiteral("entity"), QStringLiteral("?")));
        values << f.text << f.text << f.text;
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values << f.to.addDays(1).toString(Qt::ISODate);
    }
    if (f.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        values << f.beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qBound(1, f.limit, 10000));
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, sql, values);
    if (!s)
        return s.failure();
    QList<AuditRecord> records;
    while (q.next())
        records.append(readRecord(q));
    return records;
}

Status AuditRepository::forEach(const std::function<bool(const AuditRecord &)> &visit, qint64 fromId) const
{
    qint64 after = fromId - 1;
    for (;;) {
        QList<AuditRecord> batch;
        {
            QSqlQuery q = m_db.query();
            Status s = Database::execPrepared(
                q, QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? ORDER BY id LIMIT 2000").arg(kColumns),
                {after});
            if (!s)
                return s;
            while (q.next())
                batch.append(readRecord(q));
        }
        if (batch.isEmpty())
            return success();
        for (const AuditRecord &r : std::as_const(batch))
            if (!visit(r))
                return success();
        after = batch.last().id;
    }
}

} // namespace shopdesk
