#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace shopdesk {

class Database;

// Issue 20, step 12 (RULE DB-01, DB-02, DB-03): on a company server whose groups are set up
// (ServerRoles), every ShopDesk user is also a login of the server's own, named
// "<database>.<user name>" (ASCII letters in lower case), member of the group of their level:
//   reader -> <database>_read, clerk -> <database>_write, database administrator -> <database>_admin.
// The program keeps it in step with the users table in the same transaction as the change
// (a new user, a level approved, a password set or changed, an account disabled), so that the
// server itself checks a person's password and refuses what their level may not write. The
// server stores only a SCRAM verifier made here: the password never travels in plain text.
// On a file, or a server whose groups are not set up yet, keep() does nothing.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    // The owner's function that does the work (made by ServerRoles::setUp).
    static constexpr auto kSyncFunction = "shopdesk_login_sync";

    // The server login of `userName` in the company database `database`.
    static QString nameOf(const QString &database, const QString &userName);
    // A server's address that names no login: its people sign in to it as themselves.
    static bool isPersonalAddress(const QString &location);
    // That address with the login and password of `userName`, for Database::open().
    static QString addressOf(const QString &personalAddress, const QString &userName, const QString &password);
    // The gate of a company database: a login anyone may use (its password is its name), which
    // may only report a refused password and open a login whose lock is over (ServerRoles).
    static QString gateOf(const QString &database);
    // Signs in at a personal address: opens the company as `userName` with `password` (the
    // server checks it). A login whose lock is over is opened first; a refused password is
    // counted through the gate, so that too many lock the account and close its login for the
    // lock-out policy's minutes, as on a file (AuthService::login).
    // `migrate` as CompanyDatabase::open()'s.
    static Result<std::shared_ptr<Database>> open(const QString &personalAddress, const QString &userName,
                                                  const QString &password, bool migrate = true);
    // What PostgreSQL keeps of a password (SCRAM-SHA-256, RFC 5802/7677, as libpq's
    // PQencryptPasswordConn makes it): "SCRAM-SHA-256$4096:salt$StoredKey:ServerKey".
    static QString scramVerifier(const QString &password);
    static QString scramVerifier(const QString &password, const QByteArray &salt, int iterations);

    // Brings the login of `userName` in line with their row in `users` (level, disabled) and,
    // when `password` is given, sets its password: only the person themselves or a database
    // administrator may (the server refuses anyone else). Runs inside the caller's transaction.
    static Status keep(Database &db, const QString &userName, const QString &password = {});
    // Whether this database's people sign in to the server as themselves.
    static bool isSetUp(Database &db);
};

} // namespace shopdesk
