#include "AttendanceMonth.h"
#include "AttendanceReport.h"
#include "DutyRosterService.h"
#include "HrActions.h"
#include "HrArea.h"
#include "MakeUpPunch.h"
#include "TestSupport.h"
#include "approval/Approvals.h"
#include "ledgers/data/PeriodLockRepository.h"

using namespace shopdesk;
using namespace shopdesk::test;

// ATT-12 make-up punches and ATT-02 duty swaps as requests of the approvals engine.
class MakeUpAndSwapTest : public QObject
{
    Q_OBJECT

    static QDateTime feb(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 2, day), QTime(hour, minute));
    }

    static qint64 waitingId(Org &org, const Actor &approver)
    {
        auto waiting = Approvals(*org.company.db, org.company.clock).waitingFor(approver);
        return waiting && !waiting->isEmpty() ? waiting->first().id : 0;
    }

private slots:
    void initTestCase() { HrArea::define(); }

    void att12_makeUpPunchIsApprovedByTheDirectSupervisorAndStaysMarked()
    {
        Org org;
        MakeUpPunch makeUps(*org.company.db, org.company.clock);
        QVERIFY(
            !makeUps.request(org.clerk, org.clerk2Employee, feb(26, 8), QStringLiteral("忘记打卡"))); // not their own
        QVERIFY(!makeUps.request(org.clerk, org.clerkEmployee, feb(26, 8), QStringLiteral("  "))); // no reason
        QVERIFY(!makeUps.request(org.clerk, org.clerkEmployee, QDateTime(QDate(2026, 3, 9), QTime(8, 0)),
                                 QStringLiteral("x"))); // future
        auto id = makeUps.request(org.clerk, org.clerkEmployee, feb(26, 8), QStringLiteral("忘记打卡"));
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(waitingId(org, org.head), *id); // the clerk's direct supervisor
        QVERIFY(Approvals(*org.company.db, org.company.clock).decide(org.head, *id, true, QStringLiteral("同意")));
        QCOMPARE(sqlite3(org.company.path(), QStringLiteral("SELECT make_up_request_id FROM punches")),
                 QString::number(*id));

        auto sheet = AttendanceMonth(*org.company.db, org.company.clock).sheet(org.admin, QDate(2026, 2, 1));
        QVERIFY(sheet);
        for (const EmployeeMonth &e : sheet->employees)
            if (e.employee.id == org.clerkEmployee) {
                QCOMPARE(e.outcome.makeUpPunches, 1);
                QVERIFY(e.outcome.days.at(25).segments.at(0).checkIn->makeUp);
            }
        // Issue 11 (12), ATT-10: the printed report marks the day (and only that day) and says
        // what the mark means on every page.
        const Report report = AttendanceReport::build(*sheet);
        const ReportTable &grid = report.tables.at(0);
        int marked = 0;
        for (const QStringList &row : grid.rows)
            for (int day = 1; day < row.size(); ++day)
                if (row.at(day).endsWith(QLatin1Char('*'))) {
                    ++marked;
                    QCOMPARE(day, 26);
                }
        QCOMPARE(marked, 1);
        QVERIFY(report.pageNotes.join(QLatin1Char(' ')).contains(QStringLiteral("* make-up punch used (ATT-12)")));
    }

    void att12_theMonthlyQuotaCountsPendingAndApprovedNotRejected()
    {
        Org org;
        MakeUpPunch makeUps(*org.company.db, org.company.clock);
        Approvals approvals(*org.company.db, org.company.clock);
        auto rejected = makeUps.request(org.clerk, org.clerkEmployee, feb(2, 8), QStringLiteral("a"));
        QVERIFY(rejected);
        QVERIFY(approvals.decide(org.head, *rejected, false, QStringLiteral("打卡机记录正常")));
        for (int day : {3, 4, 5})
            QVERIFY(makeUps.request(org.clerk, org.clerkEmployee, feb(day, 8), QStringLiteral("b")));
        QCOMPARE(*makeUps.usedInMonth(org.clerkEmployee, QDate(2026, 2, 1)), 3);
        const auto fourth = makeUps.request(org.clerk, org.clerkEmployee, feb(6, 8), QStringLiteral("c"));
        QVERIFY(!fourth);
        QVERIFY(fourth.error().contains(QStringLiteral("3")));
        QVERIFY(makeUps.request(org.clerk, org.clerkEmployee, QDateTime(QDate(2026, 1, 6), QTime(8, 0)),
                                QStringLiteral("d"))); // another month
    }

    void att11_aMakeUpPunchAfterConfirmationIsFlagged()
    {
        Org org;
        QVERIFY(AttendanceMonth(*org.company.db, org.company.clock).confirm(org.admin, QDate(2026, 2, 1)));
        auto id = MakeUpPunch(*org.company.db, org.company.clock)
                      .request(org.clerk, org.clerkEmployee, feb(27, 17), QStringLiteral("忘记打卡"));
        QVERIFY(id);
        QVERIFY(Approvals(*org.company.db, org.company.clock).decide(org.head, *id, true, {}));
        auto changes =
            PeriodLockRepository(*org.company.db).lateChanges(QStringLiteral("attendance"), QDate(2026, 2, 1));
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().employeeId, org.clerkEmployee);
        auto sheet = AttendanceMonth(*org.company.db, org.company.clock).sheet(org.admin, QDate(2026, 2, 1));
        for (const EmployeeMonth &e : sheet->employees)
            QCOMPARE(e.changesAfterConfirmation.isEmpty(), e.employee.id != org.clerkEmployee);
    }

    void att02_afterPublishingADayChangesOnlyBySwapApproval()
    {
        Org org;
        DutyRosterService roster(*org.company.db, org.company.clock);
        const QList<qint64> office{org.officeHeadEmployee, org.clerkEmployee, org.clerk2Employee};
        QVERIFY(!roster.generate(org.clerk, QDate(2026, 3, 1), office)); // no hr scope
        auto days = roster.generate(org.admin, QDate(2026, 3, 1), office);
        QVERIFY2(days, qPrintable(days.error()));
        QCOMPARE(days->size(), 31);
        // A hand edit that breaks the rules is refused, one that keeps them is saved.
        DutyDay bad = days->at(1);
        bad.mainEmployee = days->at(0).mainEmployee; // main two days running
        bad.supportEmployee =
            days->at(1).supportEmployee == bad.mainEmployee ? days->at(1).mainEmployee : days->at(1).supportEmployee;
        QVERIFY(!roster.setDay(org.admin, bad));
        QVERIFY(roster.publish(org.admin, QDate(2026, 3, 1)));
        QVERIFY(!roster.generate(org.admin, QDate(2026, 3, 1), office));
        const DutyDay last = days->last();
        DutyDay swapped{last.date, last.supportEmployee, last.mainEmployee};
        QVERIFY(!roster.setDay(org.admin, swapped)); // published: a swap request instead
        auto request = roster.requestSwap(org.admin, swapped, QStringLiteral("家中有事"));
        QVERIFY2(request, qPrintable(request.error()));
        QCOMPARE(*roster.month(QDate(2026, 3, 1))->rbegin(), last); // unchanged until approved
        const qint64 waiting = waitingId(org, org.head);
        QCOMPARE(waiting, *request);
        QVERIFY(Approvals(*org.company.db, org.company.clock).decide(org.head, waiting, true, {}));
        QCOMPARE(*roster.month(QDate(2026, 3, 1))->rbegin(), swapped);
        QVERIFY(
            sqlite3(org.company.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'roster.swap'"))
            == QStringLiteral("1"));
    }

    void duty01_thePrintedRosterIsOnePageWithTheCleaningDuty()
    {
        QHash<qint64, QString> names{
            {1, QStringLiteral("张三")}, {2, QStringLiteral("李四")}, {3, QStringLiteral("王五")}};
        auto days = DutyRoster::generate(QDate(2026, 3, 1), QDate(2026, 3, 31), {1, 2, 3});
        const Report report = DutyRosterService::printable(QDate(2026, 3, 1), *days, names, QStringLiteral("测试公司"));
        QCOMPARE(report.tables.size(), 1);
        QCOMPARE(report.tables.first().rows.size(), 6); // March 2026: six weeks (Sunday the 1st)
        QVERIFY(report.tables.first().rows.first().at(6).contains(names.value(days->first().supportEmployee)));
    }
};

int runMakeUpAndSwapTest(int argc, char **argv)
{
    MakeUpAndSwapTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "MakeUpAndSwapTest.moc"
