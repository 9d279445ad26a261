#pragma once

#include "common/Result.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace shopdesk {

struct ImportProblem;

class Clock;
class Database;
struct Actor;

// shopdeskctl: the same services as the GUI, for scripts and for the administrator's shell.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(shopdeskctl)

public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2, CheckFailed = 3 };

    explicit CommandLine(const Clock &clock);
    int run(const QStringList &arguments);

private:
    int init(const QStringList &args);
    int migrate();
    int user(const QStringList &args);
    int demo(const QStringList &args);
    int verify();
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int transfer(const QStringList &args);
    int serverRoles();
    int approvals(const QStringList &args);
    int punches(const QStringList &args); // AttendanceCommands.cpp
    int attendance(const QStringList &args);
    int payroll(const QStringList &args);
    int supplies(const QStringList &args); // SuppliesCommands.cpp
    int vouchers(const QStringList &args); // VoucherCommands.cpp
    int finance(const QStringList &args); // FinanceCommands.cpp
    int contracts(const QStringList &args); // ContractsCommands.cpp
    int products(const QStringList &args); // ProductsCommands.cpp
    int productsImport(const QStringList &args);
    int orders(const QStringList &args); // OrdersCommands.cpp
    int stocktake(const QStringList &args);
    int labels(const QStringList &args, const QString &use);
    int suppliesImport(bool items, const QStringList &args);
    int usage(const QString &problem);
    QString helpText() const;

    Result<std::shared_ptr<Database>> openDatabase(bool migrateOnOpen = true);
    Result<Actor> signIn(Database &db);
    // The --user's password: SHOPDESK_PASSWORD or asked at the terminal, once.
    Result<QString> password();
    // The database opened (and brought up to date) with the --user signed in.
    struct Session
    {
        std::shared_ptr<Database> db;
        Actor actor;
    };
    Result<Session> openSignedIn();
    // A new password: two lines from standard input, or asked twice at a terminal.
    Result<QString> newPassword(const QString &whose);
    int failed(const QString &message);
    // An import's preview: its figures, a line each, then every row that cannot be taken.
    void printPreview(const QStringList &summary, const QList<ImportProblem> &problems);
    // RULE DB-04: a report written as `format` to `out` with the export right and its audit
    // record, and the file and its rows told; the exit code.
    int saveReport(const Session &session, const Report &report, const QString &format, const QString &out);

    const Clock &m_clock;
    QString m_dbPath;
    QString m_userName;
    QString m_password;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace shopdesk
