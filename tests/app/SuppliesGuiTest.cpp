// The supplies panel in the main window, on the demo company (issue 13).
#include "DepartmentsPage.h"
#include "GuiSupport.h"
#include "InvoiceDialog.h"
#include "InvoicesPage.h"
#include "MainWindow.h"
#include "MovementDialog.h"
#include "OrderDialog.h"
#include "PurchaseDesk.h"
#include "PurchasingPage.h"
#include "ReceiptDialog.h"
#include "ReorderPage.h"
#include "ReportsPage.h"
#include "RequisitionDialog.h"
#include "Requisitions.h"
#include "ScanLine.h"
#include "Startup.h"
#include "StockLedger.h"
#include "StockPage.h"
#include "StocktakePage.h"
#include "SuppliersPage.h"
#include "SuppliesDemo.h"
#include "SuppliesPanel.h"
#include "SupplyCatalogue.h"
#include "SupplyImportDialog.h"
#include "approval/Approvals.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "demo/DemoCompany.h"
#include "ui/MessageBox.h"
#include "users/AuthService.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedBarSeries>
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

    // The demo's administrator, as signed in (the demo company's user 1).
    static Actor admin()
    {
        Actor a;
        a.userId = 1;
        a.userName = QStringLiteral("admin");
        a.level = Level::DatabaseAdmin;
        return a;
    }

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
        MainWindow window(AppContext{m_db, admin(), &m_clock});
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
            d->quantity()->setValue(1);
            d->reason()->setText(QStringLiteral("部门领用"));
            QTest::keyClicks(d->code(), code);
            QTest::keyClick(d->code(), Qt::Key_Return); // finds the item; never books, even with a reason typed
            QVERIFY(d->isVisible());
            QCOMPARE(d->result(), int(QDialog::Rejected));
            d->quantity()->setValue(int(before + 1));
            d->department()->setCurrentIndex(1);
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
        // Its explanation, two sentences in a row (joined by the translation: no space in Chinese).
        const QList<QLabel *> labels = panel->reorder()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().contains(QStringLiteral("reorder point. The quantity brings"));
        }));

        // SUP-06: the use by department, on screen as it prints.
        panel->tabs()->setCurrentWidget(panel->reports());
        panel->reports()->kind()->setCurrentIndex(1);
        panel->reports()->refresh();
        QVERIFY(panel->reports()->table()->rowCount() > 1);
        QCOMPARE(panel->reports()->table()->columnCount(), 14);
        // SUP-06: the months as a chart, one stacked set per department (the table less its total).
        QVERIFY(panel->reports()->chart()->isVisibleTo(panel->reports()));
        auto *series = qobject_cast<QStackedBarSeries *>(panel->reports()->chart()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), panel->reports()->table()->rowCount() - 1);
        snap(&window, QStringLiteral("supplies-reports"));
        panel->reports()->kind()->setCurrentIndex(2);
        panel->reports()->refresh();
        QVERIFY(!panel->reports()->chart()->isVisibleTo(panel->reports()));
    }

    void sup08_importAnItemListThroughItsPreview()
    {
        MainWindow window(AppContext{m_db, admin(), &m_clock});
        auto *panel = qobject_cast<SuppliesPanel *>(window.openModule(QStringLiteral("supplies")));
        QVERIFY(panel);
        StockPage *stock = panel->stock();
        const QString list = m_dir.filePath(QStringLiteral("items.csv"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("编码,名称,类别,单位,再订货点\nGUI-1,档案盒,文件用品,个,5\nGUI-2,无类别,,个,1\n").toUtf8());
        f.close();

        // The preview first: the new item and the bad row with its line; only Import writes.
        bool previewed = false;
        whenDialogOpens<SupplyImportDialog>([&](SupplyImportDialog *d) {
            previewed = true;
            QCOMPARE(d->added()->rowCount(), 1);
            QCOMPARE(d->problems()->rowCount(), 1);
            QCOMPARE(d->problems()->item(0, 0)->text(), QStringLiteral("3"));
            QVERIFY(d->importButton()->isEnabled());
            snap(d, QStringLiteral("supplies-import"));
            d->importButton()->click();
        });
        FileDialog::setNextFileName(list);
        stock->importItems();
        QVERIFY(previewed);
        QVERIFY(rowOf(stock->items(), QStringLiteral("GUI-1")) >= 0);
        QCOMPARE(rowOf(stock->items(), QStringLiteral("GUI-2")), -1);

        // A file that cannot be read is named.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("missing.csv")));
        panel->suppliers()->importSuppliers();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("missing.csv")), qPrintable(MessageBox::lastText()));
    }

    void sup08_shelfLabelsForTheSelectedItemsAsPdf()
    {
        MainWindow window(AppContext{m_db, admin(), &m_clock});
        auto *panel = qobject_cast<SuppliesPanel *>(window.openModule(QStringLiteral("supplies")));
        QVERIFY(panel);
        StockPage *stock = panel->stock();
        stock->items()->clearSelection();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(stock->saveLabels(), QString()); // nothing chosen: the page says what to do
        QVERIFY(!MessageBox::lastText().isEmpty()); // says to choose items, in the reader's language

        // Two items, 13 copies each: 26 labels, two A4 sheets of 24.
        QItemSelectionModel *selection = stock->items()->selectionModel();
        for (int row : {0, 1})
            selection->select(stock->items()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(stock->selectedItems().size(), 2);
        const QString pdf = m_dir.filePath(QStringLiteral("labels.pdf"));
        InputDialog::setNextText(QStringLiteral("13"));
        FileDialog::setNextFileName(pdf);
        QCOMPARE(stock->saveLabels(), pdf);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n"), 2);
    }

    void sup01_sup02_requestApproveOrderAndReceiveInThePanels()
    {
        auto clerk = AuthService(*m_db, m_clock).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        auto manager = AuthService(*m_db, m_clock).login(QStringLiteral("manager"), QStringLiteral("Manager2026"));
        QVERIFY(clerk && manager);
        MainWindow window(AppContext{m_db, clerk->actor, &m_clock});
        window.resize(1280, 800);
        // The black pens run out: a suggestion of their own.
        auto pens = SupplyCatalogue(*m_db, m_clock).items(clerk->actor, {QStringLiteral("中性笔 0.5mm 黑"), {}, false});
        QVERIFY(pens && pens->size() == 1);
        MovementRequest all{MovementKind::Issue, pens->first().onHand, std::nullopt, 1, QStringLiteral("全部领用"), {}};
        QVERIFY(StockLedger(*m_db, m_clock).book(clerk->actor, pens->first().id, all));
        auto *panel = qobject_cast<SuppliesPanel *>(window.openModule(QStringLiteral("supplies")));
        QVERIFY(panel);
        panel->tabs()->setCurrentWidget(panel->reorder());
        QVERIFY(panel->reorder()->table()->rowCount() > 0);
        panel->reorder()->table()->selectRow(0);
        InputDialog::setNextText(QStringLiteral("急需补货"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const qint64 request = panel->reorder()->requestSelected();
        QVERIFY(request);

        // The office's head approves it in the inbox; the clerk orders it, from the dearer quote.
        auto waiting = Approvals(*m_db, m_clock).waitingFor(manager->actor);
        QVERIFY(waiting);
        qint64 approval = 0;
        for (const ApprovalRequest &a : *waiting)
            if (a.type == PurchaseDesk::RequestTypeId && a.subjectId == QString::number(request))
                approval = a.id;
        QVERIFY(approval);
        QVERIFY(Approvals(*m_db, m_clock).decide(manager->actor, approval, true, {}));
        panel->tabs()->setCurrentWidget(panel->purchasing());
        PurchasingPage *purchasing = panel->purchasing();
        purchasing->requests()->setCurrentCell(0, 0);
        QString orderError;
        whenDialogOpens<OrderDialog>([&](OrderDialog *d) {
            d->setQuote(0, QStringLiteral("得力办公用品专营店"), QStringLiteral("9999.00"));
            d->setQuote(1, QStringLiteral("晨光文具批发部"), QStringLiteral("9000.00"));
            d->chosen()->setCurrentIndex(0);
            QVERIFY(!d->send()); // SUP-03: dearer, no reason
            orderError = d->error();
            d->reason()->setText(QStringLiteral("晨光缺货"));
            snap(d, QStringLiteral("supplies-order"));
            QVERIFY2(d->send(), qPrintable(d->error()));
            d->accept();
        });
        purchasing->orderSelected();
        QVERIFY2(orderError.contains(QLatin1String("SUP-03")), qPrintable(orderError));
        purchasing->orders()->setCurrentCell(0, 0);
        whenDialogOpens<ReceiptDialog>([&](ReceiptDialog *d) {
            QTest::keyClick(d->scan(), Qt::Key_Return); // nothing scanned: nothing counted
            QCOMPARE(d->arrived(0)->value(), 0);
            snap(d, QStringLiteral("supplies-receipt"));
            d->arrived(0)->setValue(1);
            QVERIFY2(d->send(), qPrintable(d->error()));
            d->accept();
        });
        purchasing->receiveSelected();
        purchasing->refresh();
        QVERIFY(purchasing->orders()->item(0, 4)->text().startsWith(QLatin1String("1 /")));
        snap(&window, QStringLiteral("supplies-purchasing"));

        // SUP-04: the invoice opens with what arrived and is not yet invoiced; more than that is
        // a difference, said before it is sent.
        purchasing->orders()->setCurrentCell(0, 0);
        whenDialogOpens<InvoiceDialog>([&](InvoiceDialog *d) {
            QCOMPARE(d->quantity(0)->value(), 1);
            const QString matching = d->matchText();
            d->quantity(0)->setValue(2);
            QVERIFY(d->matchText() != matching);
            d->quantity(0)->setValue(1);
            QCOMPARE(d->matchText(), matching);
            d->amount(0)->setText(QStringLiteral("1.234")); // three decimals: not money
            QVERIFY(!d->send());
            QVERIFY(!d->error().isEmpty());
            d->quantity(0)->setValue(0);
            d->quantity(0)->setValue(1); // proposes the order's price again
            d->number()->setText(QStringLiteral("FP-20261103"));
            snap(d, QStringLiteral("supplies-invoice"));
            QVERIFY2(d->send(), qPrintable(d->error()));
            d->accept();
        });
        purchasing->invoiceSelected();
        panel->tabs()->setCurrentWidget(panel->invoices());
        QVERIFY(rowOf(panel->invoices()->table(), QStringLiteral("FP-20261103")) >= 0);
        snap(&window, QStringLiteral("supplies-invoices"));
    }

    void sup05_sup06_aRequisitionScannedSignedByItsCustodianAndFilledInThePanel()
    {
        auto clerk = AuthService(*m_db, m_clock).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        auto manager = AuthService(*m_db, m_clock).login(QStringLiteral("manager"), QStringLiteral("Manager2026"));
        QVERIFY(clerk && manager);
        MainWindow window(AppContext{m_db, clerk->actor, &m_clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<SuppliesPanel *>(window.openModule(QStringLiteral("supplies")));
        QVERIFY(panel);
        DepartmentsPage *page = panel->departments();
        panel->tabs()->setCurrentWidget(page);
        QVERIFY(page->custodians()->rowCount() >= 2);
        QVERIFY(page->requisitions()->rowCount() >= 2); // the demo's: one filled, one waiting
        QVERIFY(page->localPurchases()->rowCount() >= 1);

        // The demo names the manager custodian of a department other than the office.
        const auto custodians = *Requisitions(*m_db, m_clock).custodians(clerk->actor);
        QString department;
        for (const Custodian &c : custodians)
            if (c.userId == manager->actor.userId)
                department = c.departmentName;
        QVERIFY(!department.isEmpty());
        const auto items = *SupplyCatalogue(*m_db, m_clock).items(clerk->actor, {});
        const SupplyItem &stocked =
            *std::find_if(items.cbegin(), items.cend(), [](const SupplyItem &i) { return i.onHand >= 2; });
        whenDialogOpens<RequisitionDialog>([&](RequisitionDialog *d) {
            d->department()->setCurrentIndex(d->department()->findText(department));
            for (int i = 0; i < 2; ++i) { // the scanner types the code and Enter, twice
                QTest::keyClicks(d->scan(), stocked.code);
                QTest::keyClick(d->scan(), Qt::Key_Return);
            }
            QTest::keyClicks(d->scan(), QStringLiteral("NO-SUCH-CODE"));
            QTest::keyClick(d->scan(), Qt::Key_Return);
            QVERIFY(!d->error().isEmpty());
            QCOMPARE(d->lineCount(), 1);
            QCOMPARE(d->quantity(0)->value(), 2);
            QVERIFY(!d->send()); // no reason yet
            d->reason()->setText(QStringLiteral("客服中心领用"));
            snap(d, QStringLiteral("supplies-requisition"));
            QVERIFY2(d->send(), qPrintable(d->error()));
            d->accept();
        });
        QVERIFY(page->newRequisition());
        int row = -1;
        QString newest;
        for (int r = 0; r < page->requisitions()->rowCount(); ++r)
            if (page->requisitions()->item(r, 0)->text() > newest) {
                newest = page->requisitions()->item(r, 0)->text();
                row = r;
            }
        page->requisitions()->setCurrentCell(row, 0);
        // The clerk is not its custodian: cannot sign it, and it cannot be filled unsigned.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page->signSelected());
        const qint64 id = newest.mid(3).toLongLong();
        QVERIFY(Requisitions(*m_db, m_clock).sign(manager->actor, id));
        const qint64 before = SupplyCatalogue(*m_db, m_clock).item(clerk->actor, stocked.id)->onHand;
        page->refresh();
        page->requisitions()->setCurrentCell(rowOf(page->requisitions(), newest), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(page->fillSelected(), 2);
        QCOMPARE(SupplyCatalogue(*m_db, m_clock).item(clerk->actor, stocked.id)->onHand, before - 2);

        // A local purchase queried, with the question shown.
        page->localPurchases()->setCurrentCell(0, 0);
        InputDialog::setNextText(QStringLiteral("请补交发票"));
        QVERIFY(page->reviewSelected(LocalPurchaseStatus::Queried));
        QCOMPARE(page->localPurchases()->item(0, 9)->text(), QStringLiteral("请补交发票"));
        snap(&window, QStringLiteral("supplies-departments"));
    }

    void sup07_countASheetInThePanelAndSendIt()
    {
        auto clerk = AuthService(*m_db, m_clock).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        QVERIFY(clerk);
        MainWindow window(AppContext{m_db, clerk->actor, &m_clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<SuppliesPanel *>(window.openModule(QStringLiteral("supplies")));
        QVERIFY(panel);
        StocktakePage *page = panel->stocktakes();
        panel->tabs()->setCurrentWidget(page);
        QVERIFY(page->start());
        QTableWidget *lines = page->lines();
        QVERIFY(lines->rowCount() >= SuppliesDemo::kDefaultItems);
        // Counts typed into the sheet as a clerk would; the first shelf is one short.
        for (int r = 0; r < lines->rowCount(); ++r) {
            const qint64 booked = lines->item(r, 5)->text().toLongLong();
            lines->item(r, 6)->setText(QString::number(r == 0 ? booked - 1 : booked));
        }
        QCOMPARE(lines->item(0, 7)->text(), QStringLiteral("-1"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page->submit()); // the difference has no reason yet
        QVERIFY2(MessageBox::lastText().contains(lines->item(0, 3)->text()), qPrintable(MessageBox::lastText()));
        lines->item(0, 8)->setText(QStringLiteral("破损一件"));
        snap(&window, QStringLiteral("supplies-stocktake"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(page->submit());
        QVERIFY(page->sheets()->currentText().contains(stocktakeStateTitle(StocktakeState::PendingApproval)));
        QVERIFY(!(lines->item(0, 6)->flags() & Qt::ItemIsEditable)); // sent: the counts are frozen
    }
};

int runSuppliesGuiTest(int argc, char **argv)
{
    SuppliesGuiTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "SuppliesGuiTest.moc"
