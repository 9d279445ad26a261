// Attendance benchmarks (issue 4), each against a reference measured in the same run:
//  1. importing 1,000,000 ZKTeco lines through PunchImport (preview + import) against the
//     sqlite3 tool's .import of the same file into a table with a unique (PIN, time) index;
//  2. the monthly report of 500 employees (judgement + PDF) on `demo --employees 500 --months 24`
//     data, the judgement against a plain SQL scan of that month's punches.
// Prints FIGURE lines. Usage: attendance_bench [WORK_DIR]
#include "AttendanceDemo.h"
#include "AttendanceMonth.h"
#include "AttendanceReport.h"
#include "BenchSupport.h"
#include "HrActions.h"
#include "HrArea.h"
#include "PunchImport.h"
#include "common/Clock.h"
#include "common/domain/WallClock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"
#include "report/ReportPainter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace shopdesk;
using namespace shopdesk::bench;

namespace {

// 1,000,000 lines for PINs 1001-1500 over the 24 months before `end`: every working day four
// punches, like the time clock writes them (padded PIN, tab-separated, CRLF).
QByteArray clockFile(int lines, const QDate &end)
{
    QByteArray out;
    out.reserve(lines * 48);
    QRandomGenerator rng(7);
    int written = 0;
    for (QDate d = end.addMonths(-24); written < lines; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        for (int pin = 1001; pin <= 1500 && written < lines; ++pin) {
            for (int base : {8 * 3600, 11 * 3600, 14 * 3600, 17 * 3600}) {
                const QTime t = QTime::fromMSecsSinceStartOfDay((base - 900 + int(rng.bounded(1800))) * 1000);
                out += QByteArray::number(pin).rightJustified(9, ' ') + '\t' + d.toString(Qt::ISODate).toLatin1() + ' '
                    + t.toString(QStringLiteral("HH:mm:ss")).toLatin1() + "\t1\t0\t1\t0\r\n";
                if (++written == lines)
                    break;
            }
        }
    }
    return out;
}

qint64 sqliteImport(const QString &dir, const QString &file)
{
    const QString db = QDir(dir).filePath(QStringLiteral("reference.db"));
    QFile::remove(db);
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral("sqlite3"), {db});
    p.waitForStarted();
    p.write(QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;\n"
                           "CREATE TABLE punches(pin TEXT, at TEXT, device INTEGER, state INTEGER, verify INTEGER, "
                           "work_code INTEGER);\n"
                           "CREATE UNIQUE INDEX punches_key ON punches(pin, at);\n"
                           ".mode tabs\n.import '%1' punches\nSELECT count(*) FROM punches;\n")
                .arg(file)
                .toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const qint64 ms = timer.elapsed();
    // journal_mode answers first ("delete"); the count is the last line.
    figure("sqlite3_import_rows",
           QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).last());
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    HrArea::define();
    QTemporaryDir scratch;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    QDir().mkpath(work);
    const Clock clock;
    const QDate today = clock.nowUtc().toLocalTime().date();

    // 1. Import.
    {
        const QString path = QDir(work).filePath(QStringLiteral("1_attlog.dat"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(clockFile(1000000, today)) < 0)
            return 1;
        f.close();
        const QString company = QDir(work).filePath(QStringLiteral("import.db"));
        QFile::remove(company);
        DemoOptions options;
        options.employees = 500;
        options.months = 1;
        if (!DemoCompany::create(company, options, clock))
            return 1;
        auto db = CompanyDatabase::open(company, true);
        Actor admin{1, QStringLiteral("admin"), Level::DatabaseAdmin};
        const qint64 reference = sqliteImport(work, path);
        QElapsedTimer timer;
        timer.start();
        PunchImport importer(**db, clock);
        auto preview = importer.previewFile(admin, path);
        const qint64 previewMs = timer.elapsed();
        if (!preview || !importer.import(admin, *preview)) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(preview.error()));
            return 1;
        }
        const qint64 ours = timer.elapsed();
        figure("import_lines", QString::number(preview->rowsRead));
        figure("import_new_punches", QString::number(preview->newPunches));
        figure("import_ms", QString::number(ours));
        figure("import_preview_ms", QString::number(previewMs));
        figure("sqlite3_import_ms", QString::number(reference));
        figure("import_ratio", QString::number(double(ours) / reference, 'f', 2));
        timer.restart();
        auto again = importer.previewFile(admin, path);
        figure("reimport_preview_ms", QString::number(timer.elapsed()));
        figure("reimport_new_punches", QString::number(again ? again->newPunches : -1));
    }

    // 2. The monthly report on the demo data set.
    {
        const QString company = QDir(work).filePath(QStringLiteral("demo.db"));
        QFile::remove(company);
        DemoOptions options;
        options.employees = 500;
        options.months = 24;
        QElapsedTimer build;
        build.start();
        if (!DemoCompany::create(company, options, clock))
            return 1;
        auto db = CompanyDatabase::open(company, true);
        auto demo = AttendanceDemo::create(**db, clock, options.months, options.seed);
        if (!demo)
            return 1;
        figure("demo_punches", QString::number(demo->punches));
        figure("demo_build_ms", QString::number(build.elapsed()));
        Actor admin{1, QStringLiteral("admin"), Level::DatabaseAdmin};
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-1);

        QElapsedTimer timer;
        timer.start();
        QSqlQuery scan = (*db)->query();
        scan.setForwardOnly(true);
        scan.prepare(
            QStringLiteral("SELECT employee_id, at, make_up_request_id FROM punches WHERE at BETWEEN ? AND ?"));
        scan.addBindValue(wallSeconds(month, QTime(0, 0)));
        scan.addBindValue(wallSeconds(month.addMonths(1), QTime(0, 0)) - 1);
        scan.exec();
        qint64 rows = 0, sum = 0;
        while (scan.next()) {
            ++rows;
            sum += scan.value(1).toLongLong();
        }
        scan.finish();
        const qint64 scanMs = std::max<qint64>(1, timer.elapsed());
        figure("month_scan_rows", QString::number(rows));
        figure("month_scan_ms", QString::number(scanMs));

        timer.restart();
        auto sheet = AttendanceMonth(**db, clock).sheet(admin, month);
        const qint64 judgeMs = timer.elapsed();
        if (!sheet)
            return 1;
        const Report report = AttendanceReport::build(*sheet);
        if (!ReportPainter::writePdf(report, QDir(work).filePath(QStringLiteral("month.pdf"))))
            return 1;
        const qint64 totalMs = timer.elapsed();
        figure("report_employees", QString::number(sheet->employees.size()));
        figure("report_judgement_ms", QString::number(judgeMs));
        figure("report_total_ms", QString::number(totalMs));
        figure("report_judgement_vs_scan", QString::number(double(judgeMs) / scanMs, 'f', 1));
    }
    return 0;
}
