#include "domain/LeaveRules.h"
#include "common/domain/WallClock.h"
#include "domain/CompTimeExpiry.h"

#include <QTest>

using namespace shopdesk;

namespace {
QDateTime t(int month, int day, int hour, int minute = 0)
{
    return wallClock(QDate(2026, month, day), QTime(hour, minute));
}
LeaveDraft leave(LeaveKind kind, const QDateTime &from, const QDateTime &to)
{
    LeaveDraft d;
    d.kind = kind;
    d.from = from;
    d.to = to;
    d.reason = QStringLiteral("家中有事");
    return d;
}
} // namespace

// The leave rules (LEAVE-01..06, OT-02), pure.
class LeaveRulesTest : public QObject
{
    Q_OBJECT

    HolidayCalendar m_calendar = *HolidayCalendar::shipped();
    LeaveRules m_rules;
    const QDateTime m_longBefore = t(9, 1, 9);

private slots:
    void leave02_sickLeaveUpToThreeDaysTheSupervisorMoreTheSeniorManager()
    {
        QCOMPARE(m_rules.route(LeaveKind::Sick, 3), QList<ApproverKind>{ApproverKind::DirectSupervisor});
        QCOMPARE(m_rules.route(LeaveKind::Sick, 3.5),
                 (QList<ApproverKind>{ApproverKind::DirectSupervisor, ApproverKind::SeniorManager}));
        QCOMPARE(m_rules.route(LeaveKind::HospitalVisit, 0), QList<ApproverKind>{ApproverKind::DirectSupervisor});
    }

    void leave03_personalLeaveUpToTwoDaysTheSupervisorMoreTheSeniorManager()
    {
        QCOMPARE(m_rules.route(LeaveKind::Personal, 2), QList<ApproverKind>{ApproverKind::DirectSupervisor});
        QCOMPARE(m_rules.route(LeaveKind::Personal, 2.5).last(), ApproverKind::SeniorManager);
        QCOMPARE(m_rules.route(LeaveKind::Marriage, 3), QList<ApproverKind>{ApproverKind::DepartmentHead});
    }

    void leaveDaysCountWorkingDaysOnlyAcrossWeekendsAndHolidays()
    {
        // Wednesday 30 September to Monday 12 October 2026: National Day off 1-7 October, the
        // make-up working Saturday the 10th counts, Sunday the 11th does not.
        QCOMPARE(LeaveRules::workingDays(t(9, 30, 0), t(10, 12, 23, 59), m_calendar), 5.0);
        // Half days: from Monday noon to Tuesday noon is one day; a morning is half a day.
        QCOMPARE(LeaveRules::workingDays(t(11, 2, 12), t(11, 3, 12), m_calendar), 1.0);
        QCOMPARE(LeaveRules::workingDays(t(11, 2, 0), t(11, 2, 12), m_calendar), 0.5);
        QCOMPARE(LeaveRules::workingDays(t(11, 7, 0), t(11, 8, 23, 59), m_calendar), 0.0); // a weekend
        QVERIFY(!m_rules.check(leave(LeaveKind::Personal, t(11, 7, 0), t(11, 8, 23, 59)), m_longBefore, m_calendar, 0));
    }

    void leave01_lessThanADayAheadIsFlaggedNotRefused()
    {
        const LeaveDraft monday = leave(LeaveKind::Personal, t(11, 2, 0), t(11, 2, 23, 59));
        auto early = m_rules.check(monday, t(10, 30, 23), m_calendar, 0); // 25 hours ahead
        QVERIFY(early);
        QVERIFY(!early->lateFiling);
        auto late = m_rules.check(monday, t(11, 1, 9), m_calendar, 0); // 15 hours ahead
        QVERIFY(late);
        QVERIFY(late->lateFiling);
        QVERIFY(!late->afterTheFact);
    }

    // Issue 11 (12): exactly one day ahead is in time; a second less is late filing.
    void leave01_exactlyTwentyFourHoursAheadIsInTime()
    {
        const LeaveDraft monday = leave(LeaveKind::Personal, t(11, 2, 0), t(11, 2, 23, 59));
        auto exactly = m_rules.check(monday, t(11, 1, 0), m_calendar, 0);
        QVERIFY2(exactly, qPrintable(exactly.error()));
        QVERIFY(!exactly->lateFiling);
        auto aSecondLess = m_rules.check(monday, t(11, 1, 0).addSecs(1), m_calendar, 0);
        QVERIFY(aSecondLess);
        QVERIFY(aSecondLess->lateFiling);
    }

    void leave04_afterTheFactOnlyAsAnEmergency()
    {
        LeaveDraft monday = leave(LeaveKind::Personal, t(11, 2, 0), t(11, 2, 23, 59));
        const auto refused = m_rules.check(monday, t(11, 2, 10), m_calendar, 0);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("LEAVE-04")));
        monday.emergency = true;
        auto accepted = m_rules.check(monday, t(11, 2, 10), m_calendar, 0);
        QVERIFY(accepted);
        QVERIFY(accepted->afterTheFact);
        QVERIFY(accepted->lateFiling);
    }

    void leave02_sickLeaveOfADayMayBeFiledAfterwardsLongerNeedsACertificate()
    {
        QVERIFY(m_rules.check(leave(LeaveKind::Sick, t(11, 2, 0), t(11, 2, 23, 59)), t(11, 3, 9), m_calendar, 0));
        LeaveDraft longer = leave(LeaveKind::Sick, t(11, 2, 0), t(11, 3, 12)); // a day and a half
        QVERIFY(!m_rules.check(longer, m_longBefore, m_calendar, 0)); // no certificate
        longer.attachments = {{QStringLiteral("证明.jpg"), QByteArray("scan"), 0}};
        QVERIFY(m_rules.check(longer, m_longBefore, m_calendar, 0));
        QVERIFY(!m_rules.check(longer, t(11, 4, 9), m_calendar, 0)); // afterwards: more than a day
        auto visit =
            m_rules.check(leave(LeaveKind::HospitalVisit, t(11, 2, 9), t(11, 2, 11, 30)), t(11, 2, 15), m_calendar, 0);
        QVERIFY(visit);
        QCOMPARE(visit->hours, 2.5);
        QVERIFY(!m_rules.check(leave(LeaveKind::HospitalVisit, t(11, 2, 9), t(11, 3, 9)), m_longBefore, m_calendar, 0));
    }

    void leave06_marriageAndBereavementUpToTheirEntitlement()
    {
        QVERIFY(m_rules.check(leave(LeaveKind::Marriage, t(11, 2, 0), t(11, 4, 23, 59)), m_longBefore, m_calendar, 0));
        QVERIFY(!m_rules.check(leave(LeaveKind::Marriage, t(11, 2, 0), t(11, 5, 12)), m_longBefore, m_calendar, 0));
        // An extension counts the days already taken.
        QVERIFY(!m_rules.check(leave(LeaveKind::Bereavement, t(11, 5, 0), t(11, 5, 23, 59)), m_longBefore, m_calendar,
                               0, 3));
        LeaveSettings five;
        five.marriageDays = 5; // a setting
        QVERIFY(LeaveRules(five).check(leave(LeaveKind::Marriage, t(11, 2, 0), t(11, 6, 23, 59)), m_longBefore,
                                       m_calendar, 0));
    }

    // Issue 11 (8), OT-02: taking uses the oldest hours first; what is left of the hours earned
    // by the cutoff has expired (prior payouts count as taken).
    void ot02_compTimeLeftFromBeforeTheCutoffHasExpired()
    {
        const QList<CompTimeEntry> ledger{
            {QDate(2026, 1, 10), 8, {}}, {QDate(2026, 2, 3), -3, {}}, {QDate(2026, 3, 7), 4, {}}};
        QCOMPARE(CompTimeExpiry::expiredHours(ledger, QDate(2026, 1, 9)), 0.0);
        QCOMPARE(CompTimeExpiry::expiredHours(ledger, QDate(2026, 1, 10)), 5.0);
        QCOMPARE(CompTimeExpiry::expiredHours(ledger, QDate(2026, 3, 7)), 9.0);
        QList<CompTimeEntry> paid = ledger;
        paid.append({QDate(2026, 7, 31), -5, QStringLiteral("paid out")});
        QCOMPARE(CompTimeExpiry::expiredHours(paid, QDate(2026, 1, 31)), 0.0);
        QList<CompTimeEntry> overspent{{QDate(2026, 1, 10), 2, {}}, {QDate(2026, 1, 12), -6, {}}};
        QCOMPARE(CompTimeExpiry::expiredHours(overspent, QDate(2026, 6, 30)), 0.0);
    }

    void ot02_compTimeOffIsTakenFromTheHoursEarned()
    {
        const LeaveDraft day = leave(LeaveKind::CompTime, t(11, 2, 0), t(11, 2, 23, 59)); // 6 hours
        QVERIFY(!m_rules.check(day, m_longBefore, m_calendar, 5.5));
        QVERIFY(m_rules.check(day, m_longBefore, m_calendar, 6));
    }
};

int runLeaveRulesTest(int argc, char **argv)
{
    LeaveRulesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "LeaveRulesTest.moc"
