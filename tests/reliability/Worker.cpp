// A second program on "another PC" for the reliability suite: it writes through the program's
// own write path (Database::write) and reports on standard output.
//   reliability_worker increment FILE N     N increments of counters.contention
//   reliability_worker batches FILE         500-row transactions until killed
//   reliability_worker backups FILE         backups until killed
//   reliability_worker present FILE SECONDS announce presence, heartbeat, leave
#include "backups/Backups.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "presence/Presence.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

using namespace shopdesk;

namespace {

Status execSql(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.query();
    return Database::execPrepared(q, sql, values);
}

int increment(Database &db, int count)
{
    qint64 maxWaitMs = 0;
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        Status s = db.write([&] {
            return execSql(db, QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'contention'"));
        });
        maxWaitMs = qMax(maxWaitMs, t.elapsed());
        if (!s) {
            ++failures;
            QTextStream(stderr) << s.error() << Qt::endl;
        }
    }
    QTextStream(stdout) << "max_wait_ms=" << maxWaitMs << " failures=" << failures << Qt::endl;
    return failures == 0 ? 0 : 1;
}

int batches(Database &db)
{
    for (qint64 batch = 1;; ++batch) {
        db.write([&]() -> Status {
            for (int n = 0; n < 500; ++n) {
                Status s =
                    execSql(db, QStringLiteral("INSERT INTO reliability_rows(batch, n, payload) VALUES (?, ?, ?)"),
                            {batch, n, QStringLiteral("row of an interrupted import")});
                if (!s)
                    return s;
            }
            return success();
        });
    }
}

int backups(Database &db)
{
    const Clock clock;
    Actor admin{1, QStringLiteral("admin"), Level::DatabaseAdmin};
    for (;;)
        Backups(db, clock).backUp(admin);
}

int present(Database &db, int seconds)
{
    const Clock clock;
    Actor clerk{2, QStringLiteral("otherpc"), Level::Clerk};
    Presence presence(db, clock);
    auto id = presence.announce(clerk, QStringLiteral("worker"));
    if (!id)
        return 1;
    QTextStream(stdout) << "announced" << Qt::endl;
    for (int i = 0; i < seconds * 10; ++i) {
        QThread::msleep(100);
        if (i % 10 == 0)
            presence.heartbeat(*id);
    }
    return presence.leave(*id) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto db = Database::open(args[2]);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    const QString mode = args[1];
    if (mode == u"increment")
        return increment(**db, args.value(3).toInt());
    if (mode == u"batches")
        return batches(**db);
    if (mode == u"backups")
        return backups(**db);
    if (mode == u"present")
        return present(**db, args.value(3).toInt());
    return 2;
}
