// Issue 20: the same program on a company file and on a PostgreSQL server, measured in the same
// run, the file being the reference each server figure is a ratio of.
// - Contention: 6 processes (reliability_worker, "other PCs") each make 300 increments of one
//   counter through Database::write; the count must come out exact. Time and longest single write.
// - The order list: ORDERS orders of three lines each (OrderDemo, as order_bench fills its shop),
//   then through OrderBook as the panel asks: the first page (running clocks first), a search by a
//   whole phone and by an order number, and the page after the middle order's key (best of 5).
// Prints FIGURE lines. Usage: engine_bench [SERVER_URL] [ORDERS]; SERVER_URL defaults to
// SHOPDESK_TEST_PG_URL (`./dev bench` starts Debian's cluster with tools/test-postgres.sh).
#include "BenchSupport.h"
#include "OrderBook.h"
#include "OrderDemo.h"
#include "ShopArea.h"
#include "ShopDemo.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

using namespace shopdesk;
using namespace shopdesk::bench;

namespace {
const Actor kAdmin{1, QStringLiteral("admin"), Level::DatabaseAdmin};

struct Figures
{
    QString engine;
    double contentionMs = 0, longestWriteMs = 0;
    int count = 0;
    double fillS = 0, firstPageMs = 0, phoneMs = 0, numberMs = 0, middleMs = 0;
};

// An empty database of the bench's own on the server, made anew.
QString emptyServerDatabase(const QUrl &server)
{
    const QString name = QStringLiteral("shopdesk_engine_bench");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port(5432));
        admin.setDatabaseName(server.path().mid(1));
        admin.setUserName(server.userName());
        admin.setPassword(server.password());
        if (!admin.open())
            qFatal("server %s: %s", qPrintable(server.host()), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
            || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("%s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    QUrl url = server;
    url.setPath(u'/' + name);
    return url.toString();
}

// The demo company's people (a few) and shop, as order_bench makes its shop.
std::shared_ptr<Database> company(const QString &location, const Clock &clock)
{
    DemoOptions options;
    options.employees = 10;
    options.months = 1;
    if (auto made = DemoCompany::create(location, options, clock); !made)
        qFatal("demo company on %s: %s", qPrintable(location), qPrintable(made.error()));
    auto db = CompanyDatabase::open(location);
    if (!db)
        qFatal("open %s: %s", qPrintable(location), qPrintable(db.error()));
    if (auto shop = ShopDemo::create(**db, clock, options.seed); !shop)
        qFatal("shop demo: %s", qPrintable(shop.error()));
    return *db;
}

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    if (!Database::execPrepared(q, sql, {}) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

void contention(Database &db, Figures &f)
{
    db.write([&]() -> Status {
        QSqlQuery q = db.query();
        return Database::execPrepared(q, QStringLiteral("INSERT INTO counters(name, value) VALUES ('contention', 0)"),
                                      {});
    });
    QElapsedTimer t;
    t.start();
    QList<QProcess *> workers;
    for (int i = 0; i < 6; ++i) {
        auto *p = new QProcess;
        p->start(QStringLiteral(RELIABILITY_WORKER_PATH),
                 {QStringLiteral("increment"), db.path(), QStringLiteral("300")});
        workers << p;
    }
    for (QProcess *p : workers) {
        p->waitForFinished(-1);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        if (p->exitCode() != 0)
            qFatal("a writer failed: %s", p->readAllStandardError().constData());
        const int at = out.indexOf(QStringLiteral("max_wait_ms="));
        f.longestWriteMs = qMax(f.longestWriteMs, out.mid(at + 12).section(u' ', 0, 0).toDouble());
        delete p;
    }
    f.contentionMs = t.elapsed();
    f.count = scalar(db, QStringLiteral("SELECT value FROM counters WHERE name = 'contention'")).toInt();
}

void orderList(Database &db, const Clock &clock, int orders, Figures &f)
{
    QElapsedTimer filling;
    filling.start();
    if (auto filled = OrderDemo::create(db, clock, DemoOptions{}.seed, orders, 3); !filled)
        qFatal("orders: %s", qPrintable(filled.error()));
    f.fillS = filling.elapsed() / 1000.0;
    OrderBook book(db, clock);
    constexpr int kPage = 200; // PagedTableModel::kDefaultPageSize
    auto timed = [&](const OrderQuery &query, const PageCursor &after) {
        return bestMs(5, [&] {
            auto page = book.page(kAdmin, query, after, kPage);
            if (!page || page->rows.isEmpty())
                qFatal("page: %s", page ? "empty" : qPrintable(page.error()));
        });
    };
    OrderQuery panel;
    panel.runningClocksFirst = true;
    f.firstPageMs = timed(panel, {});
    const QString middle = scalar(db,
                                  QStringLiteral("SELECT id FROM orders ORDER BY id LIMIT 1 OFFSET "
                                                 "(SELECT count(*) / 2 FROM orders)"));
    OrderQuery byPhone = panel;
    byPhone.text = scalar(db, QStringLiteral("SELECT phone FROM orders WHERE id = %1").arg(middle));
    f.phoneMs = timed(byPhone, {});
    OrderQuery byNumber = panel;
    byNumber.text = scalar(db, QStringLiteral("SELECT number FROM orders WHERE id = %1").arg(middle));
    f.numberMs = timed(byNumber, {});
    const QString created = scalar(db, QStringLiteral("SELECT created_at FROM orders WHERE id = %1").arg(middle));
    f.middleMs = timed(panel, PageCursor{{created, middle.toLongLong()}});
}

Figures measure(const QString &engine, const QString &location, int orders)
{
    const Clock clock;
    Figures f;
    f.engine = engine;
    auto db = company(location, clock);
    contention(*db, f);
    orderList(*db, clock, orders, f);
    return f;
}

QString ratio(double server, double file)
{
    const double times = server / qMax(file, 0.001);
    return QStringLiteral("%1x").arg(times, 0, 'f', times < 0.1 ? 2 : 1); // not "0.0x"
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ShopArea::define();
    const QUrl server(argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("SHOPDESK_TEST_PG_URL"));
    const int orders = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100'000;
    if (server.scheme() != QLatin1String("postgresql")) {
        figure("engines", QStringLiteral("skipped: no PostgreSQL server (give its URL or set SHOPDESK_TEST_PG_URL)"));
        return 0;
    }
    qputenv("PGPASSWORD", server.password().toUtf8()); // the workers get the URL without it
    QTemporaryDir scratch;
    const Figures file = measure(QStringLiteral("file"), scratch.filePath(QStringLiteral("engines.db")), orders);
    const Figures pg = measure(QStringLiteral("server"), emptyServerDatabase(server), orders);
    for (const Figures &f : {file, pg})
        figure("engine_contention",
               QStringLiteral("%1: 6 processes x 300 increments -> %2 in %3 ms, longest single write %4 ms")
                   .arg(f.engine)
                   .arg(f.count)
                   .arg(f.contentionMs)
                   .arg(f.longestWriteMs));
    figure("engine_contention_ratio",
           QStringLiteral("server %1 the file's time, longest write %2")
               .arg(ratio(pg.contentionMs, file.contentionMs), ratio(pg.longestWriteMs, file.longestWriteMs)));
    for (const Figures &f : {file, pg})
        figure("engine_order_list",
               QStringLiteral("%1: %2 orders filled in %3 s; first page %4 ms, by phone %5 ms, by number %6 ms, "
                              "middle page %7 ms")
                   .arg(f.engine)
                   .arg(orders)
                   .arg(f.fillS, 0, 'f', 1)
                   .arg(f.firstPageMs, 0, 'f', 2)
                   .arg(f.phoneMs, 0, 'f', 2)
                   .arg(f.numberMs, 0, 'f', 2)
                   .arg(f.middleMs, 0, 'f', 2));
    figure("engine_order_list_ratio",
           QStringLiteral("server/file: fill %1, first page %2, by phone %3, by number %4, middle page %5")
               .arg(ratio(pg.fillS, file.fillS), ratio(pg.firstPageMs, file.firstPageMs),
                    ratio(pg.phoneMs, file.phoneMs), ratio(pg.numberMs, file.numberMs),
                    ratio(pg.middleMs, file.middleMs)));
    return file.count == 1800 && pg.count == 1800 ? 0 : 1;
}
