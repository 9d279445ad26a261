// Order benchmarks (issue 17), each against a reference measured in the same run. On a shop of
// 1,000,000 orders with 3,000,000 lines (`demo --shop-orders`, three lines each), in a process
// of its own so that its memory is the list's: the order list's first page as the panel asks for
// it (running clocks first, then the newest), a search by a whole phone and by an order number,
// and a page from the middle of the list after its key (no cursor kept open), each through the
// service against the sqlite3 tool running the same SQL (its own `.timer`); the process's peak
// memory. Then 100,000 orders of a Taobao seller report (GB18030) imported through preview and
// import, against the sqlite3 tool's `.import` of the same rows (as UTF-8) into the same tables.
// Prints FIGURE lines. Usage: order_bench [WORK_DIR] [ORDERS] [IMPORTED_ORDERS]
#include "BenchSupport.h"
#include "OrderBook.h"
#include "OrderDemo.h"
#include "OrderImport.h"
#include "ShopArea.h"
#include "ShopDemo.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace shopdesk;
using namespace shopdesk::bench;

namespace {
const Actor kAdmin{1, QStringLiteral("admin"), Level::DatabaseAdmin};

// The columns OrderRepository reads, for the sqlite3 tool.
const QString kSelect = QStringLiteral(
    "SELECT o.id, o.channel, o.number, o.customer, o.contact_name, o.phone, o.address, o.currency, o.goods_minor, "
    "o.shipping_minor, o.discount_minor, o.total_minor, o.created_at, coalesce(p.state, 'new'), "
    "coalesce(p.accepted_at, ''), coalesce(p.confirmed_at, ''), coalesce(p.channel_status, '') "
    "FROM orders o JOIN order_progress p ON p.order_id = o.id ");

QString textFilter(const QString &text)
{
    const QString end = text + QChar(0xFFFF); // as the repository's range
    return QStringLiteral(" AND ((o.number >= '%1' AND o.number < '%2') OR (o.phone >= '%1' AND o.phone < '%2') "
                          "OR (o.customer >= '%1' AND o.customer < '%2'))")
        .arg(text, end);
}

// The panel's page: the running clocks, then the rest from the newest (two queries, as the
// repository runs them when the running clocks do not fill the page).
QString pageSql(const QString &filter, int page)
{
    return kSelect + QStringLiteral("WHERE 1=1") + filter
        + QStringLiteral(" AND p.due_at IS NOT NULL ORDER BY p.due_at, p.order_id LIMIT %1;\n").arg(page + 1) + kSelect
        + QStringLiteral("WHERE 1=1") + filter
        + QStringLiteral(" AND p.due_at IS NULL ORDER BY o.created_at DESC, o.id DESC LIMIT %1;").arg(page + 1);
}

qint64 peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

QString one(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The order list on a filled file, in this process alone.
int measureList(const QString &path)
{
    auto db = CompanyDatabase::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error()));
    const Clock clock;
    OrderBook book(**db, clock);
    constexpr int kPage = 200; // PagedTableModel::kDefaultPageSize
    auto timed = [&](const char *name, const OrderQuery &query, const PageCursor &after, const QString &sql,
                     const QString &what) {
        int rows = 0;
        const double ms = bestMs(5, [&] {
            auto page = book.page(kAdmin, query, after, kPage);
            if (!page)
                qFatal("page: %s", qPrintable(page.error()));
            rows = int(page->rows.size());
        });
        // Under a millisecond the tool's .timer says 0: its time per run of the statements instead.
        const double reference = sqlitePerQueryMs(path, sql, 50);
        figure(name,
               QStringLiteral("%1 ms (%2x the sqlite3 tool's %3 ms), %4 rows%5")
                   .arg(ms, 0, 'f', 2)
                   .arg(ms / qMax(reference, 0.001), 0, 'f', 2)
                   .arg(reference, 0, 'f', 2)
                   .arg(rows)
                   .arg(what));
    };
    OrderQuery panel;
    panel.runningClocksFirst = true;
    timed("orders_first_page", panel, {}, pageSql({}, kPage), {});
    const QString middle = one(path,
                               QStringLiteral("SELECT id FROM orders ORDER BY id LIMIT 1 OFFSET "
                                              "(SELECT count(*) / 2 FROM orders)"));
    const QString phone = one(path, QStringLiteral("SELECT phone FROM orders WHERE id = %1").arg(middle));
    const QString number = one(path, QStringLiteral("SELECT number FROM orders WHERE id = %1").arg(middle));
    OrderQuery byPhone = panel;
    byPhone.text = phone; // whole: the start of a number from seven characters on
    timed("orders_search_phone", byPhone, {}, pageSql(textFilter(phone), kPage), QStringLiteral(" for %1").arg(phone));
    OrderQuery byNumber = panel;
    byNumber.text = number;
    timed("orders_search_number", byNumber, {}, pageSql(textFilter(number), kPage),
          QStringLiteral(" for %1").arg(number));
    // Scrolled to the middle: the page after the middle order's key.
    const QString created = one(path, QStringLiteral("SELECT created_at FROM orders WHERE id = %1").arg(middle));
    const QString after =
        QStringLiteral(" AND (o.created_at < '%1' OR (o.created_at = '%1' AND o.id < %2))").arg(created, middle);
    timed("orders_page_in_the_middle", panel, PageCursor{{created, middle.toLongLong()}},
          kSelect + QStringLiteral("WHERE 1=1 AND p.due_at IS NULL") + after
              + QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC LIMIT %1;").arg(kPage + 1),
          QStringLiteral(" after order %1").arg(number));
    figure("orders_list_peak_memory",
           QStringLiteral("%1 MB (the process that paged the list, limit 300 MB)").arg(peakKb() / 1024.0, 0, 'f', 1));
    return 0;
}

Result<std::shared_ptr<Database>> company(const QString &path, const Clock &clock)
{
    QFile::remove(path);
    DemoOptions options;
    if (auto made = DemoCompany::create(path, options, clock); !made)
        return made.failure();
    auto db = CompanyDatabase::open(path);
    if (!db)
        return db.failure();
    if (auto shop = ShopDemo::create(**db, clock, options.seed); !shop)
        return shop.failure();
    return *db;
}

// A Taobao seller report of `count` orders as the channel exports it (GB18030, Excel's leading ').
QString taobaoCsv(int count)
{
    QString csv = QStringLiteral("订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,总金额,买家实际支付金额,"
                                 "订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,"
                                 "订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺名称,"
                                 "订单关闭原因,退款金额\n");
    for (int i = 0; i < count; ++i) {
        const int goods = 3900 + (i % 50) * 100;
        const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0)).addSecs(qint64(i) * 300);
        csv +=
            QStringLiteral("'38%1,tb_%2,,%3,0.00,%3,%4,交易成功,,陈小姐,广东省 深圳市 南山区 科技园 %5 号,快递,,'189%6,"
                           "%7,%7,青花瓷马克杯 礼盒装,1,,,,%8,示例电商旗舰店,,0.00\n")
                .arg(i, 17, 10, QLatin1Char('0'))
                .arg(i % 9000 + 1000)
                .arg(goods / 100.0, 0, 'f', 2)
                .arg((goods - 100) / 100.0, 0, 'f', 2)
                .arg(i % 300)
                .arg(i, 8, 10, QLatin1Char('0'))
                .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .arg(1 + i % 3);
    }
    return csv;
}

// The same rows into the same tables by the sqlite3 tool: .import into a staging table, then
// the orders, their lines and their progress from it in one transaction.
QString sqliteImportScript(const QString &utf8Csv)
{
    return QStringLiteral(
               ".import --csv %1 staging\n"
               "BEGIN;\n"
               "INSERT INTO orders(channel, number, customer, contact_name, phone, address, currency, goods_minor, "
               "shipping_minor, discount_minor, total_minor, line_count, created_at, recorded_at, "
               "recorded_by_user_id) SELECT 'taobao', substr(\"订单编号\", 2), \"买家会员名\", \"收货人姓名\", "
               "substr(\"联系手机\", 2), \"收货地址\", 'CNY', CAST(round(\"买家应付货款\" * 100) AS INTEGER), "
               "CAST(round(\"买家应付邮费\" * 100) AS INTEGER), CAST(round((\"买家应付货款\" + \"买家应付邮费\" - "
               "\"买家实际支付金额\") * 100) AS INTEGER), CAST(round(\"买家实际支付金额\" * 100) AS INTEGER), 1, "
               "\"订单创建时间\", '2026-12-03T00:00:00Z', 1 FROM staging;\n"
               "INSERT INTO order_lines(order_id, line_no, sku, title, quantity, unit_price_minor, discount_minor) "
               "SELECT o.id, 1, '', s.\"宝贝标题\", s.\"宝贝总数量\", o.goods_minor, 0 FROM staging s JOIN orders o "
               "ON o.channel = 'taobao' AND o.number = substr(s.\"订单编号\", 2);\n"
               "INSERT INTO order_progress(order_id, state, channel_status) SELECT o.id, 'new', s.\"订单状态\" "
               "FROM staging s JOIN orders o ON o.channel = 'taobao' AND o.number = substr(s.\"订单编号\", 2);\n"
               "COMMIT;\n")
        .arg(utf8Csv);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ShopArea::define();
    if (argc > 2 && QByteArray(argv[1]) == "--measure-list")
        return measureList(QString::fromLocal8Bit(argv[2]));
    QTemporaryDir scratch;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    const int orders = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1'000'000;
    const int imported = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 100'000;
    QDir().mkpath(work);
    const Clock clock;

    // The list.
    const QString path = QDir(work).filePath(QStringLiteral("order-bench.db"));
    auto db = company(path, clock);
    if (!db)
        qFatal("company: %s", qPrintable(db.error()));
    (*db)->setWaitForDisk(false);
    QElapsedTimer filling;
    filling.start();
    auto filled = OrderDemo::create(**db, clock, DemoOptions{}.seed, orders, 3);
    if (!filled)
        qFatal("order demo: %s", qPrintable(filled.error()));
    figure("orders_demo",
           QStringLiteral("%1 orders, %2 lines, %3 events written in %4 s, file %5 MB")
               .arg(*filled)
               .arg(one(path, QStringLiteral("SELECT count(*) FROM order_lines")))
               .arg(one(path, QStringLiteral("SELECT count(*) FROM order_events")))
               .arg(filling.elapsed() / 1000.0, 0, 'f', 1)
               .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 0));
    db->reset();
    QProcess list;
    list.setProcessChannelMode(QProcess::ForwardedChannels);
    list.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-list"), path});
    list.waitForFinished(-1);
    QFile::remove(path);

    // The import.
    const QString ours = QDir(work).filePath(QStringLiteral("import-ours.db"));
    const QString theirs = QDir(work).filePath(QStringLiteral("import-sqlite3.db"));
    auto target = company(ours, clock);
    if (!target)
        qFatal("company: %s", qPrintable(target.error()));
    target->reset();
    QFile::remove(theirs);
    QFile::copy(ours, theirs);
    const QString csv = taobaoCsv(imported);
    const QString gbPath = QDir(work).filePath(QStringLiteral("taobao-gb18030.csv"));
    const QString utf8Path = QDir(work).filePath(QStringLiteral("taobao-utf8.csv"));
    {
        QFile gb(gbPath), utf8(utf8Path);
        gb.open(QIODevice::WriteOnly);
        QStringEncoder encode("GB18030");
        gb.write(QByteArray(encode(csv)));
        utf8.open(QIODevice::WriteOnly);
        utf8.write(csv.toUtf8());
    }
    auto open = CompanyDatabase::open(ours);
    if (!open)
        qFatal("open: %s", qPrintable(open.error()));
    QElapsedTimer ourTime;
    ourTime.start();
    QFile file(gbPath);
    file.open(QIODevice::ReadOnly);
    OrderImport importer(**open, clock);
    auto preview = importer.preview(kAdmin, file.readAll(), QFileInfo(file).fileName(), OrderExport::Taobao);
    if (!preview)
        qFatal("preview: %s", qPrintable(preview.error()));
    const double previewMs = ourTime.nsecsElapsed() / 1e6;
    auto written = importer.import(kAdmin, *preview);
    if (!written)
        qFatal("import: %s", qPrintable(written.error()));
    const double oursMs = ourTime.nsecsElapsed() / 1e6;
    QElapsedTimer theirTime;
    theirTime.start();
    QProcess tool;
    tool.start(QStringLiteral("sqlite3"), {theirs});
    tool.waitForStarted();
    tool.write(sqliteImportScript(utf8Path).toUtf8());
    tool.closeWriteChannel();
    tool.waitForFinished(-1);
    const double theirsMs = theirTime.nsecsElapsed() / 1e6;
    const QString toolOrders = one(theirs, QStringLiteral("SELECT count(*) FROM orders"));
    figure("orders_import_taobao",
           QStringLiteral("%1 orders in %2 s (preview %3 s) = %4x the sqlite3 tool's .import of the same rows into "
                          "the same tables, %5 s (%6 orders; its errors: %7)")
               .arg(*written)
               .arg(oursMs / 1000, 0, 'f', 2)
               .arg(previewMs / 1000, 0, 'f', 2)
               .arg(oursMs / theirsMs, 0, 'f', 2)
               .arg(theirsMs / 1000, 0, 'f', 2)
               .arg(toolOrders)
               .arg(QString::fromUtf8(tool.readAllStandardError()).trimmed().left(200)));
    return 0;
}
