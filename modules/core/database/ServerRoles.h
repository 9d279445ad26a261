#pragma once

#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace shopdesk {

class Clock;
class Database;

// Issue 20, step 12 (RULE DB-01, ORD-05), the database's half: on a server a company's tables
// are owned by the role that made them, and the people work as members of two groups that own
// nothing, so that no SQL tool in their hands can switch a protective trigger off or drop a
// table, which a shared file cannot prevent:
//   <database>_read   reads every table;
//   <database>_write  also enters and changes data, but the order and audit tables take INSERT
//                     only (what ORD-05 and the audit chain's triggers also say).
// Made, or brought up to date, by the database's owner (`shopdeskctl server roles`); tables of
// later migrations get the same grants (ALTER DEFAULT PRIVILEGES). Which person belongs to which
// group is the server administrator's (GRANT <database>_write TO alice).
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    // The tables that take INSERT only, for every group.
    static const QStringList &appendOnlyTables();

    ServerRoles(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    QString readers() const; // the groups' names
    QString writers() const;
    // By a database administrator, signed in through the database's owner; audited.
    Status setUp(const Actor &actor) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
