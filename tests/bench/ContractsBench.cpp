// Contract search benchmark (issue 14, CON-04), against a reference measured in the same run: on
// an archive of 50,000 contracts, the custodian's search for 1, 2 and 4 Chinese characters, a
// number, and the unfiltered first page, through the service, against the sqlite3 tool running
// the same LIKE scan (its own `.timer`, so no process start-up is counted).
// Prints FIGURE lines. Usage: contracts_bench [WORK_DIR] [PER_MONTH]
#include "BenchSupport.h"
#include "ContractRegister.h"
#include "ContractsDemo.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"
#include "users/data/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace shopdesk;
using namespace shopdesk::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    const int perMonth = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3847; // 13 months: 50,011
    QDir().mkpath(work);
    const Clock clock;
    const QString path = QDir(work).filePath(QStringLiteral("contracts-bench.db"));
    QFile::remove(path);
    DemoOptions options;
    options.employees = 40;
    if (auto made = DemoCompany::create(path, options, clock); !made)
        qFatal("demo: %s", qPrintable(made.error()));
    auto db = CompanyDatabase::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error()));
    (*db)->setWaitForDisk(false); // a new file
    QElapsedTimer filling;
    filling.start();
    auto filled = ContractsDemo::create(**db, clock, options.seed, perMonth);
    if (!filled)
        qFatal("contracts demo: %s", qPrintable(filled.error()));
    (*db)->setWaitForDisk(true);
    figure("contracts_demo",
           QStringLiteral("%1 contracts registered in %2 s").arg(*filled).arg(filling.elapsed() / 1000.0, 0, 'f', 1));

    const UserRecord clerk = *UserRepository(**db).findByName(QStringLiteral("clerk"));
    const Actor custodian{clerk.id,         clerk.userName, clerk.level, clerk.disabled,
                          clerk.employeeId, clerk.scopes,   clerk.roles, {}};
    ContractRegister book(**db, clock);
    const QList<std::pair<const char *, QString>> queries{{"one_character", QStringLiteral("物")},
                                                          {"two_characters", QStringLiteral("物流")},
                                                          {"four_characters", QStringLiteral("物流有限")},
                                                          {"number", QStringLiteral("2026-ZL-0100")},
                                                          {"everything", QString()}};
    for (const auto &[name, text] : queries) {
        ContractFilter filter;
        filter.text = text;
        int found = 0;
        const double ms = bestMs(5, [&] { found = int(book.find(custodian, filter)->size()); });
        const QString like = QStringLiteral("%") + text + QStringLiteral("%");
        const double reference = sqliteMs(
            path,
            QStringLiteral("SELECT c.number, c.title, c.counterparties FROM contracts c WHERE c.number LIKE '%1' OR "
                           "c.title LIKE '%1' OR c.counterparties LIKE '%1' OR c.notes LIKE '%1' "
                           "ORDER BY c.signed_on DESC, c.number DESC LIMIT %2;")
                .arg(like)
                .arg(filter.limit),
            5);
        // sqlite3's timer counts whole milliseconds: below one, there is no ratio to give.
        const QString against = reference >= 1.0
            ? QStringLiteral("%1x the sqlite3 LIKE scan, %2 ms")
                  .arg(ms / reference, 0, 'f', 2)
                  .arg(reference, 0, 'f', 2)
            : QStringLiteral("the sqlite3 LIKE scan under its 1 ms timer resolution");
        figure(qPrintable(QStringLiteral("contracts_search_%1").arg(QString::fromLatin1(name))),
               QStringLiteral("%1 ms (%2), %3 shown").arg(ms, 0, 'f', 2).arg(against).arg(found));
    }
    return 0;
}
