// The supplies panel in the main window, on the demo company (issue 13).
#include "GuiSupport.h"
#include "MainWindow.h"
#include "MovementDialog.h"
#include "ReorderPage.h"
#include "Startup.h"
#include "StockPage.h"
#include "SuppliesDemo.h"
#include "SuppliesPanel.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "demo/DemoCompany.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shopdesk;
using namespace shopdesk::test;

class SuppliesGuiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(1, 0), Qt::UTC)};
    std::shared_ptr<Database> m_db;

    static int rowOf(QTableWidget *table, const QString &code)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == code)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        registerModules();
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        const DemoOptions options;
        QVERIFY(DemoCompany::create(path, options, m_clock));
        auto db = CompanyDatabase::open(path);
        QVERIFY(db);
        m_db = *db;
        QVERIFY(SuppliesDemo::create(*m_db, m_clock, options.months, options.seed));
    }

    void sup07_issueFromTheStockListByScanningTheCode()
    {
        Actor admin;
        admin.userId = 1;
        admin.userName = QStringLiteral("admin");
        admin.level = Level::DatabaseAdmin;
        MainWindow window(AppContext{m_db, admin, &m_clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<SuppliesPanel *>(window.openModule(QStringLiteral("supplies")));
        QVERIFY(panel);
        StockPage *stock = panel->stock();
        QVERIFY(stock->items()->rowCount() >= SuppliesDemo::kDefaultItems);
        stock->items()->selectRow(0);
        QVERIFY(stock->movements()->rowCount() > 0);
        snap(&window, QStringLiteral("supplies-stock"));

        // The filter narrows the list (after its short pause for typing).
        stock->filter()->setText(QStringLiteral("复印纸"));
        QTRY_COMPARE(stock->items()->rowCount(), 2);
        stock->filter()->clear();
        QTRY_VERIFY(stock->items()->rowCount() >= SuppliesDemo::kDefaultItems);

        // A scanner types the code and Enter; more than on hand is refused in the form.
        const QString code = stock->items()->item(0, 0)->text();
        const qint64 before = stock->items()->item(0, 5)->text().remove(QLatin1Char(',')).toLongLong();
        stock->items()->clearSelection();
        QString refusal;
        whenDialogOpens<MovementDialog>([&](MovementDialog *d) {
            QTest::keyClicks(d->code(), code);
            QTest::keyClick(d->code(), Qt::Key_Return); // finds the item; does not book
            QVERIFY(d->isVisible());
            d->quantity()->setValue(int(before + 1));
            d->department()->setCurrentIndex(1);
            d->reason()->setText(QStringLiteral("部门领用"));
            QVERIFY(!d->send());
            refusal = d->error();
            snap(d, QStringLiteral("supplies-issue"));
            d->quantity()->setValue(1);
            QVERIFY(d->send());
            d->accept();
        });
        stock->book(MovementKind::Issue);
        QVERIFY2(refusal.contains(QString::number(before)), qPrintable(refusal));
        const int row = rowOf(stock->items(), code);
        QVERIFY(row >= 0);
        QCOMPARE(stock->items()->item(row, 5)->text().remove(QLatin1Char(',')).toLongLong(), before - 1);

        panel->tabs()->setCurrentWidget(panel->reorder());
        snap(&window, QStringLiteral("supplies-reorder"));
    }
};

int runSuppliesGuiTest(int argc, char **argv)
{
    SuppliesGuiTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "SuppliesGuiTest.moc"
