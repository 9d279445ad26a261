// Orders from the channels' exports (issue 17), on the shipped samples' formats.
#include "OrderImport.h"
#include "OrderBook.h"
#include "OrderFolders.h"
#include "ShopFixture.h"
#include "database/DatabaseCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace shopdesk;
using namespace shopdesk::test;

class OrderImportTest : public QObject
{
    Q_OBJECT

    static QByteArray sample(const char *name)
    {
        QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/orders/") + QString::fromLatin1(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no sample %s", name);
        return f.readAll();
    }

    // The rows of each audit record of recorded orders, the first first.
    static QList<QJsonArray> orderRecords(ShopCompany &s)
    {
        QList<QJsonArray> records;
        QSqlQuery q = s.db().query();
        if (!q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'shop.orders.record' ORDER BY id")))
            qFatal("audit_log: %s", qPrintable(q.lastError().text()));
        while (q.next())
            records << QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(u"orders").toArray();
        return records;
    }

private slots:
    void taobaoOrdersInGb18030AreReadAndImportedOnce()
    {
        ShopCompany s;
        OrderImport importer(s.db(), s.clock());
        const QByteArray file = sample("taobao_orders_gb18030.csv");
        auto preview = importer.preview(s.assistant, file, QStringLiteral("taobao.csv"), OrderExport::Taobao);
        QVERIFY2(preview, qPrintable(preview.error()));
        QCOMPARE(preview->rowsRead, 40);
        QVERIFY2(preview->problems.isEmpty(), qPrintable(preview->problems.value(0).reason));
        QCOMPARE(preview->added.size(), 40);
        const Order &first = preview->added.first();
        QCOMPARE(first.number, QStringLiteral("3712345678900000000")); // Excel's ' gone
        QCOMPARE(first.phone, QStringLiteral("18921125280"));
        QCOMPARE(first.totalMinor, 38700);
        QCOMPARE(first.currency, QStringLiteral("CNY"));
        QCOMPARE(first.createdAt, QDateTime(QDate(2026, 10, 12), QTime(1, 0), Qt::UTC)); // 09:00 in China
        QCOMPARE(first.lines.first().quantity, 3);
        QCOMPARE(first.channelStatus, QStringLiteral("交易成功"));
        auto written = importer.import(s.assistant, *preview);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(*written, 40);
        // ORD-05: the channel's status is each order's first event, told in the orders' one audit
        // record beside each order (not a record of its own: 100,000 orders would write 200,000).
        QSqlQuery q = s.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM order_events WHERE kind = 'channel_status'), "
                                      "(SELECT count(*) FROM audit_log WHERE action = 'shop.order.event')"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 40);
        QCOMPARE(q.value(1).toInt(), 0);
        const QList<QJsonArray> records = orderRecords(s);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().size(), 40);
        QHash<QString, QString> statuses; // by number, as the file gave them
        for (const Order &o : std::as_const(preview->added))
            statuses.insert(o.number, o.channelStatus);
        for (const QJsonValue &row : records.first()) {
            QVERIFY(!row.toArray().last().toString().isEmpty());
            QCOMPARE(row.toArray().last().toString(), statuses.value(row.toArray().at(2).toString()));
        }
        OrderBook book(s.db(), s.clock());
        auto recorded = book.byNumber(s.pm, first.number);
        QCOMPARE(recorded->channelStatus, QStringLiteral("交易成功"));
        QCOMPARE(book.events(s.pm, recorded->id)->first().text, QStringLiteral("交易成功"));
        // The same file again changes nothing.
        auto again = importer.preview(s.assistant, file, QStringLiteral("taobao.csv"), OrderExport::Taobao);
        QVERIFY(again->added.isEmpty() && again->statusChanges.isEmpty());
        QCOMPARE(again->unchanged, 40);
    }

    // The sample's 40 orders `copies` times under other numbers: 5 copies go past the rows one
    // statement takes, 30 past the thousand orders recorded at a time.
    static QByteArray manyOrders(int copies)
    {
        const QString text = QStringDecoder("GB18030").decode(sample("taobao_orders_gb18030.csv"));
        const QStringList lines = text.split(u'\n');
        QStringList out{lines.first()};
        for (int copy = 1; copy <= copies; ++copy)
            for (const QString &line : lines.mid(1))
                if (line.startsWith(u"'37"))
                    out << QStringLiteral("'%1").arg(copy) + line.mid(3);
        return QStringEncoder("GB18030").encode(out.join(u'\n'));
    }

    void ord05_manyOrdersImportAThousandAStatementAndARecord()
    {
        ShopCompany s;
        OrderImport importer(s.db(), s.clock());
        auto preview = importer.preview(s.assistant, manyOrders(30), QStringLiteral("taobao.csv"), OrderExport::Taobao);
        QVERIFY2(preview, qPrintable(preview.error()));
        QCOMPARE(preview->added.size(), 1200);
        auto written = importer.import(s.assistant, *preview);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(*written, 1200);
        // Each order with its line, progress and first event.
        QSqlQuery q = s.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM order_lines), "
                                      "(SELECT count(*) FROM order_progress), (SELECT count(*) FROM order_events)"))
                && q.next());
        for (int column = 0; column < 4; ++column)
            QCOMPARE(q.value(column).toInt(), 1200);
        // The first event of each is the status the channel gave it, which its progress shows.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM order_events e JOIN order_progress p ON p.order_id = "
                                      "e.order_id WHERE e.kind = 'channel_status' AND e.text = p.channel_status AND "
                                      "e.text <> ''"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1200);
        // RULE ORD-05: two audit records, a thousand orders and two hundred, each order in one of
        // them under its id with its number.
        const QList<QJsonArray> records = orderRecords(s);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).size(), 1000);
        QCOMPARE(records.at(1).size(), 200);
        QHash<qint64, QString> numbers; // by id, as recorded
        for (const QJsonArray &rows : records)
            for (const QJsonValue &row : rows)
                numbers.insert(row.toArray().at(0).toInteger(), row.toArray().at(2).toString());
        QCOMPARE(numbers.size(), 1200);
        QVERIFY(q.exec(QStringLiteral("SELECT id, number FROM orders")));
        while (q.next())
            QCOMPARE(numbers.value(q.value(0).toLongLong()), q.value(1).toString());
        // The chain links the records, and verify finds every order as its record says.
        const CheckReport report = *DatabaseCheck(s.db()).run({});
        QVERIFY2(report.ok, qPrintable(report.lines.join(u'\n')));
        QVERIFY(report.lines.join(u' ').contains(QStringLiteral("Orders as recorded: 1200 order")));
    }

    void anOrderRecordedByAnotherPcSinceThePreviewRefusesTheWholeImport()
    {
        ShopCompany s;
        OrderImport importer(s.db(), s.clock());
        auto mine = importer.preview(s.assistant, manyOrders(5), QStringLiteral("taobao.csv"), OrderExport::Taobao);
        QVERIFY2(mine, qPrintable(mine.error()));
        // Another PC records one of the file's orders meanwhile, one in the import's third
        // statement of orders.
        OrderImportPreview theirs = *mine;
        theirs.added = {mine->added.at(180)};
        theirs.statusChanges.clear();
        QVERIFY(importer.import(s.assistant, theirs));
        auto refused = importer.import(s.assistant, *mine);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QVERIFY2(refused.error().contains(mine->added.at(180).number), qPrintable(refused.error()));
        QSqlQuery q = s.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM order_lines)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // nothing of the refused import stayed
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(orderRecords(s).size(), 1); // theirs
        QCOMPARE(orderRecords(s).first().size(), 1);
    }

    void ord05_aNewStatusAtTheChannelIsAnEventNeverAnEdit()
    {
        ShopCompany s;
        OrderImport importer(s.db(), s.clock());
        QByteArray file = sample("taobao_orders_gb18030.csv");
        QVERIFY(importer.import(s.assistant,
                                *importer.preview(s.assistant, file, QStringLiteral("t.csv"), OrderExport::Taobao)));
        // The next day's export: the second order was received and closed by the buyer.
        QStringDecoder gb("GB18030");
        QStringEncoder toGb("GB18030");
        QString decoded = gb.decode(file);
        const int at = decoded.indexOf(QStringLiteral("卖家已发货，等待买家确认"));
        QVERIFY(at > 0);
        decoded.replace(at, QStringLiteral("卖家已发货，等待买家确认").size(), QStringLiteral("交易成功"));
        const QByteArray nextDay = toGb.encode(decoded);
        auto preview = importer.preview(s.assistant, nextDay, QStringLiteral("t2.csv"), OrderExport::Taobao);
        QVERIFY(preview);
        QCOMPARE(preview->added.size(), 0);
        QCOMPARE(preview->statusChanges.size(), 1);
        QCOMPARE(preview->statusChanges.first().number, QStringLiteral("3712345678900007919"));
        QVERIFY(importer.import(s.assistant, *preview));
        OrderBook book(s.db(), s.clock());
        OrderQuery q;
        q.text = QStringLiteral("3712345678900007919");
        const Order order = book.page(s.pm, q, {}, 5)->rows.first();
        QCOMPARE(order.channelStatus, QStringLiteral("交易成功"));
        QCOMPARE(order.totalMinor, 25800); // the order itself as it was
        const auto events = *book.events(s.pm, order.id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().kind, OrderEventKind::ChannelStatus);
        QCOMPARE(events.first().text, QStringLiteral("卖家已发货，等待买家确认"));
    }

    void shopifyLineItemsMakeOneOrderInItsOwnCurrency()
    {
        ShopCompany s;
        OrderImport importer(s.db(), s.clock());
        auto preview = importer.preview(s.assistant, sample("shopify_orders.csv"), QStringLiteral("shopify.csv"),
                                        OrderExport::Shopify);
        QVERIFY2(preview, qPrintable(preview.error()));
        QVERIFY2(preview->problems.isEmpty(), qPrintable(preview->problems.value(0).reason));
        const Order &first = preview->added.first();
        QCOMPARE(first.number, QStringLiteral("#1050"));
        QCOMPARE(first.currency, QStringLiteral("USD")); // never converted, never mixed
        QCOMPARE(first.lines.size(), 2);
        QCOMPARE(first.goodsMinor, 4500 + 2 * 990);
        QCOMPARE(first.totalMinor, 6980);
        QCOMPARE(first.shippingMinor, 500);
        QCOMPARE(first.createdAt, QDateTime(QDate(2026, 10, 12), QTime(2, 0), Qt::UTC)); // +0800 as written
        QVERIFY(importer.import(s.assistant, *preview));
        QVERIFY(
            importer
                .preview(s.assistant, sample("shopify_orders.csv"), QStringLiteral("shopify.csv"), OrderExport::Shopify)
                ->added.isEmpty());
    }

    void badRowsAreNamedWithLineFieldAndValue()
    {
        ShopCompany s;
        const QByteArray file =
            QStringLiteral("订单编号,买家实际支付金额,买家应付邮费,订单状态,订单创建时间,宝贝标题,宝贝总数量\n"
                           "'1001,59.00,0,交易成功,2026-10-12 09:00:00,杯子,1\n"
                           "'1002,五十,0,交易成功,2026-10-12 09:00:00,杯子,1\n"
                           "'1003,59.00,0,交易成功,昨天,杯子,1\n"
                           "'1004,59.00,0,交易成功,2026-10-12 09:00,杯子,0\n"
                           "'1001,59.00,0,交易成功,2026-10-12 09:00:00,杯子,1\n")
                .toUtf8();
        auto preview =
            OrderImport(s.db(), s.clock()).preview(s.assistant, file, QStringLiteral("bad.csv"), OrderExport::Taobao);
        QVERIFY(preview);
        QCOMPARE(preview->added.size(), 1);
        QCOMPARE(preview->problems.size(), 4);
        QCOMPARE(preview->problems[0].line, 3);
        QCOMPARE(preview->problems[0].value, QStringLiteral("五十"));
        QCOMPARE(preview->problems[1].value, QStringLiteral("昨天"));
        QCOMPARE(preview->problems[2].line, 5);
        QVERIFY(preview->problems[3].reason.contains(QLatin1Char('2'))); // first on line 2
        QVERIFY(!OrderImport(s.db(), s.clock())
                     .preview(s.assistant, QByteArray("a,b\n1,2\n"), QStringLiteral("x.csv"), OrderExport::Taobao));
    }

    void anotherChannelIsImportedThroughColumnsSavedOnceForIt()
    {
        ShopCompany s;
        OrderImport importer(s.db(), s.clock());
        const QByteArray file = sample("jd_orders.csv");
        auto records = OrderImport::records(file, QStringLiteral("jd.csv"));
        QVERIFY(records);
        OrderColumns columns;
        columns.channel = QStringLiteral("JD");
        columns = columns.filledFrom(records->at(1).fields);
        auto preview = importer.preview(s.assistant, file, QStringLiteral("jd.csv"), columns);
        QVERIFY2(preview, qPrintable(preview.error()));
        QCOMPARE(preview->rowsRead, 3);
        QCOMPARE(preview->added.size(), 2);
        QCOMPARE(preview->problems.size(), 1); // 购买数量 "零" on line 6
        QCOMPARE(preview->problems.first().line, 6);
        QCOMPARE(preview->problems.first().field, QStringLiteral("购买数量"));
        // Saved once for the channel (audited); Taobao needs none; the required columns are asked for.
        QVERIFY(importer.saveColumns(s.assistant, columns));
        OrderColumns taobao = columns;
        taobao.channel = QStringLiteral("taobao");
        QVERIFY(!importer.saveColumns(s.assistant, taobao));
        OrderColumns incomplete = columns;
        incomplete.headers.remove(QStringLiteral("created"));
        incomplete.channel = QStringLiteral("pdd");
        QVERIFY(!importer.saveColumns(s.assistant, incomplete));
        QVERIFY(!importer.saveColumns(s.org.lone, columns)); // a reader
        QCOMPARE(importer.savedColumns(s.pm)->size(), 1);
        QCOMPARE(sqlite3(s.db().path(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'shop.order.columns'")),
                 QStringLiteral("1"));
        QVERIFY(importer.import(s.assistant, *preview));
        // The channel's next file, its columns moved and the status changed, through what was saved.
        QString next = QStringLiteral(
            "订单状态,手机,实付金额,订单号,运费,商品名称,单价,商品编码,收货人,下单时间,购买数量,收货地址\n"
            "已出库,13800001111,70.00,280411,0,青花瓷马克杯,39.00,SD00001,陈小姐,2026-11-02 10:15:00,2,北京市\n"
            "已出库,13800001111,70.00,280411,0,礼品包装,5.00,,陈小姐,2026-11-02 10:15:00,1,北京市\n");
        const OrderColumns saved = *importer.savedColumns(s.pm, QStringLiteral("jd"));
        QCOMPARE(saved.headers.value(QStringLiteral("number")), QStringLiteral("订单号"));
        auto again = importer.preview(s.assistant, next.toUtf8(), QStringLiteral("jd-2.csv"), saved);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(again->added.isEmpty());
        QCOMPARE(again->statusChanges.size(), 1); // ORD-05: an event, the order untouched
        QCOMPARE(again->statusChanges.first().to, QStringLiteral("已出库"));
    }

    void ordersDroppedIntoAChannelsFolderImportByThemselvesOnce()
    {
        ShopCompany s;
        QTemporaryDir drive;
        OrderFolders folders(s.db(), s.clock());
        const QString taobaoDir = drive.filePath(QStringLiteral("淘宝订单"));
        QVERIFY(QDir().mkpath(taobaoDir));
        QVERIFY(!folders.setFolder(
            s.assistant,
            {QStringLiteral("taobao"), OrderExport::Taobao, drive.filePath(QStringLiteral("no-such-folder"))}));
        QVERIFY(!folders.setFolder(s.org.lone, {QStringLiteral("taobao"), OrderExport::Taobao, taobaoDir}));
        // A mapped channel needs its columns first.
        const QString jdDir = drive.filePath(QStringLiteral("jd"));
        QVERIFY(QDir().mkpath(jdDir));
        QVERIFY(!folders.setFolder(s.assistant, {QStringLiteral("jd"), OrderExport::Mapped, jdDir}));
        QVERIFY(folders.setFolder(s.assistant, {QStringLiteral("taobao"), OrderExport::Taobao, taobaoDir}));
        QCOMPARE(folders.folders(s.pm)->size(), 1);

        auto drop = [&](const QString &dir, const QString &name, const QByteArray &bytes, qint64 secondsAgo) {
            QFile f(QDir(dir).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.flush(); // before the time is set: a later write would set it again
            f.setFileTime(s.clock().nowUtc().addSecs(-secondsAgo), QFileDevice::FileModificationTime);
        };
        const QByteArray file = sample("taobao_orders_gb18030.csv");
        drop(taobaoDir, QStringLiteral("today.csv"), file, 2); // still being copied, perhaps
        auto run = folders.importWaiting(s.assistant);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->written, 0);
        QVERIFY(QFile::exists(QDir(taobaoDir).filePath(QStringLiteral("today.csv"))));
        s.clock().advanceSeconds(OrderFolders::kSettleSeconds);
        run = folders.importWaiting(s.assistant);
        QCOMPARE(run->written, 40);
        QVERIFY(!QFile::exists(QDir(taobaoDir).filePath(QStringLiteral("today.csv"))));
        QCOMPARE(QDir(taobaoDir + QStringLiteral("/imported")).entryList(QDir::Files).size(), 1);
        // The same file dropped again: nothing new, and it moves out of the way too.
        drop(taobaoDir, QStringLiteral("again.csv"), file, 60);
        run = folders.importWaiting(s.assistant);
        QCOMPARE(run->written, 0);
        QCOMPARE(sqlite3(s.db().path(), QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("40"));
        QCOMPARE(QDir(taobaoDir + QStringLiteral("/imported")).entryList(QDir::Files).size(), 2);
        // A file that is no order report: refused, set aside with the reason beside it.
        drop(taobaoDir, QStringLiteral("notes.csv"), QByteArray("hello,world\n1,2\n"), 60);
        run = folders.importWaiting(s.assistant);
        QCOMPARE(run->written, 0);
        QVERIFY2(run->lines.join(u' ').contains(QStringLiteral("notes.csv")), qPrintable(run->lines.join(u' ')));
        const QStringList refused = QDir(taobaoDir + QStringLiteral("/refused")).entryList(QDir::Files);
        QCOMPARE(refused.size(), 2); // the file and its .txt
        // An empty folder stops the watching.
        QVERIFY(folders.setFolder(s.assistant, {QStringLiteral("taobao"), OrderExport::Taobao, QString()}));
        QVERIFY(folders.folders(s.pm)->isEmpty());
    }
};

int runOrderImportTest(int argc, char **argv)
{
    OrderImportTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "OrderImportTest.moc"
