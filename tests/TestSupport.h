#pragma once

#include "Clock.h"
#include "CompanyDatabase.h"
#include "data/Database.h"
#include "domain/Permissions.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace shopdesk::test {

// A fixed moment for every test: rules about time are checked against a clock they control.
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
}

// A new company database in a temporary folder, with admin / Admin2026.
struct Company
{
    QTemporaryDir dir;
    FixedClock clock{testNow()};
    std::shared_ptr<Database> db;
    Actor admin;

    explicit Company(const QString &file = QStringLiteral("company.db"))
    {
        auto created = CompanyDatabase::create(dir.filePath(file), QStringLiteral("测试公司"),
                                               QStringLiteral("admin"), QStringLiteral("Admin2026"), clock);
        if (!created)
            qFatal("cannot create test company: %s", qPrintable(created.error()));
        db = *created;
        admin.userId = 1;
        admin.userName = QStringLiteral("admin");
        admin.level = Level::DatabaseAdmin;
        admin.roles = {Role::GeneralManager};
    }
    QString path() const { return db->path(); }
};

// Runs the sqlite3 tool on a file, as someone tampering behind the program's back would.
inline QString sqlite3(const QString &file, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral(SQLITE3_PATH), {file, sql});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

// Issue 6, behaviour 3: true when another PC could commit right now, i.e. no query of ours was
// left unfinished holding a shared lock. The probe does not wait for locks at all.
inline bool anotherPcCanCommit(const QString &file)
{
    Database::Options impatient;
    impatient.busyTimeoutMs = 0;
    impatient.maxWriteAttempts = 1;
    auto other = Database::open(file, impatient);
    if (!other)
        return false;
    Status s = (*other)->write([&]() -> Status {
        QSqlQuery q = (*other)->query();
        return Database::execPrepared(q, QStringLiteral("INSERT INTO settings(key, value) VALUES ('test.probe', ?) "
                                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                      {QDateTime::currentMSecsSinceEpoch()});
    });
    return s.ok();
}

} // namespace shopdesk::test
