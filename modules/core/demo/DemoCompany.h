#pragma once

#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Clock;
class Database;

struct DemoOptions
{
    int employees = 40;
    int months = 3; // history the areas generate back from today (attendance, orders, ...)
    quint32 seed = 2026;
};

struct DemoSummary
{
    int departments = 0;
    int employees = 0;
    QStringList logins; // "admin / Admin2026", ...
};

// A sign-in of the demo company; the areas add their own people's.
struct DemoUser
{
    QString name, display, password;
    qint64 employeeId = 0;
    Level level = Level::Clerk;
    QSet<QString> roles, scopes;
};

// `shopdeskctl demo`: a realistic sample company, reproducible from its seed. Later areas add
// their own data here.
class DemoCompany
{
    Q_DECLARE_TR_FUNCTIONS(DemoCompany)

public:
    static Result<DemoSummary> create(const QString &path, const DemoOptions &options, const Clock &clock);
    // Inside Database::write: the user, signed in with its password from the start; its id.
    static Result<qint64> addUser(Database &db, const DemoUser &user, const QDateTime &now);
    // The demo user `name` as signed in (roles, scopes); an actor with id 0 when there is none.
    static Result<Actor> actorNamed(Database &db, const Clock &clock, const QString &name);
};

} // namespace shopdesk
