#include "database/ServerRoles.h"

#include "audit/AuditTrail.h"
#include "database/data/Database.h"

#include <QUrl>

namespace shopdesk {

const QStringList &ServerRoles::appendOnlyTables()
{
    static const QStringList tables{QStringLiteral("audit_log"), QStringLiteral("orders"),
                                    QStringLiteral("order_lines"), QStringLiteral("order_events")};
    return tables;
}

QString ServerRoles::readers() const
{
    return QUrl(m_db.path()).path().mid(1) + QStringLiteral("_read");
}

QString ServerRoles::writers() const
{
    return QUrl(m_db.path()).path().mid(1) + QStringLiteral("_write");
}

Status ServerRoles::setUp(const Actor &actor) const
{
    if (actor.level != Level::DatabaseAdmin)
        return fail(tr("Only a database administrator sets up the server's groups."));
    if (!m_db.isOnServer())
        return fail(tr("Database roles are a server's: a company file has its users only."));
    const QString database = QUrl(m_db.path()).path().mid(1);
    // Quoted: a database's name may hold what an unquoted name may not.
    const auto quoted = [](const QString &name) {
        return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
    };
    const QString read = quoted(readers()), write = quoted(writers());
    const QString appendOnly = appendOnlyTables().join(QStringLiteral(", "));
    const QStringList statements{
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3").arg(quoted(database), read, write),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(read, write),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1, %2").arg(read, write),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(write),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON %1 FROM %2").arg(appendOnly, write),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(write),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1, %2").arg(read, write),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO %1")
            .arg(write),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO %1").arg(write),
    };
    return m_db.write([&]() -> Status {
        // Roles belong to the whole server: made once, given their rights again after.
        for (const QString &group : {readers(), writers()}) {
            QSqlQuery q = m_db.query();
            if (Status s =
                    Database::execPrepared(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {group});
                !s)
                return s;
            if (!q.next() && !q.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(group))))
                return fail(tr("The group %1 could not be made (the database's owner needs CREATEROLE): %2")
                                .arg(group, Database::failure(q).message));
        }
        for (const QString &statement : statements) {
            QSqlQuery q = m_db.query();
            if (!q.exec(statement))
                return Database::failure(q);
        }
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("server.roles"), QStringLiteral("database"), database, {},
                    {{QStringLiteral("read"), readers()},
                     {QStringLiteral("write"), writers()},
                     {QStringLiteral("appendOnly"), appendOnlyTables().join(QStringLiteral(", "))}});
    });
}

} // namespace shopdesk
