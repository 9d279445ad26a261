#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace shopdesk {

class Clock;
class Database;

// What the overview page says about the open file: where it is and its schema version.
struct DatabaseAbout
{
    QString path;
    int databaseVersion = 0; // highest migration applied
    int programVersion = 0; // highest this program knows
    QString problem; // why the versions could not be read; empty when they were
};

// Opening and creating a company's database file: the steps the first-run dialog, the login
// and shopdeskctl share.
class CompanyDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CompanyDatabase)

public:
    // Opens an existing company database and applies pending migrations. A database newer than
    // the program, or with an edited old migration, opens read-only (RULE DB-06).
    // `migrate` false (shopdeskctl migrate, verify): the file is only read.
    static Result<std::shared_ptr<Database>> open(const QString &path, bool migrate = true);
    // A new file: schema, company name, and the first administrator (database administrator and
    // general manager). The password must pass the policy (RULE DB-03).
    static Result<std::shared_ptr<Database>> create(const QString &path, const QString &companyName,
                                                    const QString &adminName, const QString &adminPassword,
                                                    const Clock &clock);

    static DatabaseAbout about(Database &db);

private:
    static void dailyQuickCheck(Database &db);
    static int othersWorking(Database &db);
    // Whether this connection may bring the schema up to date: always on a file; on a server
    // only as the tables' owner (not as a person's own login, issue 20 step 12).
    static bool mayChangeSchema(Database &db);
};

} // namespace shopdesk
