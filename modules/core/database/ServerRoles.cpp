#include "database/ServerRoles.h"

#include "audit/AuditTrail.h"
#include "database/data/Database.h"
#include "users/ServerLogin.h"

#include <QUrl>

namespace shopdesk {

namespace {

// A text in single quotes.
QString quotedText(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// Quoted: a database's name may hold what an unquoted name may not.
QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// What the functions below share: a user's login (ServerLogin::nameOf()'s ASCII fold, as the
// users table's NOCASE does) and an instant as the program keeps it (toStoredInstant: ISO 8601
// in UTC), so that `locked_until` is compared and written as the program does.
constexpr auto kHelperFunctions = R"(
CREATE OR REPLACE FUNCTION public.shopdesk_login_of(p_user text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$
    SELECT current_database() || '.'
        || translate(p_user COLLATE "C", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$fn$;
CREATE OR REPLACE FUNCTION public.shopdesk_instant(p_at timestamptz) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$
    SELECT to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$fn$)";

// The owner's function behind ServerLogin::keep(): makes or changes the login of one user of
// this database from their row in `users`, which says the level and whether the account is
// disabled. A password only for oneself or by a database administrator, and only as a SCRAM
// verifier; into _admin only by a database administrator (a _write member may write `users`);
// the name is always this database's, so no other role can be touched through it.
// %1: the function's name. A login stays closed while its account is locked (kGateFunctions).
constexpr auto kSyncFunction = R"(
CREATE OR REPLACE FUNCTION public.%1(p_user text, p_verifier text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
    u record;
    login text;
    wanted text;
    g text;
BEGIN
    SELECT username, level, disabled, locked_until INTO u FROM public.users WHERE username = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user USING ERRCODE = '42704';
    END IF;
    login := public.shopdesk_login_of(u.username);
    IF octet_length(login) > 63 THEN
        RAISE EXCEPTION 'the login % is longer than the server allows', login USING ERRCODE = '42622';
    END IF;
    IF coalesce(p_verifier, '') <> '' THEN
        IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
            RAISE EXCEPTION 'a password reaches the server as a SCRAM verifier only' USING ERRCODE = '22023';
        END IF;
        IF session_user::text <> login AND NOT pg_has_role(session_user, current_database() || '_admin', 'MEMBER')
           AND NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
            RAISE EXCEPTION 'only % or a database administrator sets this password', u.username
                USING ERRCODE = '42501';
        END IF;
    END IF;
    wanted := current_database() || CASE u.level WHEN 'reader' THEN '_read' WHEN 'clerk' THEN '_write'
                                                 ELSE '_admin' END;
    -- A _write member may change the users table, but never makes anyone an administrator.
    IF wanted = current_database() || '_admin'
       AND NOT pg_has_role(session_user, current_database() || '_admin', 'MEMBER')
       AND NOT pg_has_role(session_user, current_user, 'MEMBER')
       AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                       JOIN pg_roles p ON p.oid = m.member WHERE r.rolname = wanted AND p.rolname = login) THEN
        RAISE EXCEPTION 'only a database administrator makes % one', u.username USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login,
                   CASE WHEN u.disabled = 0 AND coalesce(u.locked_until, '') <= public.shopdesk_instant(now()) THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF coalesce(p_verifier, '') <> '' THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_verifier);
    END IF;
    FOREACH g IN ARRAY ARRAY[current_database() || '_read', current_database() || '_write',
                             current_database() || '_admin'] LOOP
        IF g = wanted THEN
            EXECUTE format('GRANT %I TO %I', g, login);
        ELSIF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                      JOIN pg_roles p ON p.oid = m.member WHERE r.rolname = g AND p.rolname = login) THEN
            EXECUTE format('REVOKE %I FROM %I', g, login);
        END IF;
    END LOOP;
    RETURN login;
END
$fn$)";

// What the gate may do (ServerLogin::open): a wrong password typed at a personal address is
// refused by the server, which counts nothing; the program then reports it here, and the account
// locks after the lock-out policy's count as on a file, its login closed (NOLOGIN) until the
// minutes are up, when the next sign-in's call opens it again.
constexpr auto kGateFunctions = R"(
CREATE OR REPLACE FUNCTION public.shopdesk_sign_in_refused(p_user text, OUT attempts_left integer,
                                                           OUT lock_minutes integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
    u record;
    most integer := coalesce((SELECT value::integer FROM public.settings WHERE key = 'login.max_failures'), 5);
    login text;
BEGIN
    SELECT id, username, failed_logins INTO u FROM public.users
        WHERE username = p_user AND disabled = 0 AND coalesce(locked_until, '') <= public.shopdesk_instant(now());
    IF NOT FOUND THEN
        RETURN; -- no such account, or one already closed: nothing to count
    END IF;
    lock_minutes := coalesce((SELECT value::integer FROM public.settings WHERE key = 'login.lock_minutes'), 15);
    IF u.failed_logins + 1 < most THEN
        UPDATE public.users SET failed_logins = u.failed_logins + 1 WHERE id = u.id;
        attempts_left := most - u.failed_logins - 1;
        lock_minutes := NULL;
        RETURN;
    END IF;
    UPDATE public.users SET failed_logins = 0,
        locked_until = public.shopdesk_instant(now() + make_interval(mins => lock_minutes))
        WHERE id = u.id;
    login := public.shopdesk_login_of(u.username);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', login);
    END IF;
    attempts_left := 0;
END
$fn$;
CREATE OR REPLACE FUNCTION public.shopdesk_sign_in_opens(p_user text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
    u record;
    login text;
BEGIN
    SELECT id, username INTO u FROM public.users
        WHERE username = p_user AND disabled = 0 AND locked_until IS NOT NULL AND locked_until <= public.shopdesk_instant(now());
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE public.users SET locked_until = NULL WHERE id = u.id;
    login := public.shopdesk_login_of(u.username);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', login);
    END IF;
    RETURN true;
END
$fn$)";

} // namespace

const QStringList &ServerRoles::appendOnlyTables()
{
    static const QStringList tables{QStringLiteral("audit_log"), QStringLiteral("orders"),
                                    QStringLiteral("order_lines"), QStringLiteral("order_events")};
    return tables;
}

QString ServerRoles::group(const char *suffix) const
{
    return QUrl(m_db.path()).path().mid(1) + QLatin1String(suffix);
}

QString ServerRoles::readers() const
{
    return group("_read");
}

QString ServerRoles::writers() const
{
    return group("_write");
}

QString ServerRoles::admins() const
{
    return group("_admin");
}

QString ServerRoles::gateName() const
{
    return ServerLogin::gateOf(QUrl(m_db.path()).path().mid(1));
}

Status ServerRoles::setUp(const Actor &actor, const QString &actorPassword) const
{
    if (actor.level != Level::DatabaseAdmin)
        return fail(tr("Only a database administrator sets up the server's groups."));
    if (!m_db.isOnServer())
        return fail(tr("Database roles are a server's: a company file has its users only."));
    const QString database = QUrl(m_db.path()).path().mid(1);
    const QString read = quoted(readers()), write = quoted(writers()), admin = quoted(admins()),
                  gate = quoted(gateName());
    const QString appendOnly = appendOnlyTables().join(QStringLiteral(", "));
    const QString sync = QStringLiteral("public.%1(text, text)").arg(QLatin1String(ServerLogin::kSyncFunction));
    const QStringList statements{
        QStringLiteral("GRANT %1 TO %2").arg(write, admin),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3").arg(quoted(database), read, write),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(read, write),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1, %2").arg(read, write),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(write),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON %1 FROM %2").arg(appendOnly, write),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(write),
        // What a reader's sign-in and own password change write (AuthService, Presence).
        QStringLiteral("GRANT INSERT ON audit_log, password_history TO %1").arg(read),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON presence TO %1").arg(read),
        QStringLiteral("GRANT UPDATE (failed_logins, locked_until, password_hash, password_changed_on, "
                       "must_change_password, version) ON users TO %1")
            .arg(read),
        // ... on their own row only (row-level security; the owner, and so its functions, pass).
        QStringLiteral("ALTER TABLE users ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS everyone_reads ON users"),
        QStringLiteral("CREATE POLICY everyone_reads ON users FOR SELECT USING (true)"),
        QStringLiteral("DROP POLICY IF EXISTS writers_write ON users"),
        QStringLiteral("CREATE POLICY writers_write ON users TO %1 USING (true) WITH CHECK (true)").arg(write),
        QStringLiteral("DROP POLICY IF EXISTS readers_their_own ON users"),
        QString::fromLatin1(kHelperFunctions),
        QStringLiteral("CREATE POLICY readers_their_own ON users FOR UPDATE TO %1 USING (%2) WITH CHECK (%2)")
            .arg(read, QStringLiteral("shopdesk_login_of(username) = session_user::text COLLATE \"C\"")),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1, %2").arg(read, write),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO %1")
            .arg(write),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO %1").arg(write),
        QString::fromLatin1(kSyncFunction).arg(QLatin1String(ServerLogin::kSyncFunction)),
        QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(sync),
        QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2, %3").arg(sync, read, write),
        // The gate: anyone's, as the sign-in window is; it may only report a refused password
        // and open a login whose lock is over.
        QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD %2").arg(gate, quotedText(gateName())),
        QString::fromLatin1(kGateFunctions),
        QStringLiteral(
            "REVOKE ALL ON FUNCTION shopdesk_sign_in_refused(text), shopdesk_sign_in_opens(text) FROM PUBLIC"),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(quoted(database), gate),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(gate),
        QStringLiteral("GRANT EXECUTE ON FUNCTION shopdesk_sign_in_refused(text), shopdesk_sign_in_opens(text) TO %1")
            .arg(gate),
    };
    return m_db.write([&]() -> Status {
        // Roles belong to the whole server: made once, given their rights again after.
        for (const QString &group : {readers(), writers(), admins(), gateName()}) {
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
        // Every user's login, in the group of their level.
        QStringList users;
        QSqlQuery q = m_db.query();
        if (!q.exec(QStringLiteral("SELECT username FROM users ORDER BY id")))
            return Database::failure(q);
        while (q.next())
            users.append(q.value(0).toString());
        for (const QString &user : users)
            if (Status s = ServerLogin::keep(m_db, user, user == actor.userName ? actorPassword : QString()); !s)
                return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("server.roles"), QStringLiteral("database"), database, {},
                    {{QStringLiteral("read"), readers()},
                     {QStringLiteral("write"), writers()},
                     {QStringLiteral("admin"), admins()},
                     {QStringLiteral("logins"), users.size()},
                     {QStringLiteral("appendOnly"), appendOnlyTables().join(QStringLiteral(", "))}});
    });
}

} // namespace shopdesk
