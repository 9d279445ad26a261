#include "calendar/domain/HolidayCalendar.h"

#include <QTest>

using namespace shopdesk;

// RULE HOL-01, HOL-02 on the calendar shipped with the program (State Council arrangements).
class HolidayCalendarTest : public QObject
{
    Q_OBJECT

    HolidayCalendar m_calendar;

private slots:
    void initTestCase()
    {
        auto shipped = HolidayCalendar::shipped();
        QVERIFY2(shipped, qPrintable(shipped.error()));
        m_calendar = *shipped;
        QCOMPARE(m_calendar.years(), (QList<int>{2025, 2026}));
    }

    void hol01_dayTypesOfNationalDay2025()
    {
        QCOMPARE(m_calendar.typeOf(QDate(2025, 9, 28)), DayType::MakeUpWorking); // a Sunday worked
        QCOMPARE(m_calendar.typeOf(QDate(2025, 9, 30)), DayType::Working);
        QCOMPARE(m_calendar.typeOf(QDate(2025, 10, 1)), DayType::Statutory);
        QCOMPARE(m_calendar.typeOf(QDate(2025, 10, 3)), DayType::Statutory);
        QCOMPARE(m_calendar.typeOf(QDate(2025, 10, 4)), DayType::Rest); // a Saturday inside the break
        QCOMPARE(m_calendar.typeOf(QDate(2025, 10, 6)), DayType::Statutory); // Mid-Autumn inside it
        QCOMPARE(m_calendar.typeOf(QDate(2025, 10, 7)), DayType::InLieuRest);
        QCOMPARE(m_calendar.typeOf(QDate(2025, 10, 8)), DayType::InLieuRest);
        QCOMPARE(m_calendar.typeOf(QDate(2025, 10, 9)), DayType::Working);
        QCOMPARE(m_calendar.typeOf(QDate(2025, 10, 11)), DayType::MakeUpWorking); // a Saturday worked
    }

    void hol01_statutoryDayOnAWeekendStaysStatutory()
    {
        QCOMPARE(QDate(2025, 5, 31).dayOfWeek(), 6); // Dragon Boat 2025 fell on a Saturday
        QCOMPARE(m_calendar.typeOf(QDate(2025, 5, 31)), DayType::Statutory);
        QCOMPARE(m_calendar.typeOf(QDate(2026, 4, 5)), DayType::Statutory); // Qingming 2026, a Sunday
        QCOMPARE(m_calendar.typeOf(QDate(2026, 4, 6)), DayType::Rest);
    }

    void hol01_weekdaysOutsideTheCalendarFollowTheWorkWeek()
    {
        QCOMPARE(m_calendar.typeOf(QDate(2026, 3, 2)), DayType::Working); // a Monday
        QCOMPARE(m_calendar.typeOf(QDate(2026, 3, 7)), DayType::Rest); // a Saturday
        HolidayCalendar allWeek = m_calendar;
        allWeek.setWorkWeek({1, 2, 3, 4, 5, 6, 7}); // ATT-02 read literally: Monday to Sunday
        QCOMPARE(allWeek.typeOf(QDate(2026, 3, 7)), DayType::Working);
        QCOMPARE(allWeek.typeOf(QDate(2026, 10, 1)), DayType::Statutory); // the calendar still comes first
    }

    void hol01_aNewYearIsImportedFromTheSameShape()
    {
        auto next = HolidayCalendar::fromJson(
            "{\"years\": {\"2027\": [{\"name_zh\": \"元旦\", \"name_en\": \"New Year's Day\","
            "            \"off\": [\"2027-01-01\", \"2027-01-02\", \"2027-01-03\"], \"in_lieu\": [], \"workdays\": [],"
            "            \"statutory\": [\"2027-01-01\"]}]}}",
            QStringLiteral("2027.json"));
        QVERIFY2(next, qPrintable(next.error()));
        HolidayCalendar merged = m_calendar;
        merged.merge(*next);
        QCOMPARE(merged.years(), (QList<int>{2025, 2026, 2027}));
        QCOMPARE(merged.typeOf(QDate(2027, 1, 1)), DayType::Statutory);
        QCOMPARE(merged.typeOf(QDate(2025, 10, 1)), DayType::Statutory); // earlier years kept
        QCOMPARE(merged.holidayName(QDate(2027, 1, 1)).isEmpty(), false);
    }

    void hol01_badFileNamesTheValue()
    {
        auto broken =
            HolidayCalendar::fromJson("{\"years\": {\"2027\": [{\"name_zh\": \"春节\", \"off\": [\"2027-02-30\"]}]}}",
                                      QStringLiteral("2027.json"));
        QVERIFY(!broken);
        QVERIFY2(broken.error().contains(QStringLiteral("2027-02-30"))
                     && broken.error().contains(QStringLiteral("春节"))
                     && broken.error().contains(QStringLiteral("off")),
                 qPrintable(broken.error()));
        QVERIFY(!HolidayCalendar::fromJson("not json", QStringLiteral("x.json")));
        QVERIFY(!HolidayCalendar::fromJson("{\"years\": {\"twenty\": []}}", QStringLiteral("x.json")));
    }

    void hol02_overtimeRatesByDayType()
    {
        const OvertimeRates rates;
        QCOMPARE(rates.percentFor(m_calendar.typeOf(QDate(2025, 10, 9))), 150); // working day
        QCOMPARE(rates.percentFor(m_calendar.typeOf(QDate(2025, 9, 28))), 150); // make-up working day
        QCOMPARE(rates.percentFor(m_calendar.typeOf(QDate(2025, 10, 4))), 200); // rest day in the break
        QCOMPARE(rates.percentFor(m_calendar.typeOf(QDate(2025, 10, 7))), 200); // in-lieu rest day
        QCOMPARE(rates.percentFor(m_calendar.typeOf(QDate(2025, 10, 1))), 300); // statutory
        QVERIFY(OvertimeRates::compTimeAllowed(DayType::Rest));
        QVERIFY(OvertimeRates::compTimeAllowed(DayType::InLieuRest));
        QVERIFY(!OvertimeRates::compTimeAllowed(DayType::Statutory)); // never comp time (OT-02)
        QVERIFY(!OvertimeRates::compTimeAllowed(DayType::Working));
        OvertimeRates custom;
        custom.restDay = 250; // a setting
        QCOMPARE(custom.percentFor(DayType::InLieuRest), 250);
    }
};

int runHolidayCalendarTest(int argc, char **argv)
{
    HolidayCalendarTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "HolidayCalendarTest.moc"
