#include "AttendanceMonth.h"
#include "AttendancePolicyService.h"
#include "AttendanceReport.h"
#include "HrFixture.h"
#include "PunchImport.h"
#include "calendar/HolidayCalendarService.h"
#include "data/RosterRepository.h"
#include "imports/XlsxSheet.h"
#include "report/ReportFiles.h"
#include "report/ReportPainter.h"

#include <QPdfWriter>

using namespace shopdesk;
using namespace shopdesk::test;

namespace {
const QDate kNovember(2026, 11, 1);

QDateTime on(int day, const char *time)
{
    return QDateTime(QDate(2026, 11, day), QTime::fromString(QString::fromLatin1(time), QStringLiteral("HH:mm")));
}
} // namespace

// The month as the report shows it (ATT-11), from punches imported through the service.
class AttendanceMonthTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<HrCompany> m_c;

    // PIN 1001 works every working day of November 2026 on time, except: Tuesday 3rd late 20
    // min, Wednesday 4th no afternoon, Thursday 5th nothing; main duty on Monday 9th, resting on
    // Tuesday 10th. Everyone else is on time throughout.
    void importNovember()
    {
        auto calendar = HolidayCalendar::shipped();
        QList<std::pair<int, QDateTime>> punches;
        for (int pin = 1001; pin <= 1008; ++pin) {
            for (int day = 1; day <= 30; ++day) {
                if (calendar->typeOf(QDate(2026, 11, day)) != DayType::Working)
                    continue;
                if (pin == 1001 && (day == 5 || day == 10))
                    continue;
                if (pin == 1001 && day == 9) {
                    for (const char *t : {"07:25", "11:35", "14:55", "22:05"})
                        punches.append({pin, on(day, t)});
                    continue;
                }
                punches.append({pin, on(day, pin == 1001 && day == 3 ? "08:20" : "07:55")});
                punches.append({pin, on(day, "11:02")});
                if (pin == 1001 && day == 4)
                    continue;
                punches.append({pin, on(day, "13:57")});
                punches.append({pin, on(day, "17:03")});
            }
        }
        PunchImport importer(m_c->db(), m_c->clock());
        auto preview = importer.preview(m_c->admin(), attlog(punches), QStringLiteral("november.dat"));
        QVERIFY2(preview, qPrintable(preview.error()));
        QVERIFY(importer.import(m_c->admin(), *preview));
        QVERIFY(m_c->db().write([&]() -> Status {
            return RosterRepository(m_c->db()).setDay({QDate(2026, 11, 9), m_c->employees.at(0), m_c->employees.at(1)});
        }));
    }

    EmployeeMonth first(const AttendanceSheet &sheet)
    {
        for (const EmployeeMonth &e : sheet.employees)
            if (e.employee.clockPin == QLatin1String("1001"))
                return e;
        return {};
    }

private slots:
    void init()
    {
        m_c = std::make_unique<HrCompany>();
        m_c->company.clock.set(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
        importNovember();
    }

    void att11_theMonthJudgesImportedPunches()
    {
        auto sheet = AttendanceMonth(m_c->db(), m_c->clock()).sheet(m_c->admin(), kNovember, m_c->office);
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet->employees.size(), 4);
        QCOMPARE(sheet->dayTypes.size(), 30);
        const MonthOutcome m = first(*sheet).outcome;
        QCOMPARE(m.lateCount, 1);
        QCOMPARE(m.lateMinutes, 20);
        QCOMPARE(m.absentDays, 1.5); // Wednesday afternoon (ATT-13) and Thursday (ABS-01 f)
        QCOMPARE(m.finesFen, 5000 + 10000 + 30000); // ATT-05 tier 16-30; ABS-02 first, second
        QCOMPARE(m.days.at(4).segments.at(0).clause, QStringLiteral("ABS-01(f)"));
        // ATT-01: main duty on the 9th, resting on the 10th: neither late nor absent.
        QCOMPARE(m.days.at(8).shiftName, QStringLiteral("主班"));
        QVERIFY(!m.days.at(9).scheduled);
        QCOMPARE(m.days.at(9).absenceDays, 0.0);
        // The support person on the 9th works 07:30-17:00 without a lunch break: 07:55 is 25
        // minutes late, and out from 11:02 to 13:57 is off post for nearly three hours, half a
        // day absent (ABS-01(a), issue 11).
        auto second = sheet->employees.at(1).outcome;
        QCOMPARE(second.days.at(8).segments.size(), 1);
        QCOMPARE(second.days.at(8).segments.at(0).lateMinutes, 25);
        QCOMPARE(second.days.at(8).segments.at(0).awayMinutes, 175);
        QCOMPARE(second.days.at(8).segments.at(0).clause, QStringLiteral("ABS-01(a)"));
        QCOMPARE(second.days.at(8).absenceDays, 0.5);
        QVERIFY(anotherPcCanCommit(m_c->company.path()));
    }

    void att11_daysFromTodayOnAreNotJudgedYet()
    {
        m_c->company.clock.set(QDateTime(QDate(2026, 11, 16), QTime(2, 0), Qt::UTC));
        auto sheet = AttendanceMonth(m_c->db(), m_c->clock()).sheet(m_c->admin(), kNovember, m_c->office);
        QVERIFY(sheet);
        const MonthOutcome m = first(*sheet).outcome;
        QCOMPARE(m.days.at(15).halfDays[0], AttendanceStatus::Upcoming);
        QCOMPARE(m.absentDays, 1.5);
    }

    void att11_theReportHasTheGridTotalsFlagsAndSignatures()
    {
        auto sheet = AttendanceMonth(m_c->db(), m_c->clock()).sheet(m_c->admin(), kNovember, m_c->office);
        QVERIFY(sheet);
        const Report report = AttendanceReport::build(*sheet);
        QVERIFY(report.title.contains(QStringLiteral("2026-11")));
        QVERIFY(report.subtitle.contains(QStringLiteral("行政部")));
        QCOMPARE(report.tables.size(), 3);
        const ReportTable &grid = report.tables.at(0);
        QCOMPARE(grid.header.size(), 31);
        QCOMPARE(grid.rows.size(), 4);
        QCOMPARE(grid.rows.at(0).at(0), QStringLiteral("员工1"));
        QCOMPARE(grid.rows.at(0).at(1), statusSymbol(AttendanceStatus::Rest)); // Sunday the 1st
        QCOMPARE(grid.rows.at(0).at(3), statusSymbol(AttendanceStatus::Late) + statusSymbol(AttendanceStatus::Present));
        QCOMPARE(grid.rows.at(0).at(4),
                 statusSymbol(AttendanceStatus::Present) + statusSymbol(AttendanceStatus::Absent));
        QCOMPARE(report.signatures.size(), 3);
        QVERIFY(report.pageNotes.first().contains(statusTitle(AttendanceStatus::MissingPunch))); // legend
        const ReportTable &flags = report.tables.at(2);
        QVERIFY(std::any_of(flags.rows.cbegin(), flags.rows.cend(),
                            [](const QStringList &r) { return r.at(2) == QLatin1String("ABS-02"); }));
    }

    void att11_pdfXlsxAndCsvFiles()
    {
        auto sheet = AttendanceMonth(m_c->db(), m_c->clock()).sheet(m_c->admin(), kNovember);
        QVERIFY(sheet);
        const Report report = AttendanceReport::build(*sheet);
        const QString pdf = m_c->company.dir.filePath(QStringLiteral("nov.pdf"));
        QVERIFY(ReportPainter::writePdf(report, pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QPdfWriter probe(m_c->company.dir.filePath(QStringLiteral("probe.pdf")));
        QCOMPARE(ReportPainter::pageCount(report, probe), 2); // the grid, then totals and flags
        QVERIFY(!ReportPainter::writePdf(report, m_c->company.dir.filePath(QStringLiteral("no/such/folder/x.pdf"))));

        const QString xlsx = m_c->company.dir.filePath(QStringLiteral("nov.xlsx"));
        QVERIFY(ReportFiles::writeXlsx(report, xlsx));
        QFile xlsxFile(xlsx);
        QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
        auto cells = XlsxSheet::readFirstSheet(xlsxFile.readAll());
        QVERIFY2(cells, qPrintable(cells.error()));
        bool found = false;
        for (const CsvRecord &r : *cells)
            if (r.fields.value(0) == QStringLiteral("员工1")) {
                QCOMPARE(r.fields.value(3),
                         statusSymbol(AttendanceStatus::Late) + statusSymbol(AttendanceStatus::Present));
                found = true;
            }
        QVERIFY(found);

        const QByteArray csv = ReportFiles::csv(AttendanceReport::csvTable(*sheet));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 8 + 2); // header, 8 employees, the empty end
        QVERIFY(lines.at(0).contains("Days worked"));
        QVERIFY(lines.at(0).endsWith("2026-11-30\r"));
        QVERIFY(lines.at(1).startsWith("E1,"));
    }

    void att11_confirmingLocksTheMonthOnce()
    {
        AttendanceMonth month(m_c->db(), m_c->clock());
        QVERIFY(!month.confirm(m_c->reader, kNovember));
        QVERIFY(month.confirm(m_c->admin(), kNovember));
        QVERIFY(month.sheet(m_c->admin(), kNovember)->confirmed);
        const Status again = month.confirm(m_c->admin(), kNovember);
        QVERIFY(!again);
        QVERIFY(again.error().contains(QStringLiteral("2026-11")));
        QVERIFY(sqlite3(m_c->company.path(), QStringLiteral("SELECT action FROM audit_log"))
                    .contains(QStringLiteral("attendance.confirm")));
    }

    void att06_abs02_confirmedMonthsHandTheirTotalsOn()
    {
        AttendanceMonth months(m_c->db(), m_c->clock());
        QVERIFY(months.confirm(m_c->admin(), kNovember));
        const qint64 firstId = m_c->employees.at(0);
        QCOMPARE(sqlite3(m_c->company.path(),
                         QStringLiteral("SELECT absent_days, public_notice FROM attendance_month_totals "
                                        "WHERE month = '2026-11' AND employee_id = %1")
                             .arg(firstId)),
                 QStringLiteral("1.5|0"));
        // January to October confirmed too, with a public notice in October (as if judged then).
        for (int m = 1; m <= 10; ++m)
            sqlite3(m_c->company.path(),
                    QStringLiteral("INSERT INTO attendance_month_totals VALUES ('2026-%1', %2, 0, %3, 0)")
                        .arg(m, 2, 10, QLatin1Char('0'))
                        .arg(firstId)
                        .arg(m == 10 ? 1 : 0));
        sqlite3(m_c->company.path(),
                QStringLiteral(
                    "UPDATE attendance_month_totals SET public_notice = 1 WHERE month = '2026-11' AND employee_id = %1")
                    .arg(firstId));
        // December: late five times (a public notice), the third month in a row: dismissal review.
        QList<std::pair<int, QDateTime>> december;
        for (int day = 1; day <= 7; ++day) {
            if (QDate(2026, 12, day).dayOfWeek() > 5)
                continue;
            for (const char *t : {"08:10", "11:01", "13:58", "17:01"})
                december.append({1001,
                                 QDateTime(QDate(2026, 12, day),
                                           QTime::fromString(QString::fromLatin1(t), QStringLiteral("HH:mm")))});
        }
        PunchImport importer(m_c->db(), m_c->clock());
        QVERIFY(importer.import(m_c->admin(),
                                *importer.preview(m_c->admin(), attlog(december), QStringLiteral("december.dat"))));
        m_c->company.clock.set(QDateTime(QDate(2026, 12, 8), QTime(2, 0), Qt::UTC));
        auto sheet = months.sheet(m_c->admin(), QDate(2026, 12, 1), m_c->office);
        QVERIFY(sheet);
        const MonthOutcome m = first(*sheet).outcome;
        QCOMPARE(m.lateCount, 5);
        QVERIFY(std::any_of(m.flags.cbegin(), m.flags.cend(), [](const EscalationFlag &f) {
            return f.kind == Escalation::DismissalReview && f.ruleId == QLatin1String("ATT-06");
        }));
    }

    void policyChangesAreAuditedAndTheSimulatorShowsTheirEffect()
    {
        AttendancePolicyService policies(m_c->db(), m_c->clock());
        AttendancePolicy draft;
        draft.fineFromOccurrence = 2; // the single lateness goes unfined
        auto simulated = AttendanceMonth(m_c->db(), m_c->clock()).sheet(m_c->admin(), kNovember, m_c->office, draft);
        QVERIFY(simulated);
        QCOMPARE(first(*simulated).outcome.finesFen, 10000 + 30000);
        QCOMPARE(first(*AttendanceMonth(m_c->db(), m_c->clock()).sheet(m_c->admin(), kNovember, m_c->office))
                     .outcome.finesFen,
                 45000);

        QVERIFY(!policies.save(m_c->reader, draft));
        AttendancePolicy nonsense;
        nonsense.lateEarlyTiers.clear();
        QVERIFY(!policies.save(m_c->admin(), nonsense));
        QVERIFY(policies.save(m_c->admin(), draft));
        QCOMPARE(policies.policy()->fineFromOccurrence, 2);
        const QString audit = sqlite3(
            m_c->company.path(), QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'attendance.policy'"));
        QVERIFY(audit.contains(QStringLiteral("\"fine_from_occurrence\":2")));
    }

    void hol01_anAdministratorEditsAndImportsTheCalendar()
    {
        HolidayCalendarService calendars(m_c->db(), m_c->clock());
        QVERIFY(!calendars.setDay(m_c->reader, {QDate(2026, 11, 6), DayType::Statutory, QStringLiteral("测试"), {}}));
        QVERIFY(calendars.setDay(
            m_c->admin(),
            {QDate(2026, 11, 6), DayType::InLieuRest, QStringLiteral("公司调休"), QStringLiteral("Company day")}));
        auto edited = calendars.calendar();
        QVERIFY(edited);
        QCOMPARE(edited->typeOf(QDate(2026, 11, 6)), DayType::InLieuRest);
        QCOMPARE(edited->typeOf(QDate(2026, 10, 1)), DayType::Statutory); // the rest of the year is kept
        auto sheet = AttendanceMonth(m_c->db(), m_c->clock()).sheet(m_c->admin(), kNovember, m_c->office);
        QCOMPARE(sheet->dayTypes.at(5), DayType::InLieuRest);
        QVERIFY(calendars.clearDay(m_c->admin(), QDate(2026, 11, 6)));
        QCOMPARE(calendars.calendar()->typeOf(QDate(2026, 11, 6)), DayType::Working);

        const QByteArray year2027 =
            "{\"years\": {\"2027\": [{\"name_zh\": \"元旦\", \"name_en\": \"New Year's Day\", "
            "\"off\": [\"2027-01-01\", \"2027-01-02\", \"2027-01-03\"], \"statutory\": [\"2027-01-01\"]}]}}";
        auto imported = calendars.importJson(m_c->admin(), year2027, QStringLiteral("cn-2027.json"));
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(*imported, QList<int>{2027});
        QCOMPARE(calendars.calendar()->typeOf(QDate(2027, 1, 1)), DayType::Statutory);
        QCOMPARE(calendars.calendar()->typeOf(QDate(2026, 10, 1)), DayType::Statutory);
        auto bad = calendars.importJson(m_c->admin(),
                                        "{\"years\": {\"2027\": [{\"name_zh\": \"春节\", \"off\": [\"2027-02-30\"]}]}}",
                                        QStringLiteral("bad.json"));
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QStringLiteral("bad.json")));
        QVERIFY(bad.error().contains(QStringLiteral("2027-02-30")));
        QCOMPARE(calendars.calendar()->typeOf(QDate(2027, 1, 1)), DayType::Statutory); // kept
    }
};

int runAttendanceMonthTest(int argc, char **argv)
{
    AttendanceMonthTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "AttendanceMonthTest.moc"
