#include "approval/Approvals.h"

#include "AttendanceMonth.h"
#include "AttendancePolicyService.h"
#include "HrActions.h"
#include "HrArea.h"
#include "TestSupport.h"
#include "TimeRequests.h"
#include "common/domain/WallClock.h"
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

using namespace shopdesk;
using namespace shopdesk::test;

// Leave, out-of-office and overtime through the approvals engine into attendance (issue 5).
// The clock stands at 2026-03-02 01:00 UTC (a Monday); the clerk's supervisor is the office head;
// the senior manager is the general manager (admin), none being set.
class TimeRequestsTest : public QObject
{
    Q_OBJECT

    static QDateTime t(int month, int day, int hour, int minute = 0)
    {
        return wallClock(QDate(2026, month, day), QTime(hour, minute));
    }
    static LeaveDraft leave(LeaveKind kind, const QDateTime &from, const QDateTime &to)
    {
        LeaveDraft d;
        d.kind = kind;
        d.from = from;
        d.to = to;
        d.reason = QStringLiteral("家中有事");
        return d;
    }
    static Status approveAll(Org &org, qint64 id)
    {
        Approvals approvals(*org.company.db, org.company.clock);
        for (const Actor *who : {&org.head, &org.admin, &org.sales}) {
            auto request = approvals.detail(org.admin, id);
            if (!request || request->state != RequestState::Pending)
                break;
            const ApprovalStep *step = request->currentStep();
            if (step && step->approverUserId == who->userId)
                if (Status s = approvals.decide(*who, id, true, QStringLiteral("同意")); !s)
                    return s;
        }
        return success();
    }
    static DayOutcome dayOf(Org &org, qint64 employee, const QDate &day)
    {
        auto sheet = AttendanceMonth(*org.company.db, org.company.clock).sheet(org.admin, day);
        for (const EmployeeMonth &e : sheet->employees)
            if (e.employee.id == employee)
                return e.outcome.days.at(day.day() - 1);
        return {};
    }

private slots:
    void initTestCase() { HrArea::define(); }

    void issue12_onesRequestsAPageAtATimeTheLatestFirst()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        QList<qint64> latestFirst;
        for (int day : {7, 8, 14, 15, 21}) { // weekends of March
            auto id = requests.fileOvertime(org.clerk, org.clerkEmployee,
                                            {t(3, day, 9), t(3, day, 12), QStringLiteral("盘点")});
            QVERIFY2(id, qPrintable(id.error()));
            latestFirst.prepend(*id);
        }
        QList<qint64> read;
        PageCursor after;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            auto page = requests.requestPage(org.clerk, org.clerkEmployee, after, 2);
            QVERIFY2(page, qPrintable(page.error()));
            QVERIFY(anotherPcCanCommit(org.company.path())); // each page a finished query (STYLE 3)
            for (const TimeRequestRow &r : page->rows)
                read << r.requestId;
            after = page->next;
            more = page->more;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(read, latestFirst);
        // Someone else's requests, without the attendance right: refused, as requests() is.
        QVERIFY(!requests.requests(org.clerk2, org.clerkEmployee));
        QVERIFY(!requests.requestPage(org.clerk2, org.clerkEmployee, {}, 2));
    }

    void leave03_fileApproveAndTheDayIsExcused()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        QVERIFY(!requests.fileLeave(org.clerk, org.clerk2Employee,
                                    leave(LeaveKind::Personal, t(3, 4, 0), t(3, 4, 23, 59)))); // not theirs
        auto id =
            requests.fileLeave(org.clerk, org.clerkEmployee, leave(LeaveKind::Personal, t(3, 4, 0), t(3, 4, 23, 59)));
        QVERIFY2(id, qPrintable(id.error()));
        auto request = Approvals(*org.company.db, org.company.clock).detail(org.admin, *id);
        QCOMPARE(request->steps.size(), 1);
        QCOMPARE(request->steps.first().approverUserId, org.head.userId); // the direct supervisor
        QVERIFY(!request->payload.value(QStringLiteral("late_filing")).toBool());
        org.company.clock.set(QDateTime(QDate(2026, 3, 6), QTime(2, 0), Qt::UTC));
        QCOMPARE(dayOf(org, org.clerkEmployee, QDate(2026, 3, 4)).halfDays[0],
                 AttendanceStatus::Absent); // not yet approved
        QVERIFY(approveAll(org, *id));
        const DayOutcome day = dayOf(org, org.clerkEmployee, QDate(2026, 3, 4));
        QCOMPARE(day.halfDays[0], AttendanceStatus::PersonalLeave);
        QCOMPARE(day.halfDays[1], AttendanceStatus::PersonalLeave);
        QCOMPARE(day.absenceDays, 0.0);
    }

    void leave02_threeDaysOfSickLeaveTheSupervisorThreeAndAHalfTheSeniorManager()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        LeaveDraft three = leave(LeaveKind::Sick, t(3, 9, 0), t(3, 11, 23, 59));
        three.attachments = {{QStringLiteral("证明.jpg"), QByteArray("scan"), 0}};
        auto a = requests.fileLeave(org.clerk, org.clerkEmployee, three);
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(Approvals(*org.company.db, org.company.clock).detail(org.admin, *a)->steps.size(), 1);
        // The certificate travels with the request: its approver opens it, an outsider cannot.
        Approvals approvals(*org.company.db, org.company.clock);
        const QJsonArray attached = approvals.detail(org.head, *a)->attachments;
        QCOMPARE(attached.size(), 1);
        const qint64 file = attached.first().toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(approvals.attachment(org.head, file)->content, QByteArray("scan"));
        QVERIFY(!approvals.attachment(org.sales, file));
        LeaveDraft huge = leave(LeaveKind::Sick, t(3, 23, 0), t(3, 24, 23, 59));
        huge.attachments = {{QStringLiteral("big.pdf"), QByteArray(AttachedFile::kMaxBytes + 1, 'x'), 0}};
        QVERIFY(!requests.fileLeave(org.clerk, org.clerkEmployee, huge));
        LeaveDraft threeAndAHalf = leave(LeaveKind::Sick, t(3, 16, 0), t(3, 19, 12));
        threeAndAHalf.attachments = {{QStringLiteral("证明.jpg"), QByteArray("scan"), 0}};
        auto b = requests.fileLeave(org.clerk, org.clerkEmployee, threeAndAHalf);
        QVERIFY2(b, qPrintable(b.error()));
        const auto steps = Approvals(*org.company.db, org.company.clock).detail(org.admin, *b)->steps;
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.last().kind, ApproverKind::SeniorManager);
        QCOMPARE(steps.last().approverUserId, org.admin.userId); // the GM, no senior manager set
    }

    void overlappingRequestsAreRefused()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        auto first =
            requests.fileLeave(org.clerk, org.clerkEmployee, leave(LeaveKind::Personal, t(3, 4, 0), t(3, 5, 23, 59)));
        QVERIFY(first);
        const auto again =
            requests.fileLeave(org.clerk, org.clerkEmployee, leave(LeaveKind::Personal, t(3, 5, 12), t(3, 5, 23, 59)));
        QVERIFY(!again);
        QVERIFY(again.error().contains(QString::number(*first)));
        QVERIFY(requests.fileLeave(org.clerk, org.clerkEmployee,
                                   leave(LeaveKind::Personal, t(3, 6, 0), t(3, 6, 12)))); // the next day
        QVERIFY(Approvals(*org.company.db, org.company.clock).withdraw(org.clerk, *first));
        QVERIFY(
            requests.fileLeave(org.clerk, org.clerkEmployee, leave(LeaveKind::Personal, t(3, 5, 12), t(3, 5, 23, 59))));
    }

    void leave04_anExtensionIsFiledBeforeTheLeaveEnds()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        auto original =
            requests.fileLeave(org.clerk, org.clerkEmployee, leave(LeaveKind::Personal, t(3, 4, 0), t(3, 4, 23, 59)));
        QVERIFY(original);
        QVERIFY(approveAll(org, *original));
        org.company.clock.set(QDateTime(QDate(2026, 3, 4), QTime(2, 0), Qt::UTC)); // during the leave
        LeaveDraft more = leave(LeaveKind::Personal, t(3, 5, 0), t(3, 6, 23, 59));
        more.emergency = false;
        auto extension = requests.fileLeave(org.clerk, org.clerkEmployee, more, *original);
        QVERIFY2(extension, qPrintable(extension.error()));
        // One plus two days: more than two, so the senior manager approves the extension.
        QCOMPARE(Approvals(*org.company.db, org.company.clock).detail(org.admin, *extension)->steps.last().kind,
                 ApproverKind::SeniorManager);
        QVERIFY(Approvals(*org.company.db, org.company.clock).withdraw(org.clerk, *extension));
        org.company.clock.set(QDateTime(QDate(2026, 3, 5), QTime(2, 0), Qt::UTC)); // the leave has ended
        more.emergency = true;
        const auto tooLate = requests.fileLeave(org.clerk, org.clerkEmployee, more, *original);
        QVERIFY(!tooLate);
        QVERIFY(tooLate.error().contains(QStringLiteral("LEAVE-04")));
    }

    void leave04_leaveFiledAfterConfirmationIsFlagged()
    {
        Org org;
        QVERIFY(AttendanceMonth(*org.company.db, org.company.clock).confirm(org.admin, QDate(2026, 2, 1)));
        LeaveDraft emergency = leave(LeaveKind::Personal, t(2, 27, 0), t(2, 27, 23, 59));
        emergency.emergency = true;
        auto id = TimeRequests(*org.company.db, org.company.clock).fileLeave(org.clerk, org.clerkEmployee, emergency);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(Approvals(*org.company.db, org.company.clock)
                    .detail(org.admin, *id)
                    ->payload.value(QStringLiteral("late_filing"))
                    .toBool());
        QVERIFY(approveAll(org, *id));
        auto sheet = AttendanceMonth(*org.company.db, org.company.clock).sheet(org.admin, QDate(2026, 2, 1));
        for (const EmployeeMonth &e : sheet->employees)
            if (e.employee.id == org.clerkEmployee) {
                QCOMPARE(e.changesAfterConfirmation.size(), 1);
                QCOMPARE(e.outcome.days.at(26).halfDays[0], AttendanceStatus::PersonalLeave);
            }
    }

    void ot02_hol02_overtimeByDayTypeAndTheCompTimeLedger()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        auto overtime = [&](int month, int day) {
            auto id = requests.fileOvertime(org.clerk, org.clerkEmployee,
                                            {t(month, day, 9), t(month, day, 12), QStringLiteral("大促备货")});
            return id && approveAll(org, *id) ? *id : 0;
        };
        QVERIFY(overtime(3, 7)); // a Saturday: rest day, 200% or comp time
        QCOMPARE(*requests.compTimeBalance(org.clerk, org.clerkEmployee), 3.0);
        const qint64 holiday = overtime(4, 5); // Qingming, a statutory holiday proper: 300%, never comp time
        QVERIFY(holiday);
        QCOMPARE(Approvals(*org.company.db, org.company.clock)
                     .detail(org.admin, holiday)
                     ->payload.value(QStringLiteral("percent"))
                     .toInt(),
                 300);
        QVERIFY(overtime(3, 9)); // a working day: 150%
        QCOMPARE(*requests.compTimeBalance(org.clerk, org.clerkEmployee), 3.0);
        // Taking it: half a day is 3 hours; the next half day finds nothing left.
        auto off =
            requests.fileLeave(org.clerk, org.clerkEmployee, leave(LeaveKind::CompTime, t(3, 12, 0), t(3, 12, 12)));
        QVERIFY2(off, qPrintable(off.error()));
        QVERIFY(approveAll(org, *off));
        QCOMPARE(*requests.compTimeBalance(org.clerk, org.clerkEmployee), 0.0);
        QVERIFY(
            !requests.fileLeave(org.clerk, org.clerkEmployee, leave(LeaveKind::CompTime, t(3, 13, 0), t(3, 13, 12))));
        // Unapproved overtime does not count (OT-02).
        QVERIFY(requests.fileOvertime(org.clerk, org.clerkEmployee, {t(3, 14, 9), t(3, 14, 12), QStringLiteral("x")}));
        QCOMPARE(*requests.compTimeBalance(org.clerk, org.clerkEmployee), 0.0);
        // The monthly report shows the balance at each month's end (ATT-11): earned and spent in
        // March, nothing yet at the end of February.
        overtime(4, 11); // a Saturday in April: 3 hours more
        auto balanceOn = [&](const QDate &month) {
            auto sheet = AttendanceMonth(*org.company.db, org.company.clock).sheet(org.admin, month);
            for (const EmployeeMonth &e : sheet->employees)
                if (e.employee.id == org.clerkEmployee)
                    return e.compTimeBalanceHours;
            return -1.0;
        };
        QCOMPARE(balanceOn(QDate(2026, 2, 1)), 0.0);
        QCOMPARE(balanceOn(QDate(2026, 3, 1)), 0.0);
        QCOMPARE(balanceOn(QDate(2026, 4, 1)), 3.0);
        // The ledger is only ever added to.
        QVERIFY(sqlite3(org.company.path(), QStringLiteral("UPDATE comp_time_ledger SET hours = 99"))
                    .contains(QStringLiteral("append-only")));
        QVERIFY(sqlite3(org.company.path(), QStringLiteral("DELETE FROM comp_time_ledger"))
                    .contains(QStringLiteral("append-only")));
    }

    static void setPolicy(Org &org, const std::function<void(AttendancePolicy &)> &change)
    {
        AttendancePolicy policy = *AttendancePolicyService(*org.company.db, org.company.clock).policy();
        change(policy);
        QVERIFY(AttendancePolicyService(*org.company.db, org.company.clock).save(org.admin, policy));
    }

    // Issue 11 (7), ATT-02: with the literal work week (Monday to Sunday), a Saturday counts as a
    // working day for leave lengths, for the overtime day type and so for comp time too.
    void att02_theWorkWeekSettingCountsForLeaveOvertimeAndCompTime()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        QVERIFY(!requests.fileLeave(org.clerk, org.clerkEmployee,
                                    leave(LeaveKind::Personal, t(3, 7, 0), t(3, 7, 23, 59)))); // a rest day
        setPolicy(org, [](AttendancePolicy &p) { p.workWeekAllDays = true; });
        auto saturday =
            requests.fileLeave(org.clerk, org.clerkEmployee, leave(LeaveKind::Personal, t(3, 7, 0), t(3, 7, 23, 59)));
        QVERIFY2(saturday, qPrintable(saturday.error()));
        QCOMPARE(Approvals(*org.company.db, org.company.clock)
                     .detail(org.admin, *saturday)
                     ->figures.value(QStringLiteral("days"))
                     .toDouble(),
                 1.0);
        auto overtime = requests.fileOvertime(org.clerk, org.clerkEmployee,
                                              {t(3, 14, 9), t(3, 14, 12), QStringLiteral("大促备货")});
        QVERIFY2(overtime, qPrintable(overtime.error()));
        const QJsonObject payload = Approvals(*org.company.db, org.company.clock).detail(org.admin, *overtime)->payload;
        QCOMPARE(payload.value(QStringLiteral("percent")).toInt(), 150); // a working day now
        QVERIFY(!payload.value(QStringLiteral("earns_comp_time")).toBool());
        QVERIFY(approveAll(org, *overtime));
        QCOMPARE(*requests.compTimeBalance(org.clerk, org.clerkEmployee), 0.0);
    }

    // Issue 11 (8), HOL-02: the overtime rates are the policy's.
    void hol02_overtimeRatesAreSettings()
    {
        Org org;
        setPolicy(org, [](AttendancePolicy &p) {
            p.overtimeWorkingDayPercent = 160;
            p.overtimeStatutoryPercent = 350;
        });
        TimeRequests requests(*org.company.db, org.company.clock);
        auto percentOf = [&](int month, int day) {
            auto id = requests.fileOvertime(org.clerk, org.clerkEmployee,
                                            {t(month, day, 9), t(month, day, 12), QStringLiteral("盘点")});
            return id ? Approvals(*org.company.db, org.company.clock)
                            .detail(org.admin, *id)
                            ->payload.value(QStringLiteral("percent"))
                            .toInt()
                      : -1;
        };
        QCOMPARE(percentOf(3, 9), 160); // a Monday
        QCOMPARE(percentOf(4, 5), 350); // Qingming
        AttendancePolicy below;
        below.overtimeRestDayPercent = 90;
        QVERIFY(!below.validate());
    }

    // Issue 11 (8), OT-02, HOL-02: comp time not taken within the policy's months is paid at the
    // rest-day rate through a payroll line when HR confirms a month, once.
    void ot02_hol02_compTimeNotTakenIsPaidOutAtTheRestDayRate()
    {
        Org org;
        setPolicy(org, [](AttendancePolicy &p) {
            p.compTimeExpiryMonths = 1;
            p.overtimeRestDayPercent = 200;
        });
        TimeRequests requests(*org.company.db, org.company.clock);
        auto saturday =
            requests.fileOvertime(org.clerk, org.clerkEmployee, {t(3, 7, 9), t(3, 7, 12), QStringLiteral("大促备货")});
        QVERIFY(saturday && approveAll(org, *saturday));
        QCOMPARE(*requests.compTimeBalance(org.clerk, org.clerkEmployee), 3.0);
        const QString paidOut =
            QStringLiteral(
                "SELECT coalesce(sum(quantity), 0) FROM payroll_lines WHERE kind = 'overtime_200' AND employee_id = %1")
                .arg(org.clerkEmployee);
        org.company.clock.set(QDateTime(QDate(2026, 4, 2), QTime(2, 0), Qt::UTC));
        QVERIFY(AttendanceMonth(*org.company.db, org.company.clock).confirm(org.admin, QDate(2026, 3, 1)));
        QCOMPARE(sqlite3(org.company.path(), paidOut),
                 QStringLiteral("0")); // earned 7 March, not a month old by 31 March
        org.company.clock.set(QDateTime(QDate(2026, 5, 2), QTime(2, 0), Qt::UTC));
        QVERIFY(AttendanceMonth(*org.company.db, org.company.clock).confirm(org.admin, QDate(2026, 4, 1)));
        QCOMPARE(sqlite3(org.company.path(), paidOut).toDouble(), 3.0);
        QCOMPARE(*requests.compTimeBalance(org.clerk, org.clerkEmployee), 0.0);
        org.company.clock.set(QDateTime(QDate(2026, 6, 2), QTime(2, 0), Qt::UTC));
        QVERIFY(AttendanceMonth(*org.company.db, org.company.clock).confirm(org.admin, QDate(2026, 5, 1)));
        QCOMPARE(sqlite3(org.company.path(), paidOut).toDouble(), 3.0); // once
    }

    // Issue 11 (5), LEAVE-02/03: adjacent requests of the same kind are one run for routing and
    // for the certificate: 2 + 2 days of sick leave, or 2 + 2 across a weekend, reach the senior
    // manager; 1 + 1 days need the certificate.
    void leave02_leave03_adjacentRequestsAreOneRunForRoutingAndTheCertificate()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        Approvals approvals(*org.company.db, org.company.clock);
        auto sick = [&](int fromDay, int toDay, bool certificate) {
            LeaveDraft d = leave(LeaveKind::Sick, t(3, fromDay, 0), t(3, toDay, 23, 59));
            if (certificate)
                d.attachments = {{QStringLiteral("证明.jpg"), QByteArray("scan"), 0}};
            return requests.fileLeave(org.clerk, org.clerkEmployee, d);
        };
        auto first = sick(5, 6, true); // Thursday and Friday
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(approvals.detail(org.admin, *first)->steps.size(), 1); // the supervisor alone
        auto second = sick(9, 10, true); // Monday and Tuesday, after the weekend
        QVERIFY2(second, qPrintable(second.error()));
        const auto run = approvals.detail(org.admin, *second);
        QCOMPARE(run->figures.value(QStringLiteral("days")).toDouble(), 4.0);
        QCOMPARE(run->steps.size(), 2);
        QCOMPARE(run->steps.last().approverUserId, org.admin.userId); // the senior manager
        // A gap of a working day starts a new run.
        auto apart = sick(12, 13, true);
        QVERIFY2(apart, qPrintable(apart.error()));
        QCOMPARE(approvals.detail(org.admin, *apart)->steps.size(), 1);
        // 1 + 1 days: the second needs the certificate.
        QVERIFY(sick(17, 17, false));
        auto uncertified = sick(18, 18, false);
        QVERIFY(!uncertified);
        QVERIFY2(uncertified.error().contains(QStringLiteral("certificate")), qPrintable(uncertified.error()));
        QVERIFY(sick(18, 18, true));
    }

    // Issue 11 (12), LEAVE-07: the medical period runs on across a weekend between sick leaves.
    void leave07_theMedicalPeriodRunsOnAcrossAWeekend()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        for (const auto &[from, to] : {std::pair{5, 6}, std::pair{9, 10}}) {
            LeaveDraft d = leave(LeaveKind::Sick, t(3, from, 0), t(3, to, 23, 59));
            d.attachments = {{QStringLiteral("证明.jpg"), QByteArray("scan"), 0}};
            auto id = requests.fileLeave(org.clerk, org.clerkEmployee, d);
            QVERIFY2(id, qPrintable(id.error()));
            QVERIFY(approveAll(org, *id));
        }
        for (const QDate &asOf : {QDate(2026, 3, 8), QDate(2026, 3, 10)}) {
            auto period = requests.medicalPeriod(org.admin, org.clerkEmployee, asOf);
            QVERIFY(period);
            QCOMPARE(period->start, QDate(2026, 3, 5));
        }
        QCOMPARE(requests.medicalPeriod(org.admin, org.clerkEmployee, QDate(2026, 3, 10))->daysUsed, 4.0);
        QVERIFY(!requests.medicalPeriod(org.admin, org.clerkEmployee, QDate(2026, 3, 12))
                     ->start.isValid()); // Wednesday 11th worked
    }

    void att07_approvedOutOfOfficeExcusesMissingPunchesAndNamesTheApprover()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        QVERIFY(!requests.fileOutOfOffice(org.clerk, org.clerkEmployee,
                                          {t(3, 4, 8), t(3, 4, 17), {}, QStringLiteral("送合同")}));
        auto id =
            requests.fileOutOfOffice(org.clerk, org.clerkEmployee,
                                     {t(3, 4, 8), t(3, 4, 17), QStringLiteral("客户公司"), QStringLiteral("送合同")});
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(approveAll(org, *id));
        org.company.clock.set(QDateTime(QDate(2026, 3, 6), QTime(2, 0), Qt::UTC));
        const DayOutcome day = dayOf(org, org.clerkEmployee, QDate(2026, 3, 4));
        QCOMPARE(day.halfDays[0], AttendanceStatus::OutOnBusiness);
        QCOMPARE(day.absenceDays, 0.0);
        // RULE ATT-07: who certified it stays on record.
        QCOMPARE(Approvals(*org.company.db, org.company.clock).detail(org.admin, *id)->steps.first().decidedByUserId,
                 org.head.userId);
    }

    void leave07_theMedicalPeriodCountsFromTheFirstSickDay()
    {
        Org org;
        TimeRequests requests(*org.company.db, org.company.clock);
        LeaveDraft first = leave(LeaveKind::Sick, t(3, 3, 0), t(3, 4, 23, 59));
        first.attachments = {{QStringLiteral("证明.jpg"), QByteArray("scan"), 0}};
        LeaveDraft second = leave(LeaveKind::Sick, t(3, 5, 0), t(3, 6, 23, 59));
        second.attachments = {{QStringLiteral("证明.jpg"), QByteArray("scan"), 0}};
        for (const LeaveDraft &d : {first, second}) {
            auto id = requests.fileLeave(org.clerk, org.clerkEmployee, d);
            QVERIFY2(id, qPrintable(id.error()));
            QVERIFY(approveAll(org, *id));
        }
        auto period = requests.medicalPeriod(org.admin, org.clerkEmployee, QDate(2026, 3, 6));
        QVERIFY(period);
        QCOMPARE(period->start, QDate(2026, 3, 3));
        QCOMPARE(period->daysUsed, 4.0);
        QVERIFY(!requests.medicalPeriod(org.admin, org.clerkEmployee, QDate(2026, 3, 20))
                     ->start.isValid()); // the run ended
    }
};

int runTimeRequestsTest(int argc, char **argv)
{
    TimeRequestsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "TimeRequestsTest.moc"
