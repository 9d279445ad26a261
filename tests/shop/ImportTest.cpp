// The product list's import and the shop's reports, on a real database file.
#include "ProductImport.h"
#include "ShopFixture.h"
#include "ShopReports.h"
#include "report/DataExport.h"

#include <QFile>

using namespace shopdesk;
using namespace shopdesk::test;

class ImportTest : public QObject
{
    Q_OBJECT

    static QByteArray csv(const QString &text) { return text.toUtf8(); }

private slots:
    void aListIsPreviewedThenImportedOnceAndTwiceChangesNothing()
    {
        ShopCompany s;
        const QByteArray file = csv(QStringLiteral("商品列表 2026-03\n"
                                                   "编码,标题,规格,条码,成本,价格,类目\n"
                                                   "CUP-01,玻璃公道杯,250ml,6901234567892,11.00,29.00,茶具\n"
                                                   "MUG-01,青花瓷马克杯,350ml 蓝,,15.00,39.00,杯具\n"
                                                   "POT-01,紫砂茶壶,,,,258,茶具\n"));
        ProductImport importer(s.db(), s.clock());
        auto preview = importer.preview(s.assistant, file, QStringLiteral("products.csv"));
        QVERIFY2(preview, qPrintable(preview.error()));
        QCOMPARE(preview->rowsRead, 3);
        QCOMPARE(preview->added.size(), 1);
        QCOMPARE(preview->added.first().priceFen, 2900);
        QCOMPARE(preview->changed.size(), 1); // the mug's specification and category
        QCOMPARE(preview->unchanged, 1); // the teapot: empty cells leave the card as it is
        QVERIFY(preview->problems.isEmpty());
        QCOMPARE(s.catalogue().all(s.pm, {})->size(), 2); // nothing written yet
        auto written = importer.import(s.assistant, *preview);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(*written, 2);
        QCOMPARE(s.catalogue().byCodeOrBarcode(s.pm, QStringLiteral("CUP-01"))->status, ProductStatus::Draft);
        QCOMPARE(s.product(s.mug).category, QStringLiteral("杯具"));
        QCOMPARE(s.product(s.mug).onHand, 10); // stock untouched
        auto again = importer.preview(s.assistant, file, QStringLiteral("products.csv"));
        QVERIFY(again->added.isEmpty() && again->changed.isEmpty());
        QCOMPARE(again->unchanged, 3);
    }

    void everyBadRowIsNamedWithLineFieldAndValue()
    {
        ShopCompany s;
        const QByteArray file = csv(QStringLiteral("编码,标题,条码,价格,类目\n"
                                                   "A1,杯子,6901234567893,10,杯具\n" // check digit
                                                   ",无编码,,10,杯具\n"
                                                   "A2,茶叶,,十元,茶叶\n"
                                                   "A3,香薰,,-1,家居\n"
                                                   "A4,无类目,,10,\n"
                                                   "MUG-01,青花瓷马克杯,,35,杯具\n" // PRD-01
                                                   "A5,好的,,12.5,文具\n"
                                                   "A5,又一个,,12.5,文具\n"));
        auto preview = ProductImport(s.db(), s.clock()).preview(s.assistant, file, QStringLiteral("bad.csv"));
        QVERIFY(preview);
        QCOMPARE(preview->added.size(), 1); // A5, once
        QCOMPARE(preview->added.first().priceFen, 1250);
        QCOMPARE(preview->problems.size(), 7);
        const QList<int> lines{2, 3, 4, 5, 6, 7, 9};
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(preview->problems[i].line, lines[i]);
        QCOMPARE(preview->problems[0].value, QStringLiteral("6901234567893"));
        QCOMPARE(preview->problems[2].value, QStringLiteral("十元"));
        QVERIFY(preview->problems[5].reason.contains(QStringLiteral("PRD-01")));
        QVERIFY(preview->problems[6].reason.contains(QLatin1Char('8'))); // first on line 8
        auto refused = ProductImport(s.db(), s.clock())
                           .preview(s.assistant, csv(QStringLiteral("a,b\n1,2\n")), QStringLiteral("nothing.csv"));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("nothing.csv")));
        QVERIFY(!ProductImport(s.db(), s.clock()).preview(s.org.lone, file, QStringLiteral("bad.csv")));
    }

    void aCardChangedSinceThePreviewRefusesTheWholeImport()
    {
        ShopCompany s;
        const QByteArray file = csv(QStringLiteral("编码,标题,类目\nNEW-1,新品,文创\nMUG-01,青花马克杯,杯具\n"));
        ProductImport importer(s.db(), s.clock());
        auto preview = importer.preview(s.assistant, file, QStringLiteral("p.csv"));
        QVERIFY(preview);
        Product mug = s.product(s.mug);
        mug.specification = QStringLiteral("另一台电脑改的");
        QVERIFY(s.catalogue().save(s.assistant, mug));
        auto refused = importer.import(s.assistant, *preview);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QVERIFY(!s.catalogue().byCodeOrBarcode(s.pm, QStringLiteral("NEW-1"))); // nothing of it written
    }

    void theExportedListReadsBackUnchangedAsXlsxAndCsv()
    {
        ShopCompany s;
        Product p = s.product(s.mug);
        p.barcode = QStringLiteral("6901234567892");
        p.specification = QStringLiteral("350ml, 蓝色"); // a comma inside a field
        QVERIFY(s.catalogue().save(s.assistant, p));
        auto report = ShopReports(s.db(), s.clock()).build(s.pm, ShopReports::Kind::Products);
        QVERIFY(report);
        for (const QString format : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            const QString path = s.org.company.dir.filePath(QStringLiteral("products.") + format);
            QVERIFY(DataExport(s.db(), s.clock()).saveReport(s.pm, {report->title, {}, {}}, *report, format, path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto back = ProductImport(s.db(), s.clock()).preview(s.assistant, f.readAll(), QFileInfo(path).fileName());
            QVERIFY2(back, qPrintable(back.error()));
            QCOMPARE(back->unchanged, 2);
            QVERIFY(back->added.isEmpty() && back->changed.isEmpty() && back->problems.isEmpty());
        }
    }

    void prd04_theStockReportGivesValueAndDaysOfCover()
    {
        ShopCompany s;
        // 10 mugs at 19.50 cost; 6 sold in the last 30 days, 1 sent back: 5 a month.
        s.clock().set(testNow().addDays(-40));
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 2, QStringLiteral("旧订单")}));
        s.clock().set(testNow());
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 6, QStringLiteral("订单")}));
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Return, 1, QStringLiteral("退货")}));
        auto report = ShopReports(s.db(), s.clock()).build(s.pm, ShopReports::Kind::Stock);
        QVERIFY(report);
        const QStringList mug = report->tables.first().rows.first();
        QCOMPARE(mug[0], QStringLiteral("MUG-01"));
        QCOMPARE(mug[4], QStringLiteral("3")); // 10 - 2 - 6 + 1
        QCOMPARE(mug[6], QStringLiteral("58.50")); // 3 x 19.50
        QCOMPARE(mug[7], QStringLiteral("5"));
        QCOMPARE(mug[8], QStringLiteral("18")); // 3 at 5 a month
        QCOMPARE(report->tables.first().rows[1][8], QStringLiteral("-")); // the teapot: nothing sold
    }

    void theReportsOfAPeriodShowPricesListingsAndPromotions()
    {
        ShopCompany s;
        PriceChange c;
        c.productId = s.mug;
        c.proposedFen = 3500;
        c.competitors = {{QStringLiteral("京东自营"), 3600}};
        c.reason = QStringLiteral("竞品");
        auto id = s.prices().ask(s.pm, c);
        QVERIFY(id && s.leaderDecides(true) && s.prices().publish(s.editor, *id));
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 10, QStringLiteral("清仓")}));
        Promotion p;
        p.title = QStringLiteral("春季茶具节");
        p.startsOn = QDate(2026, 3, 10);
        p.endsOn = QDate(2026, 3, 20);
        p.productIds = {s.mug, s.teapot};
        QVERIFY(s.promotions().propose(s.planner, p));
        ShopReports reports(s.db(), s.clock());
        const QDate day = s.today();
        auto prices = reports.build(s.pm, ShopReports::Kind::Prices, day, day);
        QVERIFY(prices);
        QCOMPARE(prices->tables.first().rows.size(), 3); // two first prices and the change
        QCOMPARE(prices->tables.first().rows.last()[4], QStringLiteral("35.00"));
        QCOMPARE(prices->tables.first().rows.last()[5], QStringLiteral("-10.3%"));
        QCOMPARE(
            reports.build(s.pm, ShopReports::Kind::Prices, day.addDays(1), day.addDays(1))->tables.first().rows.size(),
            0);
        auto listings = reports.build(s.pm, ShopReports::Kind::Listings, day, day);
        QCOMPARE(listings->tables.first().rows.size(), 2); // the fixture's listing, the normal delisting
        QVERIFY(listings->endNotes.first().contains(QLatin1Char('1')));
        auto promotions = reports.build(s.pm, ShopReports::Kind::Promotions, QDate(2026, 3, 20), QDate(2026, 3, 31));
        QCOMPARE(promotions->tables.first().rows.size(), 1); // its last day is in the period
        QCOMPARE(promotions->tables.first().rows.first()[4], QStringLiteral("MUG-01, POT-01"));
        QCOMPARE(reports.build(s.pm, ShopReports::Kind::Promotions, QDate(2026, 3, 21), QDate(2026, 3, 31))
                     ->tables.first()
                     .rows.size(),
                 0);
        QVERIFY(!reports.build(s.pm, ShopReports::Kind::Prices, day, day.addDays(-1)));
    }
};

int runImportTest(int argc, char **argv)
{
    ImportTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ImportTest.moc"
