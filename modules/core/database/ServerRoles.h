#pragma once

#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace shopdesk {

class Clock;
class Database;

// Issue 20, step 12 (RULE DB-01, ORD-05): on a server a company's tables are owned by the role
// that made them, and the people work as members of three groups that own nothing, so that no
// SQL tool in their hands can switch a protective trigger off or drop a table, which a shared
// file cannot prevent. One group per level of DB-01:
//   <database>_read   reads every table; writes only what signing in and changing one's own
//                     password write (the failed-sign-in count and the password of their own
//                     row of `users`, the audit record, the presence row);
//   <database>_write  also enters and changes data, but the order and audit tables take INSERT
//                     only (what ORD-05 and the audit chain's triggers also say);
//   <database>_admin  what _write may (backups only read).
// Made, or brought up to date, by the database's owner (`shopdeskctl server-roles`); tables of
// later migrations get the same grants (ALTER DEFAULT PRIVILEGES). Every ShopDesk user becomes a
// login in the group of their level, kept in step by the program (ServerLogin) through an owner's
// function that may make logins of this database's users only.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    // The tables that take INSERT only, for every group.
    static const QStringList &appendOnlyTables();

    ServerRoles(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    QString readers() const; // the groups' names
    QString writers() const;
    QString admins() const;
    QString gateName() const; // the login a sign-in reports a refused password through
    // By a database administrator, signed in through the database's owner; audited. Every user
    // gets their login; the administrator's takes `actorPassword` (the others' passwords are
    // not known: theirs is set when an administrator next resets it or they next change it).
    Status setUp(const Actor &actor, const QString &actorPassword = {}) const;

private:
    QString group(const char *suffix) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
