// The shop's products in the main window, on the demo company (issue 16).
#include "GuiSupport.h"
#include "MainWindow.h"
#include "PriceChangeDialog.h"
#include "PriceChanges.h"
#include "ProductCatalogue.h"
#include "ProductDialog.h"
#include "ProductImportDialog.h"
#include "ProductsPage.h"
#include "PromotionDialog.h"
#include "PromotionsPage.h"
#include "RequestsPage.h"
#include "ShopDemo.h"
#include "ShopPanel.h"
#include "ShopReportsPage.h"
#include "Startup.h"
#include "StockDialog.h"
#include "approval/Approvals.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"
#include "ui/MessageBox.h"
#include "ui/ScanLine.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shopdesk;
using namespace shopdesk::test;

class ShopGuiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 4), QTime(2, 0), Qt::UTC)};
    std::shared_ptr<Database> m_db;

    Actor signedIn(const QString &name) { return signedInAs(*m_db, name); }
    ShopPanel *open(MainWindow &window)
    {
        window.resize(1280, 800);
        return qobject_cast<ShopPanel *>(window.openModule(QStringLiteral("shop")));
    }
    Product product(const QString &code)
    {
        return *ProductCatalogue(*m_db, m_clock).byCodeOrBarcode(signedIn(QStringLiteral("product")), code);
    }

private slots:
    void initTestCase()
    {
        registerModules();
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(DemoCompany::create(path, DemoOptions{}, m_clock));
        auto db = CompanyDatabase::open(path);
        QVERIFY(db);
        m_db = *db;
        auto made = ShopDemo::create(*m_db, m_clock, DemoOptions{}.seed);
        QVERIFY2(made, made ? "" : qPrintable(made.error()));
        QCOMPARE(made->products, ShopDemo::kDefaultProducts);
    }

    void prd04_theListFindsAChineseFragmentAndStockIsBooked()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("product")), &m_clock});
        ShopPanel *panel = open(window);
        QVERIFY(panel);
        ProductsPage *page = panel->products();
        QCOMPARE(page->model()->rowCount(), ShopDemo::kDefaultProducts);
        snap(&window, QStringLiteral("shop-products"));
        page->search()->setText(QStringLiteral("紫砂"));
        QVERIFY(page->model()->rowCount() > 0);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QVERIFY(page->model()->rowAt(r)->title.contains(QStringLiteral("紫砂")));
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        const Product teapot = *page->model()->rowAt(0);

        ProductDialog *card = page->openProduct();
        QVERIFY(card);
        QVERIFY(card->price()->isReadOnly()); // PRD-01: not changed on the card
        QVERIFY(card->history()->rowCount() >= 1);
        // A picture for the shop pages (WEB-04): a small one is kept and shown, a big one refused.
        QImage picture(320, 320, QImage::Format_RGB32);
        picture.fill(QColor(QStringLiteral("#2f6db5")));
        const QString small = m_dir.filePath(QStringLiteral("紫砂壶.png"));
        QVERIFY(picture.save(small));
        QVERIFY2(card->addPicture(small), qPrintable(card->error()));
        QCOMPARE(card->pictures()->count(), 1);
        QImage noise(1200, 1200, QImage::Format_RGB32);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(x, y, uint(x * 2654435761u ^ y * 40503u));
        const QString big = m_dir.filePath(QStringLiteral("原图.png"));
        QVERIFY(noise.save(big));
        QVERIFY(!card->addPicture(big));
        QVERIFY(card->error().contains(QStringLiteral("512,000")));
        QCOMPARE(card->pictures()->count(), 1);
        snap(card, QStringLiteral("shop-product-card"));
        card->reject();

        StockDialog *stock = page->bookStock();
        QVERIFY(stock);
        stock->quantity()->setValue(12);
        stock->reason()->setText(QStringLiteral("采购入库"));
        snap(stock, QStringLiteral("shop-stock"));
        QVERIFY2(stock->book(), qPrintable(stock->error()));
        stock->accept();
        QCOMPARE(product(teapot.code).onHand, teapot.onHand + 12);
        // A sale of more than there is: refused in the dialog, nothing booked.
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        StockDialog *oversell = page->bookStock();
        oversell->kind()->setCurrentIndex(oversell->kind()->findData(int(ProductMovementKind::Sale)));
        oversell->quantity()->setValue(int(teapot.onHand + 13));
        oversell->reason()->setText(QStringLiteral("订单"));
        QVERIFY(!oversell->book());
        QVERIFY(oversell->error().contains(teapot.code));
        oversell->reject();
        QCOMPARE(product(teapot.code).onHand, teapot.onHand + 12);
    }

    void prd01_aNewPriceIsAskedApprovedAndPublished()
    {
        const Product mug = product(QStringLiteral("SD00002"));
        {
            MainWindow window(AppContext{m_db, signedIn(QStringLiteral("product")), &m_clock});
            ProductsPage *page = open(window)->products();
            page->search()->setText(mug.code);
            page->view()->setCurrentIndex(page->model()->index(0, 0));
            PriceChangeDialog *dialog = page->askPrice();
            QVERIFY(dialog);
            dialog->newPrice()->setText(QStringLiteral("35.00"));
            dialog->competitors()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("京东自营")));
            dialog->competitors()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("36.00")));
            dialog->competitors()->setItem(1, 0, new QTableWidgetItem(QStringLiteral("拼多多")));
            dialog->competitors()->setItem(1, 1, new QTableWidgetItem(QStringLiteral("29.90")));
            dialog->reason()->setText(QStringLiteral("竞品降价"));
            QVERIFY(dialog->analysis()->text().contains(QStringLiteral("¥29.90")));
            snap(dialog, QStringLiteral("shop-price-change"));
            QVERIFY2(dialog->ask(), qPrintable(dialog->error()));
            dialog->accept();
        }
        Approvals approvals(*m_db, m_clock);
        const Actor ops = signedIn(QStringLiteral("ops"));
        auto waiting = approvals.waitingFor(ops);
        QVERIFY(waiting);
        int signed_ = 0;
        for (const ApprovalRequest &r : *waiting)
            if (r.type == PriceChanges::TypeId && r.title.contains(mug.code)) {
                QVERIFY(approvals.decide(ops, r.id, true, {}));
                ++signed_;
            }
        QCOMPARE(signed_, 1);
        QCOMPARE(product(mug.code).priceFen, mug.priceFen); // approved, not yet published

        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("editor")), &m_clock});
        ShopPanel *panel = open(window);
        panel->tabs()->setCurrentWidget(panel->requests());
        RequestsPage *requests = panel->requests();
        int row = -1;
        for (int r = 0; r < requests->prices()->rowCount(); ++r)
            if (requests->prices()->item(r, 1)->text() == mug.code
                && requests->prices()->item(r, 4)->text() == QStringLiteral("¥35.00"))
                row = r;
        QVERIFY(row >= 0);
        snap(&window, QStringLiteral("shop-requests"));
        requests->prices()->setCurrentCell(row, 0);
        requests->publishPrice();
        QVERIFY2(requests->lastError().isEmpty(), qPrintable(requests->lastError()));
        QCOMPARE(product(mug.code).priceFen, 3500);
    }

    void prd03_thePlannerProposesAndTheProductManagerSpecifies()
    {
        {
            MainWindow window(AppContext{m_db, signedIn(QStringLiteral("planner")), &m_clock});
            ShopPanel *panel = open(window);
            panel->tabs()->setCurrentWidget(panel->promotions());
            PromotionDialog *dialog = panel->promotions()->propose();
            dialog->title()->setText(QStringLiteral("年终茶具节"));
            dialog->startsOn()->setDate(QDate(2026, 12, 20));
            dialog->endsOn()->setDate(QDate(2026, 12, 31));
            dialog->products()->setText(QStringLiteral("SD00003, SD00004"));
            QVERIFY2(dialog->send(), qPrintable(dialog->error()));
            dialog->accept();
            // The same products on a day of it: refused at once (PRD-03).
            PromotionDialog *again = panel->promotions()->propose();
            again->title()->setText(QStringLiteral("跨年"));
            again->startsOn()->setDate(QDate(2026, 12, 31));
            again->endsOn()->setDate(QDate(2027, 1, 3));
            again->products()->setText(QStringLiteral("SD00004"));
            QVERIFY(!again->send());
            QVERIFY(again->error().contains(QStringLiteral("年终茶具节")));
            again->reject();
        }
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("product")), &m_clock});
        ShopPanel *panel = open(window);
        panel->tabs()->setCurrentWidget(panel->promotions());
        PromotionsPage *page = panel->promotions();
        page->to()->setDate(QDate(2027, 1, 31));
        int row = -1;
        for (int r = 0; r < page->table()->rowCount(); ++r)
            if (page->table()->item(r, 2)->text() == QStringLiteral("年终茶具节"))
                row = r;
        QVERIFY(row >= 0);
        page->table()->setCurrentCell(row, 0);
        PromotionDialog *spec = page->specify();
        QVERIFY(spec);
        spec->kind()->setCurrentIndex(0);
        spec->percentOff()->setValue(15);
        snap(spec, QStringLiteral("shop-promotion-specify"));
        QVERIFY2(spec->send(), qPrintable(spec->error()));
        spec->accept();
        for (int r = 0; r < page->table()->rowCount(); ++r)
            if (page->table()->item(r, 2)->text() == QStringLiteral("年终茶具节"))
                QCOMPARE(page->table()->item(r, 7)->text(), promotionStageTitle(PromotionStage::Specified));
        snap(&window, QStringLiteral("shop-promotions"));
    }

    void aListIsImportedWithItsBadRowsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("新品.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("编码,标题,规格,价格,类目\nNEW-001,景泰蓝书签,单枚,39,文创\nNEW-002,,单枚,39,文创\n")
                    .toUtf8());
        f.close();
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("product")), &m_clock});
        ProductsPage *page = open(window)->products();
        ProductImportDialog *dialog = page->importFile(path);
        QCOMPARE(dialog->problems()->rowCount(), 1);
        QVERIFY(dialog->importButton()->isEnabled());
        snap(dialog, QStringLiteral("shop-import"));
        QCOMPARE(dialog->import(), 1);
        dialog->accept();
        QCOMPARE(product(QStringLiteral("NEW-001")).status, ProductStatus::Draft);
    }

    void theReportsShowStockWithDaysOfCover()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("product")), &m_clock});
        ShopPanel *panel = open(window);
        panel->tabs()->setCurrentWidget(panel->reports());
        ShopReportsPage *page = panel->reports();
        QCOMPARE(page->table()->rowCount(), ShopDemo::kDefaultProducts + 1); // and the imported one
        snap(&window, QStringLiteral("shop-reports"));
        QCOMPARE(page->table()->horizontalHeaderItem(8)->text(), QStringLiteral("Days of cover"));
        page->kind()->setCurrentIndex(page->kind()->findData(int(ShopReports::Kind::Promotions)));
        page->refresh();
        QVERIFY(page->table()->rowCount() >= 2);
    }
};

int runShopGuiTest(int argc, char **argv)
{
    ShopGuiTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ShopGuiTest.moc"
