#include "AttendanceMonth.h"
#include "AttendancePolicyService.h"
#include "DisciplineRegister.h"
#include "HrActions.h"
#include "HrArea.h"
#include "PayrollExport.h"
#include "TestSupport.h"
#include "TimeRequests.h"
#include "approval/Approvals.h"
#include "common/domain/WallClock.h"
#include "ledgers/data/PayrollLineRepository.h"

using namespace shopdesk;
using namespace shopdesk::test;

// The disciplinary register and the payroll lines (HR-03, ATT-06, ATT-09, ABS-02, OT-01).
// The clock stands at 2026-03-02; nobody punched in February, so everyone was absent.
class DisciplineTest : public QObject
{
    Q_OBJECT

    static NewDisciplineEntry entry(qint64 employee, const QString &rule, DisciplineKind kind, qint64 fen)
    {
        return {employee, QDate(2026, 2, 26), rule, kind, fen, QStringLiteral("经查属实")};
    }

private slots:
    void initTestCase() { HrArea::define(); }

    void hr03_anAmountInsideTheRuleRangeOnlyForAFine()
    {
        const ConductRule computers = *ConductRules::find(QStringLiteral("HR-03a"), 30000); // ¥50-100
        QVERIFY(!ConductRules::check(computers, DisciplineKind::Fine, 4999));
        QVERIFY(ConductRules::check(computers, DisciplineKind::Fine, 5000));
        QVERIFY(ConductRules::check(computers, DisciplineKind::Fine, 10000));
        QVERIFY(!ConductRules::check(computers, DisciplineKind::Fine, 10001));
        QVERIFY(!ConductRules::check(computers, DisciplineKind::Reminder, 5000)); // only a fine has an amount
        QVERIFY(!ConductRules::check(computers, DisciplineKind::DismissalReview, 0)); // not provided for
        const ConductRule funds = *ConductRules::find(QStringLiteral("HR-03d"), 30000); // ¥1000-5000
        QVERIFY(!ConductRules::check(funds, DisciplineKind::Fine, 99999));
        QVERIFY(ConductRules::check(funds, DisciplineKind::Fine, 500000));
        QVERIFY(ConductRules::check(*ConductRules::find(QStringLiteral("OT-01"), 30000), DisciplineKind::Fine,
                                    1)); // no range: any amount
    }

    void hr03_aFineNeedsTheDepartmentHead()
    {
        Org org;
        DisciplineRegister register_(*org.company.db, org.company.clock);
        QVERIFY(!register_.record(
            org.clerk, entry(org.clerk2Employee, QStringLiteral("HR-03a"), DisciplineKind::Fine, 8000))); // no hr scope
        QVERIFY(!register_.record(
            org.admin,
            entry(org.clerkEmployee, QStringLiteral("HR-03a"), DisciplineKind::Fine, 20000))); // out of range
        auto id =
            register_.record(org.admin, entry(org.clerkEmployee, QStringLiteral("HR-03a"), DisciplineKind::Fine, 8000));
        QVERIFY2(id, qPrintable(id.error()));
        auto entries = register_.entries(org.admin, QDate(2026, 2, 1));
        QCOMPARE(entries->first().state, DisciplineState::PendingApproval);
        Approvals approvals(*org.company.db, org.company.clock);
        QVERIFY(approvals.decide(org.head, entries->first().requestId, true, QStringLiteral("同意")));
        QCOMPARE(register_.entries(org.admin, QDate(2026, 2, 1))->first().state, DisciplineState::Confirmed);
        auto warning =
            register_.record(org.admin, entry(org.clerkEmployee, QStringLiteral("HR-03c"), DisciplineKind::Warning, 0));
        QVERIFY(warning);
        QCOMPARE(register_.entries(org.admin, QDate(2026, 2, 1))->last().state,
                 DisciplineState::Confirmed); // no approval needed
    }

    void ot01_refusingAssignedOvertimeIsRecordedUnderItsRule()
    {
        Org org;
        DisciplineRegister register_(*org.company.db, org.company.clock);
        NewDisciplineEntry refusal = entry(org.clerkEmployee, QStringLiteral("OT-01"), DisciplineKind::Reminder, 0);
        refusal.description = QStringLiteral("拒绝周六加班，导致发货延误一天");
        QVERIFY(register_.record(org.admin, refusal));
        QVERIFY(!register_.record(
            org.admin,
            entry(org.clerkEmployee, QStringLiteral("OT-01"), DisciplineKind::PublicNotice, 0))); // not provided for
        const auto entries = register_.entries(org.admin, QDate(2026, 2, 1));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().ruleId, QStringLiteral("OT-01"));
        QCOMPARE(entries->first().state, DisciplineState::Confirmed);
    }

    static QString clauseOn(Org &org, qint64 employee, int dayIndex)
    {
        auto sheet = AttendanceMonth(*org.company.db, org.company.clock).sheet(org.admin, QDate(2026, 2, 1));
        for (const EmployeeMonth &e : sheet->employees)
            if (e.employee.id == employee)
                return e.outcome.days.at(dayIndex).segments.first().clause;
        return QStringLiteral("(not listed)");
    }

    // Issue 11 (10), ATT-09: the finding names both people; both days are absences and each
    // party is fined, each through their own department head.
    void att09_recordedProxyPunchingNamesBothAndMakesBothDaysAbsences()
    {
        Org org;
        DisciplineRegister register_(*org.company.db, org.company.clock);
        NewDisciplineEntry proxy = entry(org.clerkEmployee, QStringLiteral("ATT-09"), DisciplineKind::Fine, 30000);
        auto alone = register_.record(org.admin, proxy);
        QVERIFY(!alone); // the other party is required
        QVERIFY2(alone.error().contains(QStringLiteral("ATT-09")), qPrintable(alone.error()));
        proxy.otherPartyEmployeeId = org.clerk2Employee;
        auto id = register_.record(org.admin, proxy);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(clauseOn(org, org.clerkEmployee, 25), QStringLiteral("ATT-09"));
        QCOMPARE(clauseOn(org, org.clerk2Employee, 25), QStringLiteral("ATT-09"));
        const auto entries = *register_.entries(org.admin, QDate(2026, 2, 1));
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0).description.contains(QStringLiteral("行政助理"))); // names the other party
        QVERIFY(entries.at(1).description.contains(QStringLiteral("行政专员")));
        QCOMPARE(entries.at(0).state, DisciplineState::PendingApproval);
        QCOMPARE(entries.at(1).state, DisciplineState::PendingApproval);
    }

    // Issue 11 (10): the fine is the policy's, not a constant of the register.
    void att09_theFineIsThePolicys()
    {
        Org org;
        AttendancePolicy policy = *AttendancePolicyService(*org.company.db, org.company.clock).policy();
        policy.proxyPunchFen = 50000;
        QVERIFY(AttendancePolicyService(*org.company.db, org.company.clock).save(org.admin, policy));
        DisciplineRegister register_(*org.company.db, org.company.clock);
        NewDisciplineEntry proxy = entry(org.clerkEmployee, QStringLiteral("ATT-09"), DisciplineKind::Fine, 30000);
        proxy.otherPartyEmployeeId = org.clerk2Employee;
        QVERIFY(!register_.record(org.admin, proxy));
        proxy.amountFen = 50000;
        QVERIFY(register_.record(org.admin, proxy));
    }

    // Issue 11 (10): a rejected fine withdraws that person's finding; the other party's stays.
    void att09_aRejectedFineWithdrawsTheFinding()
    {
        Org org;
        DisciplineRegister register_(*org.company.db, org.company.clock);
        NewDisciplineEntry proxy = entry(org.clerkEmployee, QStringLiteral("ATT-09"), DisciplineKind::Fine, 30000);
        proxy.otherPartyEmployeeId = org.clerk2Employee;
        QVERIFY(register_.record(org.admin, proxy));
        const auto entries = *register_.entries(org.admin, QDate(2026, 2, 1));
        Approvals approvals(*org.company.db, org.company.clock);
        QVERIFY(approvals.decide(org.head, entries.at(0).requestId, false, QStringLiteral("打卡机故障，非代打卡")));
        QVERIFY(clauseOn(org, org.clerkEmployee, 25) != QStringLiteral("ATT-09"));
        QCOMPARE(clauseOn(org, org.clerk2Employee, 25), QStringLiteral("ATT-09"));
        QCOMPARE(register_.entries(org.admin, QDate(2026, 2, 1))->at(0).state, DisciplineState::Rejected);
    }

    void att06_abs02_proposalsFromAttendanceAreConfirmedOrWaived()
    {
        Org org;
        DisciplineRegister register_(*org.company.db, org.company.clock);
        auto added = register_.proposeFromAttendance(org.admin, QDate(2026, 2, 1));
        QVERIFY2(added, qPrintable(added.error()));
        QVERIFY(*added > 0); // absence fines (ABS-02) and dismissal-review flags for everyone
        QCOMPARE(*register_.proposeFromAttendance(org.admin, QDate(2026, 2, 1)), 0); // once per occurrence
        const QList<DisciplineEntry> entries = *register_.entries(org.admin, QDate(2026, 2, 1));
        QVERIFY(std::all_of(entries.cbegin(), entries.cend(),
                            [](const DisciplineEntry &e) { return e.state == DisciplineState::Proposed; }));
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                            [](const DisciplineEntry &e) { return e.kind == DisciplineKind::DismissalReview; }));
        QVERIFY(register_.confirm(org.admin, entries.at(0).id));
        QVERIFY(!register_.waive(org.admin, entries.at(1).id, QStringLiteral(" "))); // a reason is required
        QVERIFY(register_.waive(org.admin, entries.at(1).id, QStringLiteral("春节前后打卡机故障")));
        QVERIFY(!register_.confirm(org.admin, entries.at(1).id)); // already decided
    }

    void payrollLinesWhenTheMonthIsConfirmedAndAdjustmentsAfter()
    {
        Org org;
        DisciplineRegister register_(*org.company.db, org.company.clock);
        QVERIFY(register_.proposeFromAttendance(org.admin, QDate(2026, 2, 1)));
        const QList<DisciplineEntry> entries = *register_.entries(org.admin, QDate(2026, 2, 1));
        qint64 clerkFine = 0;
        for (const DisciplineEntry &e : entries)
            if (e.employeeId == org.clerkEmployee && e.kind == DisciplineKind::Fine && !clerkFine) {
                QVERIFY(register_.confirm(org.admin, e.id));
                clerkFine = e.amountFen;
            }
        QVERIFY(clerkFine > 0);
        // The month shows the rules' proposal and, beside it, what HR confirmed.
        const auto decided = AttendanceMonth(*org.company.db, org.company.clock).sheet(org.admin, QDate(2026, 2, 1));
        for (const EmployeeMonth &e : decided->employees) {
            QCOMPARE(e.registerDecided, e.employee.id == org.clerkEmployee);
            if (e.employee.id == org.clerkEmployee) {
                QCOMPARE(e.confirmedFinesFen, clerkFine);
                QVERIFY(e.outcome.finesFen > clerkFine);
            }
        }
        QVERIFY(AttendanceMonth(*org.company.db, org.company.clock).confirm(org.admin, QDate(2026, 2, 1)));
        auto lines = PayrollLineRepository(*org.company.db).lines(QDate(2026, 2, 1));
        QVERIFY(lines);
        bool unpaid = false, fine = false;
        for (const PayrollLine &l : *lines) {
            if (l.employeeId != org.clerkEmployee)
                continue;
            unpaid = unpaid || (l.kind == QLatin1String("unpaid_days") && l.quantity > 10);
            fine = fine || (l.kind == QLatin1String("fine") && l.amountFen == clerkFine);
        }
        QVERIFY(unpaid);
        QVERIFY(fine);
        QVERIFY(sqlite3(org.company.path(), QStringLiteral("UPDATE payroll_lines SET amount_fen = 0"))
                    .contains(QStringLiteral("only added")));

        // LEAVE-04: an emergency leave for a confirmed February day becomes a March adjustment.
        LeaveDraft emergency;
        emergency.kind = LeaveKind::Personal;
        emergency.from = wallClock(QDate(2026, 2, 27), QTime(0, 0));
        emergency.to = wallClock(QDate(2026, 2, 27), QTime(23, 59));
        emergency.reason = QStringLiteral("急事");
        emergency.emergency = true;
        auto leave =
            TimeRequests(*org.company.db, org.company.clock).fileLeave(org.clerk, org.clerkEmployee, emergency);
        QVERIFY2(leave, qPrintable(leave.error()));
        QVERIFY(Approvals(*org.company.db, org.company.clock).decide(org.head, *leave, true, {}));
        auto march = PayrollLineRepository(*org.company.db).lines(QDate(2026, 3, 1));
        QCOMPARE(march->size(), 1);
        QCOMPARE(march->first().kind, QStringLiteral("adjustment"));
        QCOMPARE(march->first().quantity, 1.0);

        // The export reads the lines; without the export right it is refused (DB-04).
        auto report = PayrollExport(*org.company.db, org.company.clock).report(org.admin, QDate(2026, 2, 1));
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->tables.first().rows.size(), lines->size());
        QVERIFY(!PayrollExport(*org.company.db, org.company.clock).report(org.clerk, QDate(2026, 2, 1)));
    }
};

int runDisciplineTest(int argc, char **argv)
{
    DisciplineTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "DisciplineTest.moc"
