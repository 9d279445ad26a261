// The contract archive in the main window, on the demo company (issue 14).
#include "AuditsPage.h"
#include "ContractAudits.h"
#include "ContractDialog.h"
#include "ContractFiles.h"
#include "ContractFilesDialog.h"
#include "ContractListPage.h"
#include "ContractRegister.h"
#include "ContractsDemo.h"
#include "ContractsPanel.h"
#include "GuiSupport.h"
#include "LoansPage.h"
#include "MainWindow.h"
#include "ScanReading.h"
#include "Startup.h"
#include "approval/Approvals.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"
#include "report/ReportPainter.h"
#include "settings/CompanySettings.h"
#include "ui/FilePreview.h"
#include "ui/MessageBox.h"
#include "users/data/UserRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shopdesk;
using namespace shopdesk::test;

class ContractsGuiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 4), QTime(2, 0), Qt::UTC)};
    std::shared_ptr<Database> m_db;
    int m_demoContracts = 0;

    Actor signedIn(const QString &name) { return signedInAs(*m_db, name); }

private slots:
    void initTestCase()
    {
        registerModules();
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(DemoCompany::create(path, DemoOptions{}, m_clock));
        auto db = CompanyDatabase::open(path);
        QVERIFY(db);
        m_db = *db;
        auto made = ContractsDemo::create(*m_db, m_clock, DemoOptions{}.seed);
        QVERIFY2(made, made ? "" : qPrintable(made.error()));
        m_demoContracts = *made;
        QCOMPARE(m_demoContracts, 130); // ten a month for 13 months
        auto originals = ContractsDemo::addOriginals(*m_db, m_clock);
        QVERIFY2(originals, originals ? "" : qPrintable(originals.error()));
        QCOMPARE(*originals, 24);
    }

    void con04_con01_theCustodianSearchesAndRegistersAContract()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("clerk")), &m_clock});
        window.resize(1280, 800);
        auto *panels = qobject_cast<ContractsPanel *>(window.openModule(QStringLiteral("contracts")));
        QVERIFY(panels);
        ContractListPage *panel = panels->contracts();
        QCOMPARE(panel->table()->rowCount(), m_demoContracts);
        snap(&window, QStringLiteral("contracts-list"));
        // CON-04: two characters narrow the list to the contracts with them in a title or a party.
        panel->search()->setText(QStringLiteral("物流"));
        QVERIFY(panel->table()->rowCount() > 0);
        QVERIFY(panel->table()->rowCount() < m_demoContracts);
        for (int r = 0; r < panel->table()->rowCount(); ++r)
            QVERIFY(panel->table()->item(r, 2)->text().contains(QStringLiteral("物流"))
                    || panel->table()->item(r, 3)->text().contains(QStringLiteral("物流")));
        snap(&window, QStringLiteral("contracts-search"));
        panel->search()->clear();
        // CON-01: the end before the start is refused beside the form; then the number is given.
        QString refusal, number;
        whenDialogOpens<ContractDialog>([&](ContractDialog *d) {
            d->title()->setText(QStringLiteral("仓库租赁续签"));
            d->counterparties()->setPlainText(QStringLiteral("上海物流有限公司"));
            d->value()->setText(QStringLiteral("360,000.00"));
            d->starts()->setDate(QDate(2026, 12, 1));
            d->ends()->setDate(QDate(2026, 11, 30));
            QVERIFY(d->send().isEmpty());
            refusal = d->error();
            d->ends()->setDate(QDate(2027, 11, 30));
            snap(d, QStringLiteral("contracts-register"));
            number = d->send();
            d->accept();
        });
        MessageBox::setNextAnswer(QMessageBox::Ok); // the number given, to write on the paper
        panel->registerContract();
        QVERIFY2(refusal.contains(QStringLiteral("2026-11-30")), qPrintable(refusal));
        QVERIFY2(number.startsWith(QStringLiteral("2026-")), qPrintable(number));
        QCOMPARE(panel->table()->rowCount(), m_demoContracts + 1);
        panel->search()->setText(number);
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 2)->text(), QStringLiteral("仓库租赁续签"));
    }

    void con05_theOriginalIsBorrowedSignedHandedOutAndShownOut()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("clerk")), &m_clock});
        window.resize(1280, 800);
        auto *panels = qobject_cast<ContractsPanel *>(window.openModule(QStringLiteral("contracts")));
        QVERIFY(panels);
        ContractListPage *list = panels->contracts();
        list->search()->setText(QStringLiteral("2026-ZL-0001"));
        QCOMPARE(list->table()->rowCount(), 1);
        list->table()->setCurrentCell(0, 0);
        InputDialog::setNextTexts({loanKindTitle(LoanKind::Original), QStringLiteral("法院诉讼需提交原件"), QString()});
        MessageBox::setNextAnswer(QMessageBox::Ok);
        list->borrow();
        QVERIFY2(MessageBox::lastText().contains(loanKindTitle(LoanKind::Original)),
                 qPrintable(MessageBox::lastText()));
        // CON-05: the original is the general manager's to sign; then the custodian hands it out.
        Approvals approvals(*m_db, m_clock);
        const auto waiting = *approvals.waitingFor(signedIn(QStringLiteral("admin")));
        QCOMPARE(waiting.size(), 1);
        QVERIFY(approvals.decide(signedIn(QStringLiteral("admin")), waiting.first().id, true, {}));
        panels->tabs()->setCurrentWidget(panels->loans());
        LoansPage *loans = panels->loans();
        QCOMPARE(loans->table()->rowCount(), 1);
        loans->table()->setCurrentCell(-1, -1);
        QVERIFY(!loans->handOutButton()->isEnabled()); // no loan chosen: neither button
        QVERIFY(!loans->takeBackButton()->isEnabled());
        loans->table()->setCurrentCell(0, 0);
        QVERIFY(loans->handOutButton()->isEnabled()); // signed: it can go out, not come back
        QVERIFY(!loans->takeBackButton()->isEnabled());
        loans->handOut();
        QCOMPARE(loans->table()->item(0, 6)->text(), loanStateTitle(LoanState::Out));
        loans->table()->setCurrentCell(0, 0);
        QVERIFY(!loans->handOutButton()->isEnabled()); // out: it can only come back
        QVERIFY(loans->takeBackButton()->isEnabled());
        snap(&window, QStringLiteral("contracts-loans"));
        panels->tabs()->setCurrentWidget(list);
        QCOMPARE(list->table()->rowCount(), 1);
        QVERIFY2(list->table()->item(0, 9)->text().contains(QStringLiteral("clerk"))
                     || list->table()->item(0, 9)->text().contains(QStringLiteral("行政专员")),
                 qPrintable(list->table()->item(0, 9)->text()));
    }

    void con02_theCustodianScansTheArchiveAndCannotCloseWithALossUnexplained()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("clerk")), &m_clock});
        window.resize(1280, 800);
        auto *panels = qobject_cast<ContractsPanel *>(window.openModule(QStringLiteral("contracts")));
        QVERIFY(panels);
        panels->tabs()->setCurrentWidget(panels->audits());
        AuditsPage *page = panels->audits();
        QVERIFY(page->state()->text().contains(QStringLiteral("CON-02"))); // never checked: due
        page->start();
        const Actor clerk = signedIn(QStringLiteral("clerk"));
        ContractAudits audits(*m_db, m_clock);
        const auto open = *audits.openAudit(clerk, page->archive()->currentData().toLongLong());
        QVERIFY(open);
        const int contracts = page->table()->rowCount();
        QVERIFY(contracts > m_demoContracts); // every contract of the archive, the new ones too
        // Scanned labels: present. A loss: its investigation may follow, but the close waits.
        for (int r = 0; r < 5; ++r) {
            page->scan()->setText(page->table()->item(r, 0)->text());
            page->scanned();
        }
        QCOMPARE(audits.session(clerk, *open)->count(AuditMark::Present), 5);
        page->table()->sortItems(0);
        page->table()->setCurrentCell(6, 0);
        const QString lost = page->table()->item(6, 0)->text();
        InputDialog::setNextTexts({QStringLiteral("搬迁时遗失，正在调查"), AuditsPage::tr("(not yet known)")});
        page->markLoss(AuditMark::Missing);
        QCOMPARE(audits.session(clerk, *open)->count(AuditMark::Missing), 1);
        snap(&window, QStringLiteral("contracts-check"));
        MessageBox::setNextAnswers({QMessageBox::Yes, QMessageBox::Ok});
        page->closeCheck();
        QVERIFY2(MessageBox::lastText().contains(lost), qPrintable(MessageBox::lastText()));
        QVERIFY(page->scan()->isEnabled()); // still open
        QCOMPARE(page->check()->currentData().toLongLong(), *open); // the open check is the one shown
        // The checklist prints with the marks so far.
        auto report = audits.report(clerk, *open, CompanySettings(*m_db, m_clock).companyName());
        QVERIFY(report);
        QCOMPARE(report->tables.first().rows.size(), contracts);
        const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(ReportPainter::writePdf(*report, QDir(dir).filePath(QStringLiteral("contracts-checklist.pdf"))));
    }

    void con01_con04_aScanIsKeptShownReadAndFoundByAWordInside()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("clerk")), &m_clock});
        window.resize(1280, 800);
        auto *panels = qobject_cast<ContractsPanel *>(window.openModule(QStringLiteral("contracts")));
        QVERIFY(panels);
        ContractListPage *panel = panels->contracts();
        panel->table()->selectRow(0);
        const qint64 contract = panel->table()->item(0, 0)->data(Qt::UserRole).toLongLong();
        ContractFilesDialog *dialog = panel->openFiles();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 1); // the demo's typed original, its text read
        QCOMPARE(dialog->preview()->pages(), 1);

        // A scan as the office's scanner makes it: words no demo contract has in its fields.
        QImage scan(2480, 900, QImage::Format_RGB32);
        scan.fill(Qt::white);
        {
            QPainter painter(&scan);
            QFont font(QStringLiteral("Noto Sans CJK SC"));
            font.setPixelSize(80);
            painter.setFont(font);
            painter.drawText(200, 250, QStringLiteral("补充协议"));
            painter.drawText(200, 500, QStringLiteral("乙方：杭州云仓科技有限公司"));
        }
        const QString scanPath = m_dir.filePath(QStringLiteral("scan.png"));
        QVERIFY(scan.save(scanPath));
        QSignalSpy read(panel->reading(), &ScanReading::finished);
        FileDialog::setNextFileName(scanPath);
        InputDialog::setNextText(QStringLiteral("补充协议一"));
        MessageBox::setNextAnswer(QMessageBox::Ok); // a refusal would say why, not wait for a click
        dialog->addFile(false);
        QVERIFY2(dialog->table()->rowCount() == 2, qPrintable(MessageBox::lastText()));
        QCOMPARE(dialog->preview()->pages(), 1);
        QVERIFY(read.wait(120'000)); // Tesseract, on its own thread
        const QList<ContractAttachment> kept =
            *ContractFiles(*m_db, m_clock).files(signedIn(QStringLiteral("clerk")), contract);
        QCOMPARE(kept.size(), 2);
        for (int r = 0; r < kept.size(); ++r) {
            QCOMPARE(kept.at(r).text, AttachmentText::Read); // the scan recognised, the typed PDF as typed
            QVERIFY(dialog->table()->item(r, 6)->text().contains(QLatin1Char('1'))); // one page each, shown read
        }
        snap(dialog, QStringLiteral("contracts-files"));

        // Not a PDF or a picture: refused, naming the file; nothing added.
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a scan") > 0);
        text.close();
        FileDialog::setNextFileName(notes);
        InputDialog::setNextText(QStringLiteral("说明"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->addFile(false);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("notes.txt")));
        QCOMPARE(dialog->table()->rowCount(), 2);
        dialog->close();

        // CON-04: a word inside the scan finds the contract, with the document, page and line.
        panel->search()->setText(QStringLiteral("杭州云仓"));
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 0)->data(Qt::UserRole).toLongLong(), contract);
        QVERIFY(!panel->table()->isColumnHidden(13));
        const QString foundIn = panel->table()->item(0, 13)->text();
        QVERIFY2(foundIn.contains(QStringLiteral("补充协议一")) && foundIn.contains(QStringLiteral("杭州云仓")),
                 qPrintable(foundIn));
        snap(&window, QStringLiteral("contracts-search-inside"));
        panel->search()->setText(QStringLiteral("云"));
        QVERIFY(panel->table()->rowCount() >= 1);
        // The demo's typed originals: a clause no contract's fields hold, found in 24 of them.
        panel->search()->setText(QStringLiteral("违约金"));
        QCOMPARE(panel->table()->rowCount(), 24);
        panel->search()->clear();
        QVERIFY(panel->table()->isColumnHidden(13));
    }

    void con01_theCustodianOpensAContractAndRecordsItCompleted()
    {
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("clerk")), &m_clock});
        auto *panels = qobject_cast<ContractsPanel *>(window.openModule(QStringLiteral("contracts")));
        QVERIFY(panels);
        ContractListPage *panel = panels->contracts();
        panel->table()->selectRow(3);
        const qint64 id = panel->table()->item(3, 0)->data(Qt::UserRole).toLongLong();
        ContractDialog *dialog = panel->openContract();
        QVERIFY(dialog);
        QVERIFY(dialog->status()->isVisible());
        QCOMPARE(dialog->title()->text(), panel->table()->item(3, 2)->text());
        snap(dialog, QStringLiteral("contracts-open"));
        dialog->status()->setCurrentIndex(dialog->status()->findData(QStringLiteral("completed")));
        dialog->title()->setText(dialog->title()->text() + QStringLiteral("（续签）"));
        QVERIFY2(!dialog->send().isEmpty(), qPrintable(dialog->error()));
        const Contract stored = *ContractRegister(*m_db, m_clock).contract(signedIn(QStringLiteral("clerk")), id);
        QCOMPARE(stored.status, ContractStatus::Completed);
        QVERIFY(stored.title.endsWith(QStringLiteral("（续签）")));
        QCOMPARE(stored.number, panel->table()->item(3, 0)->text()); // the number stays
        dialog->close();
    }

    void con02_folderAndBoxLabelsAreSavedAsPdfWithTheirQrCodes()
    {
        // DB-04: labels leave the program as print or PDF: the export right (the administrator's).
        MainWindow window(AppContext{m_db, signedIn(QStringLiteral("admin")), &m_clock});
        auto *panels = qobject_cast<ContractsPanel *>(window.openModule(QStringLiteral("contracts")));
        QVERIFY(panels);
        ContractListPage *panel = panels->contracts();
        const QString shots = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
        const QDir out(shots.isEmpty() ? m_dir.path() : shots);
        // Nothing chosen: said so, nothing written.
        panel->table()->clearSelection();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(out.filePath(QStringLiteral("never.pdf")));
        panel->folderLabels(QStringLiteral("pdf"));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("never.pdf"))));
        FileDialog::setNextFileName({}); // the unused answer

        panel->table()->setSelectionMode(QAbstractItemView::MultiSelection);
        for (int r = 0; r < 5; ++r)
            panel->table()->selectRow(r);
        const QString folders = out.filePath(QStringLiteral("contracts-folder-labels.pdf"));
        QFile::remove(folders);
        FileDialog::setNextFileName(folders);
        MessageBox::setNextAnswer(QMessageBox::Ok); // a refusal says why, never waits
        panel->folderLabels(QStringLiteral("pdf"));
        QVERIFY2(QFileInfo(folders).size() > 1000, qPrintable(MessageBox::lastText()));
        const QString boxes = out.filePath(QStringLiteral("contracts-box-labels.pdf"));
        QFile::remove(boxes);
        FileDialog::setNextFileName(boxes);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        panel->boxLabels(QStringLiteral("pdf")); // the demo has one archive: not asked which
        QVERIFY2(QFileInfo(boxes).size() > 1000, qPrintable(MessageBox::lastText()));
    }

    void con03_theStatisticsOfTheYearPrintWithTotalsThatAreTheSumOfTheirRows()
    {
        auto report =
            ContractRegister(*m_db, m_clock)
                .statistics(signedIn(QStringLiteral("clerk")), 2026, CompanySettings(*m_db, m_clock).companyName());
        QVERIFY(report);
        QCOMPARE(report->tables.size(), 5);
        for (int t = 0; t < 4; ++t) {
            const ReportTable &table = report->tables.at(t);
            qint64 count = 0;
            for (int r = 0; r + 1 < table.rows.size(); ++r)
                count += table.rows.at(r).at(1).toLongLong();
            QCOMPARE(table.rows.last().at(1).toLongLong(), count);
        }
        QVERIFY(!report->tables.at(4).rows.isEmpty()); // the demo has contracts ending soon
        const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(ReportPainter::writePdf(*report, QDir(dir).filePath(QStringLiteral("contracts-statistics.pdf"))));
    }
};

int runContractsGuiTest(int argc, char **argv)
{
    ContractsGuiTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ContractsGuiTest.moc"
