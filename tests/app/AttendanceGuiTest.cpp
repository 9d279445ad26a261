// The attendance panel offscreen (issue 4): import with its preview, the month grid and its
// drill-down, the roster, the calendar, the policy and its simulator, a PDF saved.
#include "AdminPanel.h"
#include "AttendanceDemo.h"
#include "AttendancePanel.h"
#include "AttendancePolicyService.h"
#include "AwayCalendarModel.h"
#include "CalendarPage.h"
#include "ConnectionsPage.h"
#include "DayDetailDialog.h"
#include "DecisionDialog.h"
#include "DepartmentsDialog.h"
#include "DisciplinePage.h"
#include "FirstRunDialog.h"
#include "GuiSupport.h"
#include "HomePanel.h"
#include "ImportPage.h"
#include "InboxPanel.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MonthGridModel.h"
#include "MonthPage.h"
#include "Offboarding.h"
#include "OffboardingDialog.h"
#include "PeoplePanel.h"
#include "PolicyPage.h"
#include "PunchImportDialog.h"
#include "RequestTableModel.h"
#include "RequestsPanel.h"
#include "RosterPage.h"
#include "Startup.h"
#include "TimeRequestDialog.h"
#include "TimeRequests.h"
#include "approval/Approvals.h"
#include "database/CompanyDatabase.h"
#include "demo/DemoCompany.h"
#include "domain/AttendanceDay.h"
#include "hr/HrFixture.h"
#include "ui/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace shopdesk;
using namespace shopdesk::test;

class AttendanceGuiTest : public QObject
{
    Q_OBJECT

private slots:
    // Its own set-up, so that a single test function can be run alone (-functions).
    void initTestCase() { registerModules(); }

    void att11_importThenSeeTheMonthAndSaveItAsPdf()
    {
        HrCompany c;
        c.company.clock.set(QDateTime(QDate(2026, 11, 3), QTime(1, 0), Qt::UTC));
        MainWindow window(AppContext{c.company.db, c.admin(), &c.company.clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<AttendancePanel *>(window.openModule(QStringLiteral("attendance")));
        QVERIFY(panel);
        QCOMPARE(panel->tabs()->count(), 6); // an administrator sees the calendar and the policy too

        // Import: the preview first, nothing written until "Import".
        panel->tabs()->setCurrentWidget(panel->imports());
        panel->imports()->importFile(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/1_attlog.dat"));
        auto *dialog = panel->imports()->findChild<PunchImportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        QVERIFY(dialog->summary().contains(QStringLiteral("168")));
        QCOMPARE(sqlite3(c.company.path(), QStringLiteral("SELECT count(*) FROM punches")), QStringLiteral("0"));
        snap(dialog, QStringLiteral("attendance-import-preview"));
        const int expected = dialog->preview()->newPunches;
        dialog->startImport();
        QTRY_COMPARE(sqlite3(c.company.path(), QStringLiteral("SELECT count(*) FROM punches")).toInt(), expected);

        // The month: October 2026, everyone from the sample.
        MonthPage *month = panel->month();
        panel->tabs()->setCurrentWidget(month);
        month->setMonth(QDate(2026, 10, 1));
        QTRY_COMPARE(month->model()->sheet().month, QDate(2026, 10, 1));
        QTRY_COMPARE(month->model()->rowCount(), 8);
        QAbstractItemModelTester tester(month->model());
        const int oct12 = MonthGridModel::FirstDay + 11;
        QCOMPARE(month->model()->headerData(oct12, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("12"));
        QVERIFY(!month->model()->index(0, oct12).data().toString().isEmpty());
        snap(&window, QStringLiteral("attendance-month-sample"));

        // The drill-down names the punches and the rule behind the cell.
        const EmployeeMonth *first = month->model()->employeeAt(0);
        const QString detail = DayDetailDialog::describe(*first, 11);
        QVERIFY(detail.contains(QStringLiteral("2026-10-12")));
        QVERIFY(detail.contains(first->employee.name));
        DayDetailDialog drill(AppContext{c.company.db, c.admin(), &c.company.clock}, *first, 11);
        drill.resize(640, 340);
        snap(&drill, QStringLiteral("attendance-day-detail"));
        // A part of a day without its punch says so ("no punch in"), not "in none".
        bool missing = false;
        for (int r = 0; r < month->model()->rowCount() && !missing; ++r) {
            const EmployeeMonth *someone = month->model()->employeeAt(r);
            for (int d = 0; d < someone->outcome.days.size() && !missing; ++d)
                for (const SegmentOutcome &part : someone->outcome.days.at(d).segments)
                    if (!part.checkIn && !missing) {
                        missing = true;
                        const QString day = DayDetailDialog::describe(*someone, d);
                        QVERIFY2(day.contains(QStringLiteral("no punch in"))
                                     && !day.contains(QStringLiteral("in none")),
                                 qPrintable(day));
                    }
        }
        QVERIFY(missing); // the sample's month has someone who did not punch in

        // Sorting by the fines column keeps every row (the model is well-behaved).
        month->view()->sortByColumn(month->model()->columnCount() - 1, Qt::DescendingOrder);
        QCOMPARE(month->view()->model()->rowCount(), 8);

        // PDF through the export action, the file named in advance (DB-04: admin may export).
        const QString pdf = c.company.dir.filePath(QStringLiteral("october.pdf"));
        FileDialog::setNextFileName(pdf);
        auto *exportPdf = month->findChild<QAction *>(QStringLiteral("export_pdf"));
        QVERIFY(exportPdf && exportPdf->isEnabled());
        exportPdf->trigger();
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        // Issue 11 (4), DB-04: the export left its record, and so does a print.
        QCOMPARE(sqlite3(c.company.path(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'data.export' "
                                        "AND after_json LIKE '%october.pdf%' AND after_json LIKE '%\"rows\":8%'")),
                 QStringLiteral("1"));
        // As the preview's Print button does once printed; retried until the dialog is up (a busy
        // machine may run the first try before it is shown).
        whenDialogOpens<QPrintPreviewDialog>([](QPrintPreviewDialog *preview) { preview->accept(); });
        month->findChild<QAction *>(QStringLiteral("print"))->trigger();
        QCOMPARE(sqlite3(c.company.path(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'data.print' "
                                        "AND after_json LIKE '%2026-10%'")),
                 QStringLiteral("1"));
    }

    void firstDay_fromANewDatabaseToAPrintedReportAndABackup()
    {
        // Issue 19, the first day: what a new company does through the windows alone, in order:
        // create the database, sign in, set up the departments, import the staff list and a
        // month of punches, save the monthly report, back up.
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(1, 0), Qt::UTC));
        FirstRunDialog first(clock, QString());
        first.createChoice()->setChecked(true);
        first.newPathField()->setText(QDir::toNativeSeparators(dir.filePath(QStringLiteral("公司数据库.db"))));
        first.companyField()->setText(QStringLiteral("示例电商有限公司"));
        first.passwordField()->setText(QStringLiteral("Admin2026"));
        first.confirmField()->setText(QStringLiteral("Admin2026"));
        first.submit();
        QVERIFY2(first.database(), qPrintable(first.errorText()));
        std::shared_ptr<Database> db = first.database();

        LoginDialog login(db, clock);
        login.userField()->setText(QStringLiteral("admin"));
        login.passwordField()->setText(QStringLiteral("Admin2026"));
        login.signIn();
        QCOMPARE(login.result(), int(QDialog::Accepted)); // no password change first: it was just chosen
        MainWindow window(AppContext{db, login.outcome().actor, &clock});
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The departments first: the staff list names them.
        auto *people = qobject_cast<PeoplePanel *>(window.openModule(QStringLiteral("people")));
        QVERIFY(people);
        snap(&window, QStringLiteral("first-day-people"));
        {
            DepartmentsDialog departments(AppContext{db, login.outcome().actor, &clock}, people);
            QCOMPARE(departments.table()->rowCount(), 0);
            QVERIFY(departments.addDepartment(QStringLiteral("行政部")));
            QVERIFY(departments.addDepartment(QStringLiteral("电商运营部")));
            QCOMPARE(departments.table()->rowCount(), 2);
            snap(&departments, QStringLiteral("first-day-departments"));
        }
        const QString staff = dir.filePath(QStringLiteral("员工名单.csv"));
        {
            QFile file(staff);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QString csv = QStringLiteral("工号,姓名,部门,考勤号码,入职日期\r\n");
            const QStringList names = {QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜"),
                                       QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("杨磊"),
                                       QStringLiteral("赵敏"), QStringLiteral("黄强")};
            for (int i = 0; i < names.size(); ++i)
                csv += QStringLiteral("E%1,%2,%3,%4,2024-03-01\r\n")
                           .arg(i + 1)
                           .arg(names[i], i < 4 ? QStringLiteral("行政部") : QStringLiteral("电商运营部"))
                           .arg(1001 + i);
            file.write(csv.toUtf8());
        }
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Import the new and changed employees?"
        people->importFile(staff);
        QTRY_COMPARE(people->view()->model()->rowCount(), 8);

        // A month of punches from the time clock.
        auto *attendance = qobject_cast<AttendancePanel *>(window.openModule(QStringLiteral("attendance")));
        attendance->tabs()->setCurrentWidget(attendance->imports());
        attendance->imports()->importFile(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/1_attlog.dat"));
        auto *preview = attendance->imports()->findChild<PunchImportDialog *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->isReady());
        QCOMPARE(preview->preview()->unknownPeople.size(), 0); // every PIN is someone's
        preview->startImport();
        QTRY_VERIFY(!attendance->imports()->findChild<PunchImportDialog *>());

        // The month, with no shifts set up yet: the company's default working day judges it.
        MonthPage *month = attendance->month();
        attendance->tabs()->setCurrentWidget(month);
        month->setMonth(QDate(2026, 10, 1));
        QTRY_COMPARE(month->model()->rowCount(), 8);
        const int oct12 = MonthGridModel::FirstDay + 11;
        QVERIFY(!month->model()->index(0, oct12).data().toString().isEmpty());
        const QString pdf = dir.filePath(QStringLiteral("2026-10 考勤.pdf"));
        FileDialog::setNextFileName(pdf);
        month->findChild<QAction *>(QStringLiteral("export_pdf"))->trigger();
        QPdfDocument printed;
        QCOMPARE(printed.load(pdf), QPdfDocument::Error::None);
        // PDFium reads some CJK glyphs back as their compatibility forms (示 as the radical ⽰).
        const QString text = printed.getAllText(0).text().normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(QStringLiteral("示例电商有限公司")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("张伟")));
        QVERIFY(text.contains(QStringLiteral("2026")));

        // And a backup, checked.
        auto *admin = qobject_cast<AdminPanel *>(window.openModule(QStringLiteral("admin")));
        // A new company's automatic first backup may be made meanwhile, so: at least one more.
        const int before = admin->connectionsPage()->backups()->rowCount();
        admin->connectionsPage()->backUpNow();
        QTRY_VERIFY_WITH_TIMEOUT(admin->connectionsPage()->backups()->rowCount() > before, 20000);
        snap(&window, QStringLiteral("first-day-backup"));
    }

    void att11_theDemoMonthLooksLikeAWorkingOffice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(1, 0), Qt::UTC));
        const DemoOptions options;
        auto company = DemoCompany::create(path, options, clock);
        QVERIFY2(company, qPrintable(company.error()));
        auto db = CompanyDatabase::open(path);
        QVERIFY(db);
        QVERIFY(AttendanceDemo::create(**db, clock, options.months, options.seed));

        Actor admin;
        admin.userId = 1;
        admin.userName = QStringLiteral("admin");
        admin.level = Level::DatabaseAdmin;
        MainWindow window(AppContext{*db, admin, &clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<AttendancePanel *>(window.openModule(QStringLiteral("attendance")));
        QVERIFY(panel);
        panel->tabs()->setCurrentWidget(panel->month());
        panel->month()->setMonth(QDate(2026, 10, 1));
        QTRY_COMPARE(panel->month()->model()->sheet().month, QDate(2026, 10, 1));
        const AttendanceSheet &sheet = panel->month()->model()->sheet();
        QCOMPARE(sheet.employees.size(), options.employees);
        QVERIFY(!sheet.confirmed); // the last month waits for the manager (ATT-11)
        // Most scheduled half-days are worked: the demo's punches fit the shifts they were made for.
        int scheduled = 0, present = 0;
        for (const EmployeeMonth &e : sheet.employees)
            for (const DayOutcome &day : e.outcome.days)
                if (day.scheduled)
                    for (AttendanceStatus half : day.halfDays) {
                        ++scheduled;
                        present += half == AttendanceStatus::Present ? 1 : 0;
                    }
        QVERIFY2(present > scheduled * 8 / 10, qPrintable(QStringLiteral("%1 of %2").arg(present).arg(scheduled)));
        snap(&window, QStringLiteral("attendance-month"));
        // Issue 11 (13): at the first window size every day number on the chart's axis has room
        // (a category axis elided them all to "..."); wider, every day is labelled.
        window.show();
        window.resize(1024, 660);
        QCoreApplication::processEvents();
        const QStringList small = panel->month()->dayLabels();
        QVERIFY(small.size() >= 6);
        QCOMPARE(small.first(), QStringLiteral("1"));
        QVERIFY(small.size() < 31);
        snap(&window, QStringLiteral("attendance-month-small"));
        window.resize(1920, 1000);
        QCoreApplication::processEvents();
        QCOMPARE(panel->month()->dayLabels().size(), 31);

        // ATT-11: the month confirmed (here, or on another PC) while it is being read shows as
        // confirmed: a refresh asked for during a read brings one more read after it, and only
        // one however many were asked.
        MonthPage *month = panel->month();
        QSignalSpy shown(month->model(), &QAbstractItemModel::modelReset);
        month->refresh(); // reads on another thread; it cannot end before this function waits
        QVERIFY(AttendanceMonth(**db, clock).confirm(admin, QDate(2026, 10, 1)));
        month->refresh();
        month->refresh();
        QTRY_COMPARE(shown.count(), 2);
        QVERIFY(month->model()->sheet().confirmed);
        QTest::qWait(300);
        QCOMPARE(shown.count(), 2);
    }

    static QStringList overviewLines(HomePanel *home)
    {
        QStringList lines;
        for (int i = 0; i < home->lines()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *area = home->lines()->topLevelItem(i);
            for (int j = 0; j < area->childCount(); ++j)
                lines << area->child(j)->text(0);
        }
        return lines;
    }

    // Issue 11 (14): the overview is the page a person needs first thing: what waits for them
    // (count and the oldest), who in their department is away today, their make-up punches,
    // and for HR yesterday's findings and the months not yet confirmed; a line opens its area.
    void apr05_att11_theOverviewShowsWhatNeedsMeToday()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        LeaveDraft away;
        away.kind = LeaveKind::Personal;
        away.from = QDateTime(QDate(2026, 3, 3), QTime(0, 0));
        away.to = QDateTime(QDate(2026, 3, 3), QTime(23, 59));
        away.reason = QStringLiteral("家中有事");
        auto awayId = requests.fileLeave(org.clerk2, org.clerk2Employee, away);
        QVERIFY2(awayId, qPrintable(awayId.error()));
        QVERIFY(Approvals(*org.company.db, org.company.clock).decide(org.head, *awayId, true, {}));
        LeaveDraft later = away;
        later.from = QDateTime(QDate(2026, 3, 10), QTime(0, 0));
        later.to = QDateTime(QDate(2026, 3, 10), QTime(23, 59));
        auto waiting = requests.fileLeave(org.clerk, org.clerkEmployee, later);
        QVERIFY(waiting);
        org.company.clock.set(QDateTime(QDate(2026, 3, 3), QTime(2, 0), Qt::UTC));

        MainWindow headWindow(AppContext{org.company.db, org.head, &org.company.clock});
        headWindow.resize(1100, 700);
        auto *home = qobject_cast<HomePanel *>(headWindow.openModule(QStringLiteral("home")));
        QVERIFY(home);
        snap(&headWindow, QStringLiteral("main-window-overview"));
        const QStringList lines = overviewLines(home);
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("1 request"))
                     && lines.value(0).contains(QStringLiteral("for your decision")),
                 qPrintable(lines.join(u'|')));
        QVERIFY2(lines.join(u'|').contains(QStringLiteral("No. %1").arg(*waiting)), qPrintable(lines.join(u'|')));
        QVERIFY2(lines.join(u'|').contains(QStringLiteral("Away today in your department: 行政助理")),
                 qPrintable(lines.join(u'|')));
        QVERIFY2(lines.join(u'|').contains(QStringLiteral("Make-up punches this month: 0 of 3")),
                 qPrintable(lines.join(u'|')));

        // A line opens its area.
        home->lines()->setCurrentItem(home->lines()->topLevelItem(0)->child(0));
        emit home->lines()->itemActivated(home->lines()->currentItem(), 0);
        QVERIFY(qobject_cast<InboxPanel *>(headWindow.currentPanel()));

        // HR (the administrator here) sees yesterday's findings and the months to confirm.
        HomePanel hr(AppContext{org.company.db, org.admin, &org.company.clock});
        const QString hrLines = overviewLines(&hr).join(u'|');
        QVERIFY2(hrLines.contains(QStringLiteral("Yesterday (2026-03-02):")), qPrintable(hrLines));
        QVERIFY2(hrLines.contains(QStringLiteral("Not yet confirmed: 2025-12, 2026-01, 2026-02.")),
                 qPrintable(hrLines));
        // It follows the data: the head decides, the waiting line goes on refresh.
        QVERIFY(Approvals(*org.company.db, org.company.clock).decide(org.head, *waiting, true, {}));
        home->refresh();
        QVERIFY(!overviewLines(home).join(u'|').contains(QStringLiteral("for your decision")));
    }

    void leave_fileApproveAndSeeItExcusedOnTheMonthlyReport()
    {
        Org org;
        // The clerk asks for Wednesday 4 March 2026 off (personal leave), two days ahead.
        MainWindow clerkWindow(AppContext{org.company.db, org.clerk, &org.company.clock});
        clerkWindow.resize(1100, 700);
        auto *requests = qobject_cast<RequestsPanel *>(clerkWindow.openModule(QStringLiteral("requests")));
        QVERIFY(requests);
        TimeRequestDialog form(AppContext{org.company.db, org.clerk, &org.company.clock}, requests->employee(),
                               TimeRequestDialog::Kind::Leave);
        form.fromDate()->setDate(QDate(2026, 3, 4));
        form.toDate()->setDate(QDate(2026, 3, 4));
        QVERIFY(!form.send()); // no reason given yet: the form says so and sends nothing
        QVERIFY(!form.error().isEmpty());
        form.reason()->setText(QStringLiteral("家中有事"));
        snap(&form, QStringLiteral("leave-form"));
        QVERIFY(form.send());
        requests->refresh();
        QCOMPARE(requests->requests()->model()->rowCount(), 1);
        snap(&clerkWindow, QStringLiteral("leave-requests"));

        // The office head approves it in the inbox.
        MainWindow headWindow(AppContext{org.company.db, org.head, &org.company.clock});
        auto *inbox = qobject_cast<InboxPanel *>(headWindow.openModule(QStringLiteral("inbox")));
        QCOMPARE(inbox->model(InboxPanel::Waiting)->rowCount(), 1);
        inbox->view(InboxPanel::Waiting)->selectAll();
        whenDialogOpens<DecisionDialog>(
            [](DecisionDialog *d) { d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); });
        inbox->approveSelected();
        QCOMPARE(inbox->model(InboxPanel::Waiting)->rowCount(), 0);

        // Two days later the month shows the day as personal leave, not absence.
        org.company.clock.set(QDateTime(QDate(2026, 3, 6), QTime(2, 0), Qt::UTC));
        MainWindow adminWindow(AppContext{org.company.db, org.admin, &org.company.clock});
        auto *panel = qobject_cast<AttendancePanel *>(adminWindow.openModule(QStringLiteral("attendance")));
        panel->month()->setMonth(QDate(2026, 3, 1));
        QTRY_COMPARE(panel->month()->model()->sheet().month, QDate(2026, 3, 1));
        const MonthGridModel *model = panel->month()->model();
        int clerkRow = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->employeeAt(r)->employee.id == org.clerkEmployee)
                clerkRow = r;
        QVERIFY(clerkRow >= 0);
        const QString leaveCell =
            statusSymbol(AttendanceStatus::PersonalLeave) + statusSymbol(AttendanceStatus::PersonalLeave);
        QCOMPARE(model->index(clerkRow, MonthGridModel::FirstDay + 3).data().toString(), leaveCell);
        QCOMPARE(model->employeeAt(clerkRow)->outcome.personalLeaveDays, 1.0);
    }

    void leave_theLeaveCalendarShowsWhoIsAwayOnWhichDay()
    {
        Org org;
        MainWindow window(AppContext{org.company.db, org.admin, &org.company.clock});
        window.resize(1200, 760);
        auto *panel = qobject_cast<RequestsPanel *>(window.openModule(QStringLiteral("requests")));
        TimeRequests requests(*org.company.db, org.company.clock);
        auto file = [&](const Actor &who, qint64 employee, int fromDay, int toDay) {
            LeaveDraft d;
            d.from = QDateTime(QDate(2026, 3, fromDay), QTime(0, 0));
            d.to = QDateTime(QDate(2026, 3, toDay), QTime(23, 59));
            d.reason = QStringLiteral("家中有事");
            auto id = requests.fileLeave(who, employee, d);
            if (!id)
                qWarning("%s", qPrintable(id.error()));
            return id ? *id : 0;
        };
        QVERIFY(file(org.clerk, org.clerkEmployee, 4, 4)); // waiting for the head
        const qint64 approved = file(org.clerk2, org.clerk2Employee, 9, 10);
        QVERIFY(approved);
        QVERIFY(Approvals(*org.company.db, org.company.clock).decide(org.head, approved, true, QStringLiteral("同意")));

        QVERIFY(panel && panel->awayCalendar());
        panel->refresh();
        AwayCalendarModel *calendar = panel->awayCalendar();
        QAbstractItemModelTester tester(calendar);
        QCOMPARE(calendar->rowCount(), 2); // only the two who are away this month
        QCOMPARE(calendar->columnCount(), AwayCalendarModel::FirstDay + 31);
        auto rowOf = [&](qint64 employee) {
            for (int r = 0; r < calendar->rowCount(); ++r)
                if (calendar->employeeAt(r) == employee)
                    return r;
            return -1;
        };
        const int clerk = rowOf(org.clerkEmployee), clerk2 = rowOf(org.clerk2Employee);
        QVERIFY(clerk >= 0 && clerk2 >= 0 && clerk != clerk2);
        const QString personal = statusSymbol(AttendanceStatus::PersonalLeave);
        auto cell = [&](int row, int day) { return calendar->index(row, AwayCalendarModel::FirstDay + day - 1); };
        QCOMPARE(cell(clerk, 4).data().toString(), personal);
        QCOMPARE(cell(clerk, 3).data().toString(), QString());
        QCOMPARE(cell(clerk, 5).data().toString(), QString());
        QVERIFY(cell(clerk, 4).data(Qt::FontRole).value<QFont>().italic()); // still waiting for approval
        QVERIFY(
            cell(clerk, 4).data(Qt::ToolTipRole).toString().contains(AwayCalendarModel::tr(" (waiting for approval)")));
        for (int day : {9, 10}) {
            QCOMPARE(cell(clerk2, day).data().toString(), personal);
            QVERIFY(!cell(clerk2, day).data(Qt::FontRole).isValid()); // approved
        }
        QCOMPARE(cell(clerk2, 11).data().toString(), QString());
        // Saturday 7 March is a rest day: red in the header, grey where nobody is away.
        QVERIFY(calendar->headerData(AwayCalendarModel::FirstDay + 6, Qt::Horizontal, Qt::ForegroundRole).isValid());
        QVERIFY(!calendar->headerData(AwayCalendarModel::FirstDay + 5, Qt::Horizontal, Qt::ForegroundRole).isValid());
        QVERIFY(cell(clerk, 7).data(Qt::BackgroundRole).isValid());
        QCOMPARE(panel->away()->rowCount(), 2); // the same two in the list
        snap(&window, QStringLiteral("leave-calendar"));
    }

    void hr03_disciplinePageBringsInTheProposalsOfTheMonth()
    {
        HrCompany c;
        MainWindow window(AppContext{c.company.db, c.admin(), &c.company.clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<AttendancePanel *>(window.openModule(QStringLiteral("attendance")));
        panel->tabs()->setCurrentWidget(panel->discipline());
        panel->discipline()->setMonth(QDate(2026, 2, 1));
        QCOMPARE(panel->discipline()->table()->rowCount(), 0);
        panel->discipline()->propose(); // nobody punched in February: absence fines and flags
        QVERIFY(panel->discipline()->table()->rowCount() > 8);
        snap(&window, QStringLiteral("attendance-discipline"));
    }

    void hr01_hr02_employeesAndOffboarding()
    {
        Org org;
        Actor hr = org.head;
        hr.roles = {Role::Hr, Role::DepartmentHead};
        hr.scopes = {QStringLiteral("hr")};
        hr.managedEmployeeIds = {org.clerkEmployee, org.clerk2Employee};
        MainWindow window(AppContext{org.company.db, hr, &org.company.clock});
        window.resize(1280, 800);
        auto *people = qobject_cast<PeoplePanel *>(window.openModule(QStringLiteral("people")));
        QVERIFY(people);
        QCOMPARE(people->view()->model()->rowCount(), 6);
        people->filter()->setText(QStringLiteral("行政专员"));
        QCOMPARE(people->view()->model()->rowCount(), 1);
        snap(&window, QStringLiteral("people-list"));
        people->filter()->clear();

        // Import a list: the preview is asked about, and "Yes" writes it.
        QTemporaryDir dir;
        QFile list(dir.filePath(QStringLiteral("staff.csv")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QStringLiteral("工号,姓名,部门\nE20,新来的,行政部\n").toUtf8());
        list.close();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        people->importFile(list.fileName());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("1")));
        QCOMPARE(people->view()->model()->rowCount(), 7);

        Offboarding off(*org.company.db, org.company.clock);
        IssuedProperty laptop;
        laptop.employeeId = org.clerkEmployee;
        laptop.item = QStringLiteral("笔记本电脑");
        laptop.kind = QStringLiteral("equipment");
        laptop.issuedOn = QDate(2025, 5, 6);
        QVERIFY(off.issue(hr, laptop));
        QVERIFY(off.resign(hr, org.clerkEmployee, QDate(2026, 3, 2), QDate(2026, 3, 20)));
        OffboardingDialog dialog(AppContext{org.company.db, hr, &org.company.clock}, org.clerkEmployee);
        QCOMPARE(dialog.checklist()->rowCount(), 1);
        QVERIFY(dialog.settlementText().contains(Offboarding::settlementTitle(Settlement::Blocked)));
        snap(&dialog, QStringLiteral("people-offboarding"));
    }

    void issue12_thePeopleListReadsAPageAtATimeThroughTheArchive()
    {
        Org org;
        org.addPeople(244); // 250 in all
        Actor hr = org.head;
        hr.roles = {Role::Hr, Role::DepartmentHead};
        hr.scopes = {QStringLiteral("hr")};
        PeoplePanel people(AppContext{org.company.db, hr, &org.company.clock}, nullptr, 100);
        QAbstractItemModel *model = people.view()->model();
        QCOMPARE(people.view()->horizontalHeader()->sortIndicatorSection(), 0); // by staff number
        QCOMPARE(people.view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), 100); // the first page only
        QVERIFY(model->canFetchMore({}));
        QVERIFY(anotherPcCanCommit(org.company.path())); // the page's query is finished (STYLE 3)
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 200);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 250);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->index(249, 0).data().toString(), QStringLiteral("P244"));
        QCOMPARE(model->index(249, 6).data().toString(), QStringLiteral("2020-01-01"));
        // The selection is the record behind the row, on a later page too.
        people.view()->selectRow(180);
        QCOMPARE(people.selected()->summary.staffNo, model->index(180, 0).data().toString());

        // The filter reads the first page again and finds people no page had reached.
        people.filter()->setText(QStringLiteral("员工244"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("员工244"));
        people.filter()->clear();
        QCOMPARE(model->rowCount(), 100);

        // A click on a header orders the whole list, not only the rows read.
        people.view()->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("运营经理"));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 250);
        QCOMPARE(model->index(249, 1).data().toString(), QStringLiteral("员工001"));
        for (int row = 1; row < 250; ++row)
            QVERIFY(model->index(row - 1, 1).data().toString() > model->index(row, 1).data().toString());
        // Qt's model tester asks for more itself on every change: it looks at the list read whole.
        QAbstractItemModelTester tester(model);
    }

    void att02_rosterGeneratedForTheOfficeShowsOnTheCalendar()
    {
        HrCompany c;
        MainWindow window(AppContext{c.company.db, c.admin(), &c.company.clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<AttendancePanel *>(window.openModule(QStringLiteral("attendance")));
        RosterPage *roster = panel->roster();
        panel->tabs()->setCurrentWidget(roster);
        roster->setMonth(QDate(2026, 3, 1));
        roster->generate();
        QTableWidget *calendar = roster->calendar();
        // March 2026 starts on a Sunday: the first cell of the first row is empty, the 1st is Sunday.
        QVERIFY(!calendar->item(0, 0));
        QVERIFY(calendar->item(0, 6)->text().startsWith(QStringLiteral("1\n")));
        QVERIFY(calendar->item(0, 6)->text().contains(QStringLiteral("员工")));
        snap(&window, QStringLiteral("attendance-roster"));
    }

    void hol01_att_policy_calendarAndPolicyPages()
    {
        HrCompany c;
        MainWindow window(AppContext{c.company.db, c.admin(), &c.company.clock});
        window.resize(1280, 800);
        auto *panel = qobject_cast<AttendancePanel *>(window.openModule(QStringLiteral("attendance")));
        panel->tabs()->setCurrentWidget(panel->calendar());
        QVERIFY(panel->calendar()->days()->rowCount() > 20); // 2026's holidays and make-up days
        snap(&window, QStringLiteral("attendance-calendar"));

        panel->tabs()->setCurrentWidget(panel->policy());
        AttendancePolicy draft = panel->policy()->draft();
        QVERIFY(draft == AttendancePolicy{}); // the defaults of RULES.md
        panel->policy()->save();
        const QString saved = sqlite3(
            c.company.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'attendance.policy'"));
        QVERIFY2(saved == QStringLiteral("1"), qPrintable(saved + QStringLiteral(" / ") + MessageBox::lastText()));
        snap(&window, QStringLiteral("attendance-policy"));

        // The simulator: a lower first-absence fine changes everyone's February (nobody
        // punched), and nothing is saved by simulating.
        auto spins = panel->policy()->findChildren<QDoubleSpinBox *>();
        QVERIFY(!spins.isEmpty());
        spins.first()->setValue(50); // the first absence of a month (ABS-02)
        QCOMPARE(panel->policy()->draft().firstAbsenceFen, 5000);
        const QList<QStringList> changed = panel->policy()->simulate(QDate(2026, 2, 1));
        QCOMPARE(changed.size(), 8);
        QVERIFY(changed.first().at(3).contains(QStringLiteral("→")));
        QCOMPARE(AttendancePolicyService(*c.company.db, c.company.clock).policy()->firstAbsenceFen, 10000);

        // A clerk of hr sees neither page.
        Actor clerk;
        clerk.userId = 1;
        clerk.level = Level::Clerk;
        clerk.scopes = {QStringLiteral("hr")};
        AttendancePanel clerkPanel(AppContext{c.company.db, clerk, &c.company.clock});
        QCOMPARE(clerkPanel.tabs()->count(), 4);
        QVERIFY(!clerkPanel.calendar() && !clerkPanel.policy());
    }
};

int runAttendanceGuiTest(int argc, char **argv)
{
    AttendanceGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "AttendanceGuiTest.moc"
