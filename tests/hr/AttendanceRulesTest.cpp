#include "domain/AttendanceRules.h"
#include "domain/DutyRoster.h"

#include <QJsonArray>
#include <QTest>

using namespace shopdesk;

namespace {

const QDate kMonday(2026, 11, 2);

QDateTime at(const QString &time, const QDate &day = kMonday)
{
    return QDateTime(day,
                     QTime::fromString(time, time.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss")));
}

// An administrative working day (08:00-11:00, 14:00-17:00) with the punches given.
AttendanceDayInput adminDay(const QStringList &punches, const QDate &day = kMonday)
{
    AttendanceDayInput input;
    input.date = day;
    input.shift = Shift::administrative();
    for (const QString &p : punches)
        input.punches.append({at(p, day), false});
    return input;
}

const QStringList kFullDay{QStringLiteral("07:55"), QStringLiteral("11:02"), QStringLiteral("13:50"),
                           QStringLiteral("17:05")};

// The day with the first punch replaced (lateness) or the last one (early leave).
QStringList arrivingAt(const QString &time)
{
    QStringList p = kFullDay;
    p[0] = time;
    return p;
}
QStringList leavingAt(const QString &time)
{
    QStringList p = kFullDay;
    p[3] = time;
    return p;
}

} // namespace

// The rules engine, one test per rule and clause (RULES.md ATT, ABS, HOL-02).
class AttendanceRulesTest : public QObject
{
    Q_OBJECT

    AttendanceRules m_rules{AttendancePolicy{}};

    SegmentOutcome morning(const QStringList &punches) { return m_rules.judgeDay(adminDay(punches)).segments.at(0); }
    SegmentOutcome afternoon(const QStringList &punches) { return m_rules.judgeDay(adminDay(punches)).segments.at(1); }

private slots:
    void initTestCase() { QCOMPARE(kMonday.dayOfWeek(), 1); }

    void att01_theThreeShiftsAreSeededAsData()
    {
        QCOMPARE(Shift::segmentsText(Shift::administrative().segments), QStringLiteral("08:00-11:00,14:00-17:00"));
        QCOMPARE(Shift::segmentsText(Shift::mainDuty().segments), QStringLiteral("07:30-11:30,15:00-22:00"));
        QVERIFY(Shift::mainDuty().restNextDay);
        QCOMPARE(Shift::segmentsText(Shift::supportDuty().segments), QStringLiteral("07:30-17:00"));
        QVERIFY(!Shift::supportDuty().restNextDay);
        auto parsed = Shift::parseSegments(QStringLiteral(" 8:00-11:00 , 14:00-17:00"));
        QVERIFY(parsed);
        QCOMPARE(*parsed, Shift::administrative().segments);
        QVERIFY(!Shift::parseSegments(QStringLiteral("11:00-08:00")));
        QVERIFY(!Shift::parseSegments(QStringLiteral("08:00-12:00,11:00-17:00"))); // overlapping
        QVERIFY(!Shift::parseSegments(QStringLiteral("8-11")));
        QVERIFY(!Shift::parseSegments(QStringLiteral("25:00-26:00")));
        QVERIFY(Shift::parseSegments(QStringLiteral("20:00-24:00")));
    }

    void att03_secondsAreDroppedAtTheStart()
    {
        QCOMPARE(morning(arrivingAt(QStringLiteral("08:00:00"))).status, AttendanceStatus::Present);
        QCOMPARE(morning(arrivingAt(QStringLiteral("08:00:59"))).status, AttendanceStatus::Present);
        const SegmentOutcome late = morning(arrivingAt(QStringLiteral("08:01:00")));
        QCOMPARE(late.status, AttendanceStatus::Late);
        QCOMPARE(late.lateMinutes, 1);
    }

    void att03_secondsAreDroppedAtTheEnd()
    {
        QCOMPARE(afternoon(leavingAt(QStringLiteral("17:00:00"))).status, AttendanceStatus::Present);
        const SegmentOutcome early = afternoon(leavingAt(QStringLiteral("16:59:59")));
        QCOMPARE(early.status, AttendanceStatus::Early);
        QCOMPARE(early.earlyMinutes, 1);
    }

    void att03_pairingWindowsOfTheAdministrativeShift()
    {
        // Morning check-in 00:00-09:29, check-out 09:30-12:29; afternoon in 12:30-15:29, out 15:30-23:59.
        const SegmentOutcome at0929 = morning(
            {QStringLiteral("09:29:59"), QStringLiteral("11:00"), QStringLiteral("14:00"), QStringLiteral("17:00")});
        QCOMPARE(at0929.checkIn->at.time(), QTime(9, 29, 59));
        QCOMPARE(at0929.lateMinutes, 89);
        const SegmentOutcome at0930 =
            morning({QStringLiteral("09:30"), QStringLiteral("14:00"), QStringLiteral("17:00")});
        QVERIFY(!at0930.checkIn);
        QCOMPARE(at0930.checkOut->at.time(), QTime(9, 30));
        QCOMPARE(at0930.status, AttendanceStatus::MissingPunch);
        const DayOutcome lunch = m_rules.judgeDay(adminDay(
            {QStringLiteral("08:00"), QStringLiteral("12:29"), QStringLiteral("12:30"), QStringLiteral("17:00")}));
        QCOMPARE(lunch.segments.at(0).checkOut->at.time(), QTime(12, 29));
        QCOMPARE(lunch.segments.at(1).checkIn->at.time(), QTime(12, 30));
        QCOMPARE(lunch.halfDays[0], AttendanceStatus::Present);
        QCOMPARE(lunch.halfDays[1], AttendanceStatus::Present);
        const SegmentOutcome late = afternoon(
            {QStringLiteral("08:00"), QStringLiteral("11:00"), QStringLiteral("15:29"), QStringLiteral("23:59:59")});
        QCOMPARE(late.lateMinutes, 89);
        QCOMPARE(late.checkOut->at.time(), QTime(23, 59, 59));
    }

    void att03_earliestCheckInAndLatestCheckOutCount()
    {
        const SegmentOutcome s = morning({QStringLiteral("07:40"), QStringLiteral("07:50"), QStringLiteral("11:05"),
                                          QStringLiteral("14:00"), QStringLiteral("17:00")});
        QCOMPARE(s.checkIn->at.time(), QTime(7, 40));
        QCOMPARE(s.checkOut->at.time(), QTime(11, 5));
        QCOMPARE(s.status, AttendanceStatus::Present); // a stray press without a return counts nothing
    }

    // Issue 11 (6), ATT-08, ABS-01(a): punches between the check-in and the check-out pair up as
    // going out and coming back; time away without a filing is early leave up to an hour, and
    // more than an hour off post is half a day's absence.
    void att08_abs01a_goingOutAndComingBackInsideASegment()
    {
        const SegmentOutcome hourAndAHalf =
            morning({QStringLiteral("07:40"), QStringLiteral("08:20"), QStringLiteral("10:00"), QStringLiteral("11:05"),
                     QStringLiteral("14:00"), QStringLiteral("17:00")});
        QCOMPARE(hourAndAHalf.awayMinutes, 100);
        QCOMPARE(hourAndAHalf.status, AttendanceStatus::Absent);
        QCOMPARE(hourAndAHalf.clause, QStringLiteral("ABS-01(a)"));
        QCOMPARE(hourAndAHalf.absenceDays, 0.5);
        const SegmentOutcome halfAnHour =
            morning({QStringLiteral("07:55"), QStringLiteral("09:00"), QStringLiteral("09:30"), QStringLiteral("11:02"),
                     QStringLiteral("14:00"), QStringLiteral("17:00")});
        QCOMPARE(halfAnHour.awayMinutes, 30);
        QCOMPARE(halfAnHour.status, AttendanceStatus::Early);
        QCOMPARE(halfAnHour.earlyMinutes, 30);
        const SegmentOutcome exactlyAnHour =
            morning({QStringLiteral("07:55"), QStringLiteral("09:00"), QStringLiteral("10:00"), QStringLiteral("11:02"),
                     QStringLiteral("14:00"), QStringLiteral("17:00")});
        QCOMPARE(exactlyAnHour.status, AttendanceStatus::Early); // "more than an hour" is absence
        // The same outing on file (ATT-07): nothing away.
        AttendanceDayInput noticed =
            adminDay({QStringLiteral("07:55"), QStringLiteral("08:20"), QStringLiteral("10:00"),
                      QStringLiteral("11:02"), QStringLiteral("14:00"), QStringLiteral("17:00")});
        noticed.filings.append({FilingKind::OutOnBusiness, at(QStringLiteral("08:15")), at(QStringLiteral("10:05"))});
        QCOMPARE(m_rules.judgeDay(noticed).segments.at(0).awayMinutes, 0);
        QCOMPARE(m_rules.judgeDay(noticed).segments.at(0).status, AttendanceStatus::Present);
    }

    void att03_graceMinutesAreASetting()
    {
        AttendancePolicy policy;
        policy.graceMinutes = 5;
        AttendanceRules lenient(policy);
        QCOMPARE(lenient.judgeDay(adminDay(arrivingAt(QStringLiteral("08:05:59")))).segments.at(0).status,
                 AttendanceStatus::Present);
        QCOMPARE(lenient.judgeDay(adminDay(arrivingAt(QStringLiteral("08:06")))).segments.at(0).lateMinutes, 6);
    }

    void att13_aSegmentWithoutPunchesIsHalfADayAbsent()
    {
        // Missing the morning entirely, present in the afternoon.
        const DayOutcome day = m_rules.judgeDay(adminDay({QStringLiteral("13:55"), QStringLiteral("17:01")}));
        QCOMPARE(day.segments.at(0).status, AttendanceStatus::Absent);
        QCOMPARE(day.segments.at(0).clause, QStringLiteral("ATT-13"));
        QCOMPARE(day.segments.at(1).status, AttendanceStatus::Present);
        QCOMPARE(day.absenceDays, 0.5);
        QCOMPARE(day.workedDays, 0.5);
    }

    void att13_aMissingCheckOutIsAMissingPunch()
    {
        const DayOutcome day =
            m_rules.judgeDay(adminDay({QStringLiteral("07:58"), QStringLiteral("13:58"), QStringLiteral("17:00")}));
        QCOMPARE(day.halfDays[0], AttendanceStatus::MissingPunch);
        QCOMPARE(day.segments.at(0).absenceDays, 0.5); // default: counts as half a day's absence
        QCOMPARE(day.segments.at(0).clause, QStringLiteral("ATT-13"));

        AttendancePolicy asLateness;
        asLateness.missingPunchIsAbsence = false; // the setting: early leave by the whole segment
        const MonthOutcome month =
            AttendanceRules(asLateness)
                .judgeMonth({adminDay({QStringLiteral("07:58"), QStringLiteral("13:58"), QStringLiteral("17:00")})});
        QCOMPARE(month.absentDays, 0.0);
        QCOMPARE(month.earlyCount, 1);
        QCOMPARE(month.earlyMinutes, 180);
        QCOMPARE(month.finesFen, 10000); // the top tier, not absence
    }

    void att05_lateTiersAtTheirBoundaries_data()
    {
        QTest::addColumn<QString>("arrival");
        QTest::addColumn<qint64>("fine");
        QTest::addColumn<double>("absent");
        QTest::newRow("1 min") << "08:01" << qint64(3000) << 0.0;
        QTest::newRow("exactly 15") << "08:15" << qint64(3000) << 0.0;
        QTest::newRow("16") << "08:16" << qint64(5000) << 0.0;
        QTest::newRow("exactly 30") << "08:30" << qint64(5000) << 0.0;
        QTest::newRow("31") << "08:31" << qint64(10000) << 0.0;
        QTest::newRow("exactly 60") << "09:00:59" << qint64(10000) << 0.0;
        QTest::newRow("61: absence, ABS-02 fine only") << "09:01" << qint64(10000) << 0.5;
    }

    void att05_lateTiersAtTheirBoundaries()
    {
        QFETCH(QString, arrival);
        QFETCH(qint64, fine);
        QFETCH(double, absent);
        const MonthOutcome month = m_rules.judgeMonth({adminDay(arrivingAt(arrival))});
        QCOMPARE(month.finesFen, fine);
        QCOMPARE(month.absentDays, absent);
        QCOMPARE(month.fines.size(), 1);
        QCOMPARE(month.fines.first().ruleId, absent > 0 ? QStringLiteral("ABS-02") : QStringLiteral("ATT-05"));
        if (absent > 0)
            QCOMPARE(month.days.first().segments.first().clause, QStringLiteral("ABS-01(c)"));
    }

    void att05_earlyLeaveUsesTheSameTiers()
    {
        const MonthOutcome month = m_rules.judgeMonth({adminDay(leavingAt(QStringLiteral("16:44")))});
        QCOMPARE(month.earlyCount, 1);
        QCOMPARE(month.earlyMinutes, 16);
        QCOMPARE(month.finesFen, 5000);
    }

    void att05_finesMayStartAtTheThirdOccurrence()
    {
        AttendancePolicy policy;
        policy.fineFromOccurrence = 3; // 「迟到或早退3次」 read as "from the third time"
        QList<AttendanceDayInput> days;
        for (int i = 0; i < 3; ++i)
            days.append(adminDay(arrivingAt(QStringLiteral("08:10")), kMonday.addDays(i)));
        const MonthOutcome month = AttendanceRules(policy).judgeMonth(days);
        QCOMPARE(month.lateCount, 3);
        QCOMPARE(month.fines.size(), 1);
        QCOMPARE(month.fines.first().date, kMonday.addDays(2));
        QCOMPARE(month.finesFen, 3000);
    }

    void att04_earlyLeaveIsFinedByDefaultAndAbsenceWhenStrict()
    {
        QCOMPARE(afternoon(leavingAt(QStringLiteral("16:50"))).status, AttendanceStatus::Early);
        AttendancePolicy strict;
        strict.earlyLeaveIsAbsence = true;
        const SegmentOutcome s =
            AttendanceRules(strict).judgeDay(adminDay(leavingAt(QStringLiteral("16:50")))).segments.at(1);
        QCOMPARE(s.status, AttendanceStatus::Absent);
        QCOMPARE(s.clause, QStringLiteral("ATT-04"));
        QCOMPARE(s.absenceDays, 0.5);
    }

    void att06_escalationLadderByOccurrence()
    {
        QList<AttendanceDayInput> days;
        for (int i = 0; i < 5; ++i) // Monday to Friday, late every day
            days.append(adminDay(arrivingAt(QStringLiteral("08:05")), kMonday.addDays(i)));
        const MonthOutcome month = m_rules.judgeMonth(days);
        QCOMPARE(month.flags.size(), 3);
        QCOMPARE(month.flags.at(0).kind, Escalation::Reminder);
        QCOMPARE(month.flags.at(0).date, kMonday.addDays(2));
        QCOMPARE(month.flags.at(1).kind, Escalation::Warning);
        QCOMPARE(month.flags.at(2).kind, Escalation::PublicNotice);
        QVERIFY(month.publicNotice);

        // Two occurrences: no flag. A late and an early segment on one day are two occurrences.
        QVERIFY(m_rules.judgeMonth(days.mid(0, 2)).flags.isEmpty());
        const MonthOutcome both = m_rules.judgeMonth({adminDay(
            {QStringLiteral("08:05"), QStringLiteral("11:00"), QStringLiteral("14:00"), QStringLiteral("16:55")})});
        QCOMPARE(both.lateCount + both.earlyCount, 2);
    }

    void att06_thirdMonthInARowWithANoticeFlagsDismissalReview()
    {
        QList<AttendanceDayInput> days;
        for (int i = 0; i < 5; ++i)
            days.append(adminDay(arrivingAt(QStringLiteral("08:05")), kMonday.addDays(i)));
        AttendanceHistory history;
        history.monthsInARowWithNoticeBefore = 1;
        auto hasReview = [](const MonthOutcome &m) {
            return std::any_of(m.flags.cbegin(), m.flags.cend(),
                               [](const EscalationFlag &f) { return f.kind == Escalation::DismissalReview; });
        };
        QVERIFY(!hasReview(m_rules.judgeMonth(days, history)));
        history.monthsInARowWithNoticeBefore = 2;
        QVERIFY(hasReview(m_rules.judgeMonth(days, history)));
    }

    void abs01f_aWholeDayWithoutPunchOrFiling()
    {
        const DayOutcome day = m_rules.judgeDay(adminDay({}));
        QCOMPARE(day.absenceDays, 1.0);
        QCOMPARE(day.segments.at(0).clause, QStringLiteral("ABS-01(f)"));
        QCOMPARE(day.segments.at(1).clause, QStringLiteral("ABS-01(f)"));
    }

    void abs01b_leaveThatRanOutWithoutExtension()
    {
        AttendanceDayInput onLeave = adminDay({});
        onLeave.filings.append({FilingKind::PersonalLeave, at(QStringLiteral("00:00")), at(QStringLiteral("23:59"))});
        const AttendanceDayInput nextDay = adminDay({}, kMonday.addDays(1));
        const MonthOutcome month = m_rules.judgeMonth({onLeave, nextDay});
        QCOMPARE(month.days.at(0).halfDays[0], AttendanceStatus::PersonalLeave);
        QCOMPARE(month.personalLeaveDays, 1.0);
        QCOMPARE(month.days.at(1).segments.at(0).clause, QStringLiteral("ABS-01(b)"));
        QCOMPARE(month.absentDays, 1.0);
        QCOMPARE(month.unpaidDays(), 2.0); // LEAVE-05: personal leave is unpaid, as is absence
    }

    void abs01c_lateOrEarlyOverAnHourIsAbsence()
    {
        const SegmentOutcome s = afternoon(leavingAt(QStringLiteral("15:59")));
        QCOMPARE(s.status, AttendanceStatus::Absent);
        QCOMPARE(s.clause, QStringLiteral("ABS-01(c)"));
        QCOMPARE(afternoon(leavingAt(QStringLiteral("16:00"))).status, AttendanceStatus::Early); // exactly 60
    }

    void att09_abs01d_proxyPunchingMakesBothAbsentAndFinesEach()
    {
        AttendanceDayInput day = adminDay(kFullDay); // the punches were there, made by someone else
        day.proxyPunchFinding = true;
        const MonthOutcome month = m_rules.judgeMonth({day});
        QCOMPARE(month.absentDays, 1.0);
        QCOMPARE(month.days.first().segments.first().clause, QStringLiteral("ATT-09"));
        QCOMPARE(month.finesFen, 10000 + 30000); // ABS-02 first absence + ATT-09
    }

    void abs01e_refusedReassignmentIsAbsence()
    {
        AttendanceDayInput day = adminDay(kFullDay);
        day.refusedReassignment = true;
        const DayOutcome outcome = m_rules.judgeDay(day);
        QCOMPARE(outcome.absenceDays, 1.0);
        QCOMPARE(outcome.segments.at(1).clause, QStringLiteral("ABS-01(e)"));
    }

    void abs02_firstAbsence100ThenEach300()
    {
        const MonthOutcome month =
            m_rules.judgeMonth({adminDay({QStringLiteral("14:00"), QStringLiteral("17:00")}), // half a day
                                adminDay(kFullDay, kMonday.addDays(1)), adminDay({}, kMonday.addDays(2)),
                                adminDay({}, kMonday.addDays(4))});
        QCOMPARE(month.absentDays, 2.5);
        QCOMPARE(month.fines.size(), 3);
        QCOMPARE(month.fines.at(0).fen, 10000);
        QCOMPARE(month.fines.at(1).fen, 30000);
        QCOMPARE(month.fines.at(2).fen, 30000);
    }

    void abs02_twoWorkingDaysInARowAcrossAWeekendFlagDismissalReview()
    {
        AttendanceDayInput friday = adminDay({}, kMonday.addDays(4));
        AttendanceDayInput saturday = adminDay({}, kMonday.addDays(5));
        saturday.shift.reset();
        saturday.dayType = DayType::Rest;
        const AttendanceDayInput monday = adminDay({}, kMonday.addDays(7));
        const MonthOutcome month = m_rules.judgeMonth({friday, saturday, monday});
        QCOMPARE(month.flags.size(), 1);
        QCOMPARE(month.flags.first().kind, Escalation::DismissalReview);
        QCOMPARE(month.flags.first().ruleId, QStringLiteral("ABS-02"));
        QCOMPARE(month.flags.first().date, kMonday.addDays(7));

        // Half a day present on the second day breaks the run.
        const MonthOutcome broken = m_rules.judgeMonth(
            {friday, saturday, adminDay({QStringLiteral("14:00"), QStringLiteral("17:00")}, kMonday.addDays(7))});
        QVERIFY(broken.flags.isEmpty());
    }

    void abs02_threeDaysInAYearFlagDismissalReview()
    {
        AttendanceHistory history;
        history.absentDaysEarlierThisYear = 2.5;
        const MonthOutcome month =
            m_rules.judgeMonth({adminDay({QStringLiteral("14:00"), QStringLiteral("17:00")})}, history);
        QCOMPARE(month.flags.size(), 1);
        QCOMPARE(month.flags.first().ruleId, QStringLiteral("ABS-02"));
        history.absentDaysEarlierThisYear = 2.0;
        QVERIFY(m_rules.judgeMonth({adminDay({QStringLiteral("14:00"), QStringLiteral("17:00")})}, history)
                    .flags.isEmpty());
    }

    void att12_punchesLessThanAMinuteApartCountOnce()
    {
        int dropped = 0;
        const QList<Punch> kept = AttendanceRules::withoutDuplicates({{at(QStringLiteral("08:00:50")), false},
                                                                      {at(QStringLiteral("07:59:55")), false},
                                                                      {at(QStringLiteral("08:00:54")), false},
                                                                      {at(QStringLiteral("08:00:55")), false}},
                                                                     &dropped);
        QCOMPARE(kept.size(), 2); // 07:59:55 kept; 08:00:50, :54 within 60 s; 08:00:55 is exactly 60 s later
        QCOMPARE(dropped, 2);
        QCOMPARE(kept.at(1).at.time(), QTime(8, 0, 55));
    }

    void att12_anApprovedMakeUpPunchCountsAndStaysMarked()
    {
        AttendanceDayInput day = adminDay({QStringLiteral("07:55"), QStringLiteral("11:01"), QStringLiteral("17:02")});
        day.punches.append({at(QStringLiteral("14:00")), true});
        const MonthOutcome month = m_rules.judgeMonth({day});
        QCOMPARE(month.days.first().halfDays[1], AttendanceStatus::Present);
        QVERIFY(month.days.first().segments.at(1).checkIn->makeUp);
        QCOMPARE(month.makeUpPunches, 1);
        QCOMPARE(month.absentDays, 0.0);
    }

    void att01_mainDutyEndsAt22AndPunchesBeforeMidnightCount()
    {
        AttendanceDayInput day;
        day.date = kMonday;
        day.shift = Shift::mainDuty();
        for (const char *t : {"07:29", "11:31", "14:58", "21:59:30"})
            day.punches.append({at(QString::fromLatin1(t)), false});
        const DayOutcome early = m_rules.judgeDay(day);
        QCOMPARE(early.segments.at(1).earlyMinutes, 1);
        day.punches.append({at(QStringLiteral("23:59:10")), false});
        QCOMPARE(m_rules.judgeDay(day).segments.at(1).status, AttendanceStatus::Present);
        // Main-duty pairing: the gap 11:30-15:00 splits at 13:15.
        day.punches = {{at(QStringLiteral("07:30")), false},
                       {at(QStringLiteral("13:14")), false},
                       {at(QStringLiteral("13:15")), false},
                       {at(QStringLiteral("22:00")), false}};
        const DayOutcome split = m_rules.judgeDay(day);
        QCOMPARE(split.segments.at(0).checkOut->at.time(), QTime(13, 14));
        QCOMPARE(split.segments.at(1).checkIn->at.time(), QTime(13, 15));
    }

    void att01_supportDutyIsOneSegmentAndADayOfAbsence()
    {
        AttendanceDayInput day;
        day.date = kMonday;
        day.shift = Shift::supportDuty();
        const DayOutcome none = m_rules.judgeDay(day);
        QCOMPARE(none.absenceDays, 1.0);
        QCOMPARE(none.halfDays[0], AttendanceStatus::Absent);
        QCOMPARE(none.halfDays[1], AttendanceStatus::Absent);
        day.punches = {{at(QStringLiteral("07:30")), false}, {at(QStringLiteral("17:00")), false}};
        QCOMPARE(m_rules.judgeDay(day).workedDays, 1.0);
    }

    // Issue 11 (9), resolution: a one-segment shift (support duty, 07:30-17:00) spans both
    // half-days. No punch at all is a whole day absent (each half-day without a punch, ATT-13);
    // more than an hour late or early (ATT-05, ABS-01(c)) and a missing punch (ATT-13) are half a
    // day, as the rules say, whatever the shift's length: the morning for a late or missing
    // check-in, the afternoon for early leave or a missing check-out.
    void att05_att13_supportDutyLosesHalfADayNotAWhole()
    {
        AttendanceDayInput late;
        late.date = kMonday;
        late.shift = Shift::supportDuty();
        late.punches = {{at(QStringLiteral("08:45")), false}, {at(QStringLiteral("17:00")), false}};
        const DayOutcome l = m_rules.judgeDay(late);
        QCOMPARE(l.segments.at(0).clause, QStringLiteral("ABS-01(c)"));
        QCOMPARE(l.absenceDays, 0.5);
        QCOMPARE(l.halfDays[0], AttendanceStatus::Absent);
        QCOMPARE(l.halfDays[1], AttendanceStatus::Present);
        QCOMPARE(l.workedDays, 0.5); // the other half is worked
        AttendanceDayInput early = late;
        early.punches = {{at(QStringLiteral("07:25")), false}, {at(QStringLiteral("15:30")), false}};
        const DayOutcome e = m_rules.judgeDay(early);
        QCOMPARE(e.absenceDays, 0.5);
        QCOMPARE(e.halfDays[0], AttendanceStatus::Present);
        QCOMPARE(e.halfDays[1], AttendanceStatus::Absent);
        AttendanceDayInput missing = late;
        missing.punches = {{at(QStringLiteral("07:25")), false}};
        const DayOutcome m = m_rules.judgeDay(missing);
        QCOMPARE(m.absenceDays, 0.5);
        QCOMPARE(m.halfDays[0], AttendanceStatus::Present);
        QCOMPARE(m.halfDays[1], AttendanceStatus::MissingPunch);
        // Two segments are unchanged: half a day each.
        QCOMPARE(morning(arrivingAt(QStringLiteral("09:05"))).absenceDays, 0.5);
    }

    void att01_att02_mainDutyThenRestTheNextDay()
    {
        const DutyDay monday{kMonday, 7, 8};
        const Shift admin = Shift::administrative(), main = Shift::mainDuty(), support = Shift::supportDuty();
        QCOMPARE(DutyRoster::scheduleFor(7, DayType::Working, monday, std::nullopt, admin, main, support).shift->kind,
                 Shift::Kind::MainDuty);
        QCOMPARE(DutyRoster::scheduleFor(8, DayType::Working, monday, std::nullopt, admin, main, support).shift->kind,
                 Shift::Kind::SupportDuty);
        // Tuesday, a working day: the main-duty person rests; the others work administrative hours.
        const auto rest = DutyRoster::scheduleFor(7, DayType::Working, std::nullopt, monday, admin, main, support);
        QVERIFY(!rest.shift);
        QVERIFY(rest.restAfterMainDuty);
        QCOMPARE(DutyRoster::scheduleFor(8, DayType::Working, std::nullopt, monday, admin, main, support).shift->kind,
                 Shift::Kind::Administrative);
        // Duty holds on a rest day or a holiday; others are off.
        QCOMPARE(
            DutyRoster::scheduleFor(7, DayType::Statutory, DutyDay{kMonday, 7, 8}, std::nullopt, admin, main, support)
                .shift->kind,
            Shift::Kind::MainDuty);
        QVERIFY(!DutyRoster::scheduleFor(9, DayType::Rest, DutyDay{kMonday, 7, 8}, std::nullopt, admin, main, support)
                     .shift);

        AttendanceDayInput resting;
        resting.date = kMonday.addDays(1);
        resting.restAfterMainDuty = true;
        const DayOutcome day = m_rules.judgeDay(resting);
        QVERIFY(!day.scheduled);
        QCOMPARE(day.absenceDays, 0.0);
        QCOMPARE(day.halfDays[0], AttendanceStatus::Rest);
    }

    void hol01_aMakeUpWorkingSaturdayIsWorked()
    {
        const QDate saturday(2026, 10, 10); // a make-up working Saturday (National Day 2026)
        const Shift admin = Shift::administrative();
        const auto scheduled = DutyRoster::scheduleFor(9, DayType::MakeUpWorking, std::nullopt, std::nullopt, admin,
                                                       Shift::mainDuty(), Shift::supportDuty());
        QVERIFY(scheduled.shift);
        AttendanceDayInput day = adminDay({}, saturday);
        day.dayType = DayType::MakeUpWorking;
        QCOMPARE(m_rules.judgeDay(day).absenceDays, 1.0);
        QVERIFY(!DutyRoster::scheduleFor(9, DayType::Rest, std::nullopt, std::nullopt, admin, Shift::mainDuty(),
                                         Shift::supportDuty())
                     .shift);
    }

    void att02_ot02_restDayPunchesAreShownNotCounted()
    {
        const QDate saturday = kMonday.addDays(5);
        AttendanceDayInput day = adminDay({QStringLiteral("09:00"), QStringLiteral("12:00")}, saturday);
        day.shift.reset();
        day.dayType = DayType::Rest;
        const DayOutcome unapproved = m_rules.judgeDay(day);
        QVERIFY(unapproved.punchesNotCounted);
        QCOMPARE(unapproved.overtimeMinutes, 0);
        QCOMPARE(unapproved.punches.size(), 2);
    }

    void hol02_approvedOvertimeByDayTypeWhileTheClockShowsThePerson()
    {
        const QDate saturday = kMonday.addDays(5);
        AttendanceDayInput day = adminDay({QStringLiteral("09:05"), QStringLiteral("12:10")}, saturday);
        day.shift.reset();
        day.dayType = DayType::Rest;
        day.filings.append(
            {FilingKind::Overtime, at(QStringLiteral("09:00"), saturday), at(QStringLiteral("12:00"), saturday)});
        const MonthOutcome rest = m_rules.judgeMonth({day});
        QCOMPARE(rest.overtimeMinutesRestDay, 175); // 09:05 to 12:00: approved and on the clock
        QVERIFY(!rest.days.first().punchesNotCounted);
        day.dayType = DayType::Statutory;
        const MonthOutcome holiday = m_rules.judgeMonth({day});
        QCOMPARE(holiday.overtimeMinutesStatutory, 175);
        QCOMPARE(holiday.overtimeMinutesRestDay, 0);
        QCOMPARE(holiday.days.first().halfDays[0], AttendanceStatus::Statutory);
    }

    void att07_outOfOfficeExcusesPunchesInItsRange()
    {
        // Issue 11 (6): a filing over the start excuses the person until it ends, not all morning:
        // back at 10:00 from a filing that ended at 09:30 is 30 minutes late.
        AttendanceDayInput day = adminDay(
            {QStringLiteral("10:00"), QStringLiteral("11:02"), QStringLiteral("13:58"), QStringLiteral("17:00")});
        day.filings.append({FilingKind::OutOnBusiness, at(QStringLiteral("07:30")), at(QStringLiteral("09:30"))});
        const SegmentOutcome late = m_rules.judgeDay(day).segments.at(0);
        QCOMPARE(late.status, AttendanceStatus::Late);
        QCOMPARE(late.lateMinutes, 30);
        AttendanceDayInput onTime = adminDay(
            {QStringLiteral("09:30:40"), QStringLiteral("11:02"), QStringLiteral("13:58"), QStringLiteral("17:00")});
        onTime.filings.append({FilingKind::OutOnBusiness, at(QStringLiteral("07:30")), at(QStringLiteral("09:30"))});
        QCOMPARE(m_rules.judgeDay(onTime).segments.at(0).status,
                 AttendanceStatus::Present); // back in the minute it ended
        // Back without a punch: the return is unknown, a missing punch (ATT-13), also when the
        // check-out falls inside the segment (it is no arrival).
        AttendanceDayInput unpunched =
            adminDay({QStringLiteral("11:02"), QStringLiteral("13:58"), QStringLiteral("17:00")});
        unpunched.filings.append({FilingKind::OutOnBusiness, at(QStringLiteral("07:30")), at(QStringLiteral("09:30"))});
        QCOMPARE(m_rules.judgeDay(unpunched).segments.at(0).status, AttendanceStatus::MissingPunch);
        AttendanceDayInput outEarly =
            adminDay({QStringLiteral("10:59"), QStringLiteral("13:58"), QStringLiteral("17:00")});
        outEarly.filings.append({FilingKind::OutOnBusiness, at(QStringLiteral("08:00")), at(QStringLiteral("09:00"))});
        const SegmentOutcome o = m_rules.judgeDay(outEarly).segments.at(0);
        QCOMPARE(o.status, AttendanceStatus::MissingPunch);
        QCOMPARE(o.lateMinutes, 0);
        AttendanceDayInput allMorning = adminDay({QStringLiteral("13:58"), QStringLiteral("17:00")});
        allMorning.filings.append(
            {FilingKind::OutOnBusiness, at(QStringLiteral("08:00")), at(QStringLiteral("11:00"))});
        const DayOutcome out = m_rules.judgeDay(allMorning);
        QCOMPARE(out.halfDays[0], AttendanceStatus::OutOnBusiness);
        QCOMPARE(out.absenceDays, 0.0);
        QCOMPARE(out.workedDays, 1.0);
    }

    void att08_goingOutWithoutNoticeIsEarlyLeave()
    {
        // Out at 10:00 without telling the office: early leave by 60 minutes (fined, not absence).
        const QStringList punches{QStringLiteral("07:55"), QStringLiteral("10:00"), QStringLiteral("13:58"),
                                  QStringLiteral("17:00")};
        const SegmentOutcome unannounced = m_rules.judgeDay(adminDay(punches)).segments.at(0);
        QCOMPARE(unannounced.status, AttendanceStatus::Early);
        QCOMPARE(unannounced.earlyMinutes, 60);
        // With the outing on file (ATT-07 request of a few hours), the morning is kept whole.
        AttendanceDayInput noticed = adminDay(punches);
        noticed.filings.append({FilingKind::OutOnBusiness, at(QStringLiteral("10:00")), at(QStringLiteral("11:30"))});
        QCOMPARE(m_rules.judgeDay(noticed).segments.at(0).status, AttendanceStatus::Present);
    }

    // Issue 11 (5), LEAVE-02: hospital-visit hours reach the month and the payroll as sick time.
    void leave02_hospitalVisitHoursCountAsSickLeave()
    {
        AttendanceDayInput day = adminDay({QStringLiteral("07:55"), QStringLiteral("09:00"), QStringLiteral("10:30"),
                                           QStringLiteral("11:02"), QStringLiteral("13:58"), QStringLiteral("17:00")});
        day.filings.append(
            {FilingKind::SickLeave, at(QStringLiteral("09:00")), at(QStringLiteral("10:30"))}); // a hospital visit
        const MonthOutcome month = m_rules.judgeMonth({day});
        QCOMPARE(month.days.at(0).segments.at(0).status, AttendanceStatus::Present);
        QCOMPARE(month.days.at(0).segments.at(0).awayMinutes, 0);
        QCOMPARE(month.sickLeaveDays, 0.25); // an hour and a half of the morning's three
        QCOMPARE(month.unpaidDays(), 0.25); // LEAVE-05: sick leave is unpaid
        // Never on top of an absence: no afternoon punch after a visit is half a day, not more.
        AttendanceDayInput gone = adminDay({QStringLiteral("07:55"), QStringLiteral("11:02")});
        gone.filings.append({FilingKind::SickLeave, at(QStringLiteral("14:00")), at(QStringLiteral("15:00"))});
        const MonthOutcome afternoon = m_rules.judgeMonth({gone});
        QCOMPARE(afternoon.unpaidDays(), 0.5);
    }

    void leave05_personalAndSickLeaveAreUnpaidMarriageLeaveIsPaid()
    {
        QList<AttendanceDayInput> days;
        const FilingKind kinds[] = {FilingKind::PersonalLeave, FilingKind::SickLeave, FilingKind::MarriageLeave};
        for (int i = 0; i < 3; ++i) {
            AttendanceDayInput day = adminDay({}, kMonday.addDays(i));
            day.filings.append(
                {kinds[i], at(QStringLiteral("00:00"), day.date), at(QStringLiteral("23:59"), day.date)});
            days.append(day);
        }
        const MonthOutcome month = m_rules.judgeMonth(days);
        QCOMPARE(month.unpaidDays(), 2.0);
        QCOMPARE(month.marriageLeaveDays, 1.0);
        QCOMPARE(month.absentDays, 0.0);
    }

    void att10_leaveOverTheWholeDayShowsItsType()
    {
        AttendanceDayInput day = adminDay({});
        day.filings.append({FilingKind::SickLeave, at(QStringLiteral("08:00")), at(QStringLiteral("17:00"))});
        const MonthOutcome month = m_rules.judgeMonth({day});
        QCOMPARE(month.days.first().halfDays[0], AttendanceStatus::SickLeave);
        QCOMPARE(month.sickLeaveDays, 1.0);
        QCOMPARE(month.absentDays, 0.0);
        QCOMPARE(month.finesFen, 0);
    }

    void att02_fairRotationOfTheDutyRoster()
    {
        for (int people = 3; people <= 8; ++people) {
            QList<qint64> ids;
            QHash<qint64, QString> names;
            for (int i = 1; i <= people; ++i) {
                ids << i;
                names.insert(i, QString::number(i));
            }
            auto roster = DutyRoster::generate(QDate(2026, 11, 1), QDate(2026, 11, 30), ids, 1);
            QVERIFY(roster);
            QCOMPARE(roster->size(), 30);
            const QList<RosterProblem> problems = DutyRoster::problems(*roster, names);
            QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
            QVERIFY(roster->first().mainEmployee != 1
                    && roster->first().supportEmployee != 1); // resting after the 31st
            QHash<qint64, int> mains, supports;
            for (const DutyDay &d : *roster) {
                ++mains[d.mainEmployee];
                ++supports[d.supportEmployee];
            }
            auto spread = [&](const QHash<qint64, int> &counts) {
                int lo = 1000, hi = 0;
                for (qint64 id : ids) {
                    lo = std::min(lo, counts.value(id));
                    hi = std::max(hi, counts.value(id));
                }
                return hi - lo;
            };
            QVERIFY2(spread(mains) <= 1,
                     qPrintable(QStringLiteral("%1 people: main counts differ by %2").arg(people).arg(spread(mains))));
            QVERIFY2(
                spread(supports) <= 1,
                qPrintable(QStringLiteral("%1 people: support counts differ by %2").arg(people).arg(spread(supports))));
        }
        QVERIFY(!DutyRoster::generate(QDate(2026, 11, 1), QDate(2026, 11, 30), {1, 2}));
    }

    void att02_handEditsAreChecked()
    {
        const QHash<qint64, QString> names{
            {1, QStringLiteral("张三")}, {2, QStringLiteral("李四")}, {3, QStringLiteral("王五")}};
        const QList<DutyDay> bad{{kMonday, 1, 2},
                                 {kMonday.addDays(1), 1, 3},
                                 {kMonday.addDays(2), 2, 1},
                                 {kMonday.addDays(3), 3, 2},
                                 {kMonday.addDays(4), 3, 3}};
        const QList<RosterProblem> problems = DutyRoster::problems(bad, names);
        QCOMPARE(problems.size(), 5);
        QCOMPARE(problems.at(0).date, kMonday.addDays(1)); // 张三 on main duty two days running
        QVERIFY(problems.at(0).message.contains(QStringLiteral("张三")));
        QCOMPARE(problems.at(1).date, kMonday.addDays(2)); // 张三 rests after main duty, yet on support
        QCOMPARE(problems.at(2).date, kMonday.addDays(3)); // 李四 likewise
        QVERIFY(problems.at(2).message.contains(QStringLiteral("李四")));
        QCOMPARE(problems.at(3).date, kMonday.addDays(4)); // main and support the same person
        QCOMPARE(problems.at(4).date, kMonday.addDays(4)); // and main two days running
        QVERIFY(DutyRoster::problems({{kMonday, 1, 2}, {kMonday.addDays(1), 2, 3}, {kMonday.addDays(2), 3, 1}}, names)
                    .isEmpty());
    }

    void policySettingsRoundTripAndRefuseNonsense()
    {
        AttendancePolicy policy;
        policy.fineFromOccurrence = 3;
        policy.lateEarlyTiers = {{10, 2000}, {45, 8000}};
        auto back = AttendancePolicy::fromJson(policy.toJson());
        QVERIFY(back);
        QVERIFY(*back == policy);
        QCOMPARE(back->absenceAfterMinutes(), 45);
        QVERIFY(AttendancePolicy::fromJson({}).value() == AttendancePolicy{}); // defaults
        QJsonObject falling = policy.toJson();
        QJsonArray tiers;
        tiers.append(QJsonObject{{QStringLiteral("up_to_minutes"), 30}, {QStringLiteral("fen"), 1}});
        tiers.append(QJsonObject{{QStringLiteral("up_to_minutes"), 15}, {QStringLiteral("fen"), 1}});
        falling.insert(QStringLiteral("late_early_tiers"), tiers);
        QVERIFY(!AttendancePolicy::fromJson(falling));
    }
};

int runAttendanceRulesTest(int argc, char **argv)
{
    AttendanceRulesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "AttendanceRulesTest.moc"
