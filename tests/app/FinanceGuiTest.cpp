// The finance panel in the main window, on the demo company (issue 15).
#include "AllowanceBillImportDialog.h"
#include "AllowancesPage.h"
#include "AmountLine.h"
#include "BudgetSheetDialog.h"
#include "BudgetsPage.h"
#include "CashEntryDialog.h"
#include "CashJournalPage.h"
#include "ExpensesPage.h"
#include "FinanceDemo.h"
#include "FinancePanel.h"
#include "GroupsPage.h"
#include "GuiSupport.h"
#include "InvoiceScansDialog.h"
#include "MainWindow.h"
#include "MonthClosePage.h"
#include "MonthEnd.h"
#include "Startup.h"
#include "SuppliesDemo.h"
#include "TravellersDialog.h"
#include "VouchersPage.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"
#include "report/ReportPainter.h"
#include "ui/FilePreview.h"
#include "ui/MessageBox.h"
#include "users/data/UserRepository.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shopdesk;
using namespace shopdesk::test;

class FinanceGuiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 4), QTime(2, 0), Qt::UTC)};
    std::shared_ptr<Database> m_db;

    Actor signedIn(const QString &name) { return signedInAs(*m_db, name); }

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
        m_db->setWaitForDisk(false); // as `shopdeskctl demo` makes it
        QVERIFY(SuppliesDemo::create(*m_db, m_clock, options.months, options.seed));
        auto finance = FinanceDemo::create(*m_db, m_clock, options.seed);
        QVERIFY2(finance, finance ? "" : qPrintable(finance.error()));
        QVERIFY(finance->cashEntries > 400); // a year of working days
        m_db->setWaitForDisk(true);
    }

    void fin02_theCashierRecordsAnEntryAndTheDaySumsIt()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("cashier")), &m_clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<FinancePanel *>(window.openModule(QStringLiteral("finance")));
        QVERIFY(panel);
        CashJournalPage *cash = panel->cash();
        const int before = cash->table()->rowCount();
        QVERIFY(before > 0); // today's entries of the demo, the day still open
        QString refusal;
        whenDialogOpens<CashEntryDialog>([&](CashEntryDialog *d) {
            d->amount()->setText(QStringLiteral("十块")); // not money
            QVERIFY(!d->send());
            refusal = d->error();
            d->amount()->setText(QStringLiteral("36.50"));
            d->counterparty()->setText(QStringLiteral("楼下打印店"));
            d->purpose()->setText(QStringLiteral("合同复印"));
            snap(d, QStringLiteral("finance-cash-entry"));
            QVERIFY(d->send());
            d->accept();
        });
        cash->addEntry();
        QVERIFY2(refusal.contains(QStringLiteral("十块")), qPrintable(refusal));
        QCOMPARE(cash->table()->rowCount(), before + 1);
        bool shown = false;
        for (int r = 0; r < cash->table()->rowCount(); ++r)
            shown = shown
                || (cash->table()->item(r, 2)->text() == QStringLiteral("楼下打印店")
                    && cash->table()->item(r, 1)->text().contains(QStringLiteral("36.50")));
        QVERIFY(shown);
        QVERIFY(cash->summary()->text().contains(QStringLiteral("¥")));
        snap(&window, QStringLiteral("finance-cash"));
        // Yesterday was closed by the cashier and waits for the chief accountant's review.
        cash->day()->setDate(m_clock.nowUtc().toLocalTime().date().addDays(-1));
        QVERIFY2(cash->summary()->text().endsWith(CashJournalPage::tr("Waiting for the chief accountant's review.")),
                 qPrintable(cash->summary()->text()));
        // FIN-02: the buttons follow who may use them, rather than refuse after a click.
        auto enabled = [](CashJournalPage *page, const char *text) {
            for (QPushButton *b : page->findChildren<QPushButton *>())
                if (b->text() == CashJournalPage::tr(text))
                    return b->isEnabled() ? 1 : 0;
            return -1; // no such button
        };
        QCOMPARE(enabled(cash, "Re&view..."), 0); // the cashier closed it: not theirs to review
        {
            MainWindow chiefs(AppContext{m_db, signedIn(QStringLiteral("accountant")), &m_clock});
            auto *theirs = qobject_cast<FinancePanel *>(chiefs.openModule(QStringLiteral("finance")))->cash();
            QCOMPARE(enabled(theirs, "&New entry..."), 0); // the cash box is the cashier's
            theirs->day()->setDate(cash->day()->date());
            QCOMPARE(enabled(theirs, "Re&view..."), 1);
        }

        panel->tabs()->setCurrentWidget(panel->expenses());
        QVERIFY(panel->expenses()->requests()->rowCount() >= 4);
        QVERIFY(panel->expenses()->advances()->rowCount() >= 1); // the trip's advance
        snap(&window, QStringLiteral("finance-expenses"));
        // FIN-04: the reimbursed toner's invoice scan opens inside the program.
        QTableWidget *requests = panel->expenses()->requests();
        int reimbursed = -1;
        for (int r = 0; r < requests->rowCount() && reimbursed < 0; ++r)
            for (int c = 0; c < requests->columnCount(); ++c)
                if (requests->item(r, c) && requests->item(r, c)->text().contains(QStringLiteral("硒鼓")))
                    reimbursed = r;
        QVERIFY(reimbursed >= 0);
        requests->setCurrentCell(reimbursed, 0);
        QVERIFY(panel->expenses()->findChild<QPushButton *>(QStringLiteral("invoices"))->isEnabled());
        int pages = -1, invoices = -1;
        whenDialogOpens<InvoiceScansDialog>([&](InvoiceScansDialog *d) {
            invoices = d->invoices()->rowCount();
            pages = d->preview()->pages();
            snap(d, QStringLiteral("finance-invoice-scan"));
            d->reject();
        });
        panel->expenses()->showInvoices();
        QCOMPARE(invoices, 1);
        QCOMPARE(pages, 1); // the demo's PDF invoice, drawn by Qt PDF
        // FIN-11: finance sees today's departures; the individual short of full payment is flagged.
        panel->tabs()->setCurrentWidget(panel->groups());
        QVERIFY(panel->groups()->table()->rowCount() >= 5);
        panel->groups()->show()->setCurrentIndex(1);
        panel->groups()->refresh();
        QCOMPARE(panel->groups()->table()->rowCount(), 2);
        snap(&window, QStringLiteral("finance-groups"));
        panel->groups()->show()->setCurrentIndex(2);
        panel->groups()->refresh();
        QCOMPARE(panel->groups()->table()->rowCount(), 1); // the day trip back twelve days ago
        // FIN-05: the signed company outing's travellers from the customer's list, after a preview.
        panel->groups()->show()->setCurrentIndex(0);
        panel->groups()->refresh();
        int outing = -1;
        for (int r = 0; r < panel->groups()->table()->rowCount(); ++r)
            if (panel->groups()->table()->item(r, 0)->text().contains(QStringLiteral("年会")))
                outing = r;
        QVERIFY(outing >= 0);
        panel->groups()->table()->setCurrentCell(outing, 0);
        QFile names(m_dir.filePath(QStringLiteral("名单.csv")));
        QVERIFY(names.open(QIODevice::WriteOnly));
        names.write(QStringLiteral("姓名,手机\n陈晨,13600000001\n林琳,13600000002\n,1\n").toUtf8());
        names.close();
        int listed = -1, imported = -1;
        QString preview;
        whenDialogOpens<TravellersDialog>([&](TravellersDialog *d) {
            listed = d->travellers()->rowCount();
            MessageBox::setNextAnswer(QMessageBox::Yes);
            d->importList(names.fileName());
            preview = MessageBox::lastText();
            imported = d->travellers()->rowCount();
            snap(d, QStringLiteral("finance-travellers"));
            d->reject();
        });
        panel->groups()->editTravellers();
        QCOMPARE(imported, listed + 2);
        QVERIFY2(preview.contains(QStringLiteral("2")), qPrintable(preview));
        panel->tabs()->setCurrentWidget(panel->vouchers());
        snap(&window, QStringLiteral("finance-vouchers"));
        // SUP-04, FIN-02: a signed voucher paid from the cash box leaves the list and enters the journal.
        VouchersPage *vouchers = panel->vouchers();
        const int signedVouchers = vouchers->table()->rowCount();
        QVERIFY(signedVouchers > 0);
        vouchers->table()->setCurrentCell(0, 0);
        const QString number = vouchers->table()->item(0, 0)->text();
        MessageBox::setNextAnswer(QMessageBox::No);
        vouchers->payInCash();
        QCOMPARE(vouchers->table()->rowCount(), signedVouchers); // asked first; No pays nothing
        MessageBox::setNextAnswer(QMessageBox::Yes);
        vouchers->payInCash();
        QCOMPARE(vouchers->table()->rowCount(), signedVouchers - 1);
        cash->day()->setDate(m_clock.nowUtc().toLocalTime().date());
        cash->refresh();
        bool booked = false;
        for (int r = 0; r < cash->table()->rowCount(); ++r)
            for (int c = 0; c < cash->table()->columnCount(); ++c)
                booked = booked || (cash->table()->item(r, c) && cash->table()->item(r, c)->text().contains(number));
        QVERIFY2(booked, qPrintable(number));
    }

    void fin06_fin07_theBudgetSheetIsEditedLineByLineAndAShortGroupCannotBeRecordedAsLeft()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("cashier")), &m_clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<FinancePanel *>(window.openModule(QStringLiteral("finance")));
        QVERIFY(panel);
        GroupsPage *groups = panel->groups();
        panel->tabs()->setCurrentWidget(groups);
        auto rowOf = [&](const QString &name) {
            for (int r = 0; r < groups->table()->rowCount(); ++r)
                if (groups->table()->item(r, 0)->text().contains(name))
                    return r;
            return -1;
        };
        const int outing = rowOf(QStringLiteral("年会"));
        QVERIFY(outing >= 0);
        groups->table()->setCurrentCell(outing, 0);
        int before = -1, after = -1, afterRemoval = -1;
        QString total;
        whenDialogOpens<BudgetSheetDialog>([&](BudgetSheetDialog *d) {
            before = d->lines()->rowCount();
            InputDialog::setNextTexts({QStringLiteral("保险"), QStringLiteral("1,200.00")});
            d->add();
            after = d->lines()->rowCount();
            total = d->total()->text();
            snap(d, QStringLiteral("finance-budget-sheet"));
            d->lines()->setCurrentCell(after - 1, 0);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            d->removeSelected();
            afterRemoval = d->lines()->rowCount();
            d->reject();
        });
        groups->editBudgetSheet();
        QCOMPARE(before, 3); // coach, hotel, meals and tickets
        QCOMPARE(after, 4);
        QCOMPARE(afterRemoval, 3);
        // The demo's outing: 28,000.00, its sheet 60%; the insurance line is in the total shown.
        QVERIFY2(total.contains(Money::fromFen(2'800'000 * 6 / 10 + 120'000).toString()), qPrintable(total));
        // FIN-07: the individual short of full payment does not leave without the GM.
        groups->show()->setCurrentIndex(1);
        groups->refresh();
        const int shortOf = rowOf(QStringLiteral("张先生"));
        QVERIFY(shortOf >= 0);
        QVERIFY(groups->table()->item(shortOf, 12)->text().contains(QStringLiteral("threshold")));
        groups->table()->setCurrentCell(shortOf, 0);
        InputDialog::setNextText(QString()); // left today
        MessageBox::setNextAnswers({QMessageBox::Yes, QMessageBox::Ok}); // asked, then refused
        groups->recordDeparture();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("FIN-07")), qPrintable(MessageBox::lastText()));
        groups->refresh();
        const int left = rowOf(QStringLiteral("黄山"));
        QVERIFY(left >= 0);
        QVERIFY(groups->table()->item(left, 12)->text().contains(QStringLiteral("2026-11-04")));
    }

    void fin10_theAllowanceSheetsTotalIsTheSumOfItsRows()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("accountant")), &m_clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<FinancePanel *>(window.openModule(QStringLiteral("finance")));
        QVERIFY(panel);
        panel->tabs()->setCurrentWidget(panel->allowances());
        AllowancesPage *page = panel->allowances();
        page->month()->setDate(m_clock.nowUtc().toLocalTime().date().addMonths(-1)); // posted by the demo
        QTableWidget *sheet = page->sheet();
        QVERIFY(sheet->rowCount() > 5);
        qint64 sum = 0;
        for (int r = 0; r + 1 < sheet->rowCount(); ++r)
            sum += Money::parse(sheet->item(r, 6)->text())->fen();
        QCOMPARE(Money::parse(sheet->item(sheet->rowCount() - 1, 6)->text())->fen(), sum);
        QVERIFY(page->rules()->rowCount() >= 10);
        snap(&window, QStringLiteral("finance-allowances"));
        // FIN-10: this month's bills from a list: previewed with its bad row, then imported.
        page->month()->setDate(m_clock.nowUtc().toLocalTime().date());
        const QString first = sheet->item(0, 0)->text(), second = sheet->item(1, 0)->text();
        QFile list(m_dir.filePath(QStringLiteral("话费.csv")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QStringLiteral("工号,姓名,话费\n%1,,66.60\n%2,,200\nX999,,12\n").arg(first, second).toUtf8());
        list.close();
        FileDialog::setNextFileName(list.fileName());
        int bills = -1, problems = -1;
        whenDialogOpens<AllowanceBillImportDialog>([&](AllowanceBillImportDialog *d) {
            bills = d->bills()->rowCount();
            problems = d->problems()->rowCount();
            snap(d, QStringLiteral("finance-bill-import"));
            d->startImport();
        });
        page->importBills();
        QCOMPARE(bills, 2);
        QCOMPARE(problems, 1); // X999, nobody
        QCOMPARE(sheet->item(0, 0)->text(), first);
        QCOMPARE(Money::parse(sheet->item(0, 3)->text())->fen(), 6660);

        panel->tabs()->setCurrentWidget(panel->budgets());
        QVERIFY(panel->budgets()->table()->rowCount() >= 18); // six departments, three categories
        // FIN-01: the selected line's months against its twelfth, a set of twelve bars and a line.
        QCOMPARE(panel->budgets()->chart()->chart()->series().size(), 2);
        snap(&window, QStringLiteral("finance-budgets"));
    }

    void fin03_theMonthCloseShowsWhatBlocksItAndPrintsTheSummary()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("accountant")), &m_clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<FinancePanel *>(window.openModule(QStringLiteral("finance")));
        QVERIFY(panel);
        panel->tabs()->setCurrentWidget(panel->monthClose());
        MonthClosePage *page = panel->monthClose();
        QVERIFY(!page->checks()->text().isEmpty());
        QVERIFY(page->table()->rowCount() > 4);
        const Report &report = page->report();
        QCOMPARE(report.tables.size(), 4);
        snap(&window, QStringLiteral("finance-month-close"));
        // Last month: every cash day closed, no voucher from then waiting: the chief accountant
        // closes it, and the page says it is closed.
        QVERIFY2(page->checks()->text().startsWith(MonthClosePage::tr("Nothing blocks the close.")),
                 qPrintable(page->checks()->text()));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page->closeMonth();
        const QString month = page->month()->date().toString(QStringLiteral("yyyy-MM"));
        QVERIFY2(page->checks()->text().startsWith(
                     MonthClosePage::tr("%1 is closed: no money entry dated in it is accepted.").arg(month)),
                 qPrintable(page->checks()->text()));
        QVERIFY(page->report().subtitle == MonthEnd::tr("Closed"));
        // Only the general manager reopens: the chief accountant's button stays off.
        QVERIFY(!page->reopenButton()->isEnabled());
        MainWindow cashier(AppContext{m_db, signedIn(QStringLiteral("cashier")), &m_clock});
        auto *theirs = qobject_cast<FinancePanel *>(cashier.openModule(QStringLiteral("finance")));
        theirs->monthClose()->month()->setDate(page->month()->date().addMonths(-1));
        QVERIFY(!theirs->monthClose()->closeButton()->isEnabled()); // the cashier never closes
        MainWindow gm(AppContext{m_db, signedIn(QStringLiteral("admin")), &m_clock});
        auto *gmPanel = qobject_cast<FinancePanel *>(gm.openModule(QStringLiteral("finance")));
        gmPanel->monthClose()->month()->setDate(page->month()->date());
        QVERIFY(gmPanel->monthClose()->reopenButton()->isEnabled());
        const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(ReportPainter::writePdf(page->report(), QDir(dir).filePath(QStringLiteral("finance-month.pdf"))));
    }
};

int runFinanceGuiTest(int argc, char **argv)
{
    FinanceGuiTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "FinanceGuiTest.moc"
