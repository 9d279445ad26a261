// The shop's product cards and stock ledger (PRD-04) on a real database file; the main() of the
// shop's service tests.
#include "ProductImages.h"
#include "ProductLabels.h"
#include "ShopFixture.h"

#include <QGuiApplication>

using namespace shopdesk;
using namespace shopdesk::test;

int runPricesTest(int argc, char **argv);
int runListingsTest(int argc, char **argv);
int runPromotionsTest(int argc, char **argv);
int runImportTest(int argc, char **argv);
int runShopCliTest(int argc, char **argv);
int runOrdersTest(int argc, char **argv);
int runOrderImportTest(int argc, char **argv);
int runWebShopTest(int argc, char **argv);

namespace {
// Another PC selling one unit at a time: prints one line per sale that went through.
int sellAsAnotherPc(const QString &file, qint64 productId, qint64 userId, int attempts)
{
    ShopArea::define();
    auto db = Database::open(file);
    if (!db)
        return 2;
    FixedClock clock(testNow());
    Actor seller;
    seller.userId = userId;
    seller.userName = QStringLiteral("assistant");
    seller.level = Level::Clerk;
    seller.scopes = {QStringLiteral("shop")};
    QTextStream out(stdout);
    for (int i = 0; i < attempts; ++i)
        if (ProductStock(**db, clock)
                .book(seller, productId, {ProductMovementKind::Sale, 1, QStringLiteral("并发订单")}))
            out << "sold\n" << Qt::flush;
    return 0;
}
} // namespace

class ProductsTest : public QObject
{
    Q_OBJECT

    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            qFatal("scalar: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private slots:
    void aCardIsSavedWithItsCodeAndBarcodeUnique()
    {
        ShopCompany s;
        Product p;
        p.code = QStringLiteral(" CUP-01 ");
        p.title = QStringLiteral("玻璃公道杯");
        p.category = QStringLiteral("茶具");
        p.barcode = QStringLiteral("6901234567892");
        p.priceFen = 2900;
        auto id = s.catalogue().save(s.assistant, p);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(s.product(*id).code, QStringLiteral("CUP-01")); // trimmed
        QCOMPARE(s.product(*id).status, ProductStatus::Draft);
        p.code = QStringLiteral("MUG-01");
        p.barcode.clear();
        auto sameCode = s.catalogue().save(s.assistant, p);
        QVERIFY(!sameCode);
        QVERIFY(sameCode.error().contains(QStringLiteral("青花瓷马克杯")));
        p.code = QStringLiteral("CUP-02");
        p.barcode = QStringLiteral("6901234567892");
        auto sameBarcode = s.catalogue().save(s.assistant, p);
        QVERIFY(!sameBarcode);
        QVERIFY(sameBarcode.error().contains(QStringLiteral("CUP-01")));
        p.barcode = QStringLiteral("6901234567893"); // mistyped check digit
        QVERIFY(!s.catalogue().save(s.assistant, p));
        QVERIFY(!s.catalogue().save(s.org.lone, p)); // a reader
        QCOMPARE(s.catalogue().byCodeOrBarcode(s.pm, QStringLiteral("6901234567892"))->code, QStringLiteral("CUP-01"));
        QCOMPARE(s.catalogue().byCodeOrBarcode(s.pm, QStringLiteral("POT-01"))->title, QStringLiteral("紫砂茶壶"));
        QVERIFY(!s.catalogue().byCodeOrBarcode(s.pm, QStringLiteral("NOPE")));
    }

    void aSkuCodeIsNeverChanged()
    {
        ShopCompany s;
        Product mug = s.product(s.mug);
        mug.code = QStringLiteral("MUG-99");
        QVERIFY(!s.catalogue().save(s.assistant, mug));
        QCOMPARE(s.product(s.mug).code, QStringLiteral("MUG-01"));
    }

    void theKeysetPagesEqualPricesInBothDirectionsWithoutLosingOrRepeatingOne()
    {
        ShopCompany s;
        for (int i = 1; i <= 9; ++i) // nine at one price: only the SKU code orders them
            s.add(QStringLiteral("EQ-%1").arg(i), QStringLiteral("同价商品%1").arg(i), 1000);
        for (bool descending : {false, true})
            for (ProductOrder order : {ProductOrder::ByPrice, ProductOrder::ByCategory, ProductOrder::ByStatus}) {
                QStringList seen;
                PageCursor next;
                for (bool more = true; more;) {
                    auto page = *s.catalogue().page(s.pm, {}, order, descending, next, 2);
                    for (const Product &p : page.rows)
                        seen << p.code;
                    next = page.next;
                    more = page.more;
                }
                QCOMPARE(seen.size(), 11);
                QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 11);
                if (order == ProductOrder::ByPrice) {
                    const QStringList equal = descending ? seen.mid(2, 9) : seen.mid(0, 9);
                    QStringList sorted = equal;
                    std::sort(sorted.begin(), sorted.end());
                    if (descending)
                        std::reverse(sorted.begin(), sorted.end());
                    QCOMPARE(equal, sorted);
                }
            }
    }

    void aChangeFromAnotherPcMeanwhileIsAConflict()
    {
        ShopCompany s;
        Product mine = s.product(s.mug);
        Product theirs = s.product(s.mug);
        theirs.title = QStringLiteral("青花马克杯");
        QVERIFY(s.catalogue().save(s.assistant, theirs));
        mine.specification = QStringLiteral("350ml");
        auto refused = s.catalogue().save(s.assistant, mine);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QCOMPARE(s.product(s.mug).title, QStringLiteral("青花马克杯"));
    }

    void theListFindsOneOrTwoChineseCharactersAndPagesByKeyset()
    {
        ShopCompany s;
        for (int i = 1; i <= 25; ++i)
            s.add(QStringLiteral("CUP-%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("玻璃杯%1号").arg(i),
                  1000 + i);
        auto find = [&](const QString &text) {
            ProductQuery q;
            q.text = text;
            return s.catalogue().all(s.pm, q)->size();
        };
        QCOMPARE(find(QStringLiteral("壶")), 1); // one character
        QCOMPARE(find(QStringLiteral("紫砂")), 1); // two
        QCOMPARE(find(QStringLiteral("杯")), 26); // 25 glasses and the mug
        QCOMPARE(find(QStringLiteral("mug")), 1); // code, any case
        QCOMPARE(find(QStringLiteral("%")), 0); // meant literally
        ProductQuery all;
        auto first = s.catalogue().page(s.pm, all, ProductOrder::ByPrice, true, {}, 10);
        QVERIFY(first);
        QCOMPARE(first->rows.size(), 10);
        QVERIFY(first->more);
        QCOMPARE(first->rows.first().code, QStringLiteral("POT-01")); // dearest first
        QStringList seen;
        PageCursor next;
        for (bool more = true; more;) {
            auto page = *s.catalogue().page(s.pm, all, ProductOrder::ByPrice, true, next, 10);
            for (const Product &p : page.rows)
                seen << p.code;
            next = page.next;
            more = page.more;
        }
        QCOMPARE(seen.size(), 27);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 27);
        ProductQuery listed;
        listed.status = ProductStatus::Listed;
        QCOMPARE(s.catalogue().all(s.pm, listed)->size(), 1);
    }

    void productLabelsCarryTheBarcodeOrElseTheSkuCode()
    {
        ShopCompany s;
        Product mug = s.product(s.mug);
        mug.barcode = QStringLiteral("6901234567892");
        QVERIFY(s.catalogue().save(s.assistant, mug));
        ProductLabels printer(s.db(), s.clock());
        auto sheet = printer.labels(s.pm, {QStringLiteral("MUG-01"), QStringLiteral("POT-01")}, 2);
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet->size(), 4); // each twice, in the order asked
        const QList<PrintedLabel> printed = ProductLabels::printed(*sheet);
        QCOMPARE(printed[0].code, QStringLiteral("6901234567892"));
        QCOMPARE(printed[2].code, QStringLiteral("POT-01")); // no barcode: its SKU code
        QVERIFY(printed[0].details.join(u' ').contains(QStringLiteral("¥39.00")));
        QVERIFY(!printer.labels(s.pm, {QStringLiteral("NOPE")}, 1));
        QVERIFY(!printer.labels(s.pm, {QStringLiteral("MUG-01")}, 0));
        QCOMPARE(printer.labels(s.pm, {}, 1)->size(), 1); // every product on sale: the mug
        const QString pdf = s.org.company.dir.filePath(QStringLiteral("labels.pdf"));
        QVERIFY(printer.writePdf(s.pm, *sheet, pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QVERIFY(!printer.writePdf(s.assistant, *sheet, pdf)); // no export right (DB-04)
    }

    void web04_aPictureOverItsLimitIsRefusedAndAGoodOneKept()
    {
        ShopCompany s;
        ProductImages images(s.db(), s.clock());
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, 'x');
        auto big = images.add(s.assistant, s.mug, QStringLiteral("大图.png"), png + QByteArray(512000, 'x'));
        QVERIFY(!big);
        QVERIFY2(big.error().contains(QStringLiteral("大图.png")) && big.error().contains(QStringLiteral("513,008")),
                 qPrintable(big.error()));
        QVERIFY(!images.add(s.assistant, s.mug, QStringLiteral("说明.pdf"), QByteArray("%PDF-1.7 ....")));
        QVERIFY(!images.add(s.org.lone, s.mug, QStringLiteral("主图.png"), png)); // a reader
        auto id = images.add(s.assistant, s.mug, QStringLiteral("主图.png"), png);
        QVERIFY2(id, qPrintable(id.error()));
        const auto list = *images.images(s.pm, s.mug);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().sizeBytes, png.size());
        QCOMPARE(*images.bytes(s.pm, *id), png);
        // Not past the program either: the database keeps the limit (WEB-04).
        QSqlQuery q = s.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE product_images SET size_bytes = 600000")));
        QVERIFY(images.remove(s.assistant, *id));
        QVERIFY(images.images(s.pm, s.mug)->isEmpty());
    }

    void prd04_stockIsTheLedgersSumAndTheLowStockListFollowsIt()
    {
        ShopCompany s;
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 6, QStringLiteral("订单")}));
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Return, 1, QStringLiteral("退货")}));
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Adjustment, -2, QStringLiteral("破损")}));
        QCOMPARE(s.product(s.mug).onHand, 3);
        QCOMPARE(
            s.product(s.mug).onHand,
            scalar(s.db(),
                   QStringLiteral("SELECT sum(quantity) FROM product_movements WHERE product_id = %1").arg(s.mug)));
        ProductQuery low;
        low.onlyLowStock = true;
        const auto lows = *s.catalogue().all(s.pm, low);
        QCOMPARE(lows.size(), 2); // the mug at its mark of 3, the teapot at 0
        QVERIFY(s.product(s.mug).lowOnStock());
        const auto rows = *s.stock().movements(s.pm, s.mug);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().quantity, -2); // newest first
        QCOMPARE(rows.first().byUserName, QStringLiteral("assistant"));
    }

    void prd04_theLedgerIsNeverEditedAndStockNeverNegative()
    {
        ShopCompany s;
        auto refused = s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 11, QStringLiteral("订单")});
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("MUG-01")));
        QVERIFY(!s.stock().book(s.org.lone, s.mug, {ProductMovementKind::Sale, 1, QStringLiteral("订单")}));
        QSqlQuery q = s.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE product_movements SET quantity = 500")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM product_movements")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE products SET on_hand = -1")));
    }

    void prd04_whatTheClerkSawIsCheckedAgainstAnotherPcsBooking()
    {
        ShopCompany s;
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 2, QStringLiteral("订单")}));
        auto stale = s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 1, QStringLiteral("订单")}, 10);
        QVERIFY(!stale);
        QVERIFY(stale.isConflict());
        QVERIFY(stale.error().contains(QLatin1Char('8')));
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 1, QStringLiteral("订单")}, 8));
    }

    void prd04_threePcsSellingTheLastUnitsNeverSellMoreThanThereIs()
    {
        ShopCompany s;
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Receipt, 10, QStringLiteral("补货")}));
        const QString file = s.db().path();
        QList<QProcess *> pcs;
        for (int i = 0; i < 3; ++i) {
            auto *p = new QProcess(this);
            p->start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--sell-as-another-pc"), file, QString::number(s.mug),
                      QString::number(s.assistant.userId), QStringLiteral("10")});
            pcs << p;
        }
        int sold = 0;
        for (QProcess *p : pcs) {
            QVERIFY(p->waitForFinished(120'000));
            QCOMPARE(p->exitCode(), 0);
            sold += QString::fromUtf8(p->readAllStandardOutput()).count(QStringLiteral("sold"));
        }
        QCOMPARE(sold, 20); // 30 tries, 20 in stock
        const Product mug = s.product(s.mug);
        QCOMPARE(mug.onHand, 0);
        QCOMPARE(scalar(s.db(),
                        QStringLiteral("SELECT sum(quantity) FROM product_movements WHERE product_id = %1").arg(s.mug)),
                 0);
        QCOMPARE(mug.status, ProductStatus::Delisted);
        QCOMPARE(scalar(s.db(), QStringLiteral("SELECT count(*) FROM listing_changes WHERE automatic = 1")), 1);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // PDF reports are drawn with fonts
    const QStringList args = app.arguments();
    if (args.value(1) == QStringLiteral("--sell-as-another-pc"))
        return sellAsAnotherPc(args.value(2), args.value(3).toLongLong(), args.value(4).toLongLong(),
                               args.value(5).toInt());
    QStandardPaths::setTestModeEnabled(true);
    ProductsTest t;
    return QTest::qExec(&t, argc, argv) + runPricesTest(argc, argv) + runListingsTest(argc, argv)
        + runPromotionsTest(argc, argv) + runImportTest(argc, argv) + runShopCliTest(argc, argv)
        + runOrdersTest(argc, argv) + runOrderImportTest(argc, argv) + runWebShopTest(argc, argv);
}

#include "ProductsTest.moc"
