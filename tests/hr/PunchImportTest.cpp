#include "PunchImport.h"
#include "HrFixture.h"
#include "common/domain/WallClock.h"
#include "data/EmployeeRepository.h"
#include "data/MonthTotalsRepository.h"
#include "data/PunchRepository.h"
#include "data/ShiftRepository.h"
#include "ledgers/data/PeriodLockRepository.h"

#include <functional>

using namespace shopdesk;
using namespace shopdesk::test;

// Issue 4, punches: the preview, PIN mapping, ATT-12 duplicates, one transaction, idempotence.
class PunchImportTest : public QObject
{
    Q_OBJECT

    static int count(HrCompany &c, const QString &table)
    {
        return sqlite3(c.company.path(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

private slots:
    void att12_theSameFileTwiceAddsNothing()
    {
        HrCompany c;
        PunchImport importer(c.db(), c.clock());
        auto first = importer.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->format, ClockFileFormat::ZkTeco);
        QCOMPARE(first->rowsRead, 168);
        QVERIFY(first->duplicates > 0); // double presses in the sample
        QCOMPARE(first->newPunches + first->duplicates, first->rowsRead);
        QVERIFY(first->unknownPeople.isEmpty());
        QVERIFY(anotherPcCanCommit(c.company.path())); // the preview left no query open
        QCOMPARE(count(c, QStringLiteral("punches")), 0); // a preview writes nothing
        auto done = importer.import(c.admin(), *first);
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(count(c, QStringLiteral("punches")), first->newPunches);

        auto again = importer.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY(again);
        QCOMPARE(again->newPunches, 0);
        QCOMPARE(again->duplicates, again->rowsRead);
        QVERIFY(importer.import(c.admin(), *again));
        QCOMPARE(count(c, QStringLiteral("punches")), first->newPunches);
        QCOMPARE(count(c, QStringLiteral("punch_imports")), 2);
        QVERIFY(sqlite3(c.company.path(), QStringLiteral("SELECT action FROM audit_log"))
                    .contains(QStringLiteral("punches.import")));
    }

    void att12_duplicatesCountOnceAcrossFilesAndDevices()
    {
        HrCompany c;
        PunchImport importer(c.db(), c.clock());
        const QDateTime t(QDate(2026, 11, 2), QTime(7, 58, 10));
        QVERIFY(importer.import(c.admin(), *importer.preview(c.admin(), attlog({{1001, t}}), QStringLiteral("a.dat"))));
        // Another device, its clock 40 s behind; and a real second punch a minute later.
        auto other = importer.preview(c.admin(), attlog({{1001, t.addSecs(-40)}, {1001, t.addSecs(60)}, {1002, t}}),
                                      QStringLiteral("b.dat"));
        QVERIFY(other);
        QCOMPARE(other->duplicates, 1);
        QCOMPARE(other->newPunches, 2);
    }

    void formatsAreDetectedAndMapped_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("ZKTeco extended") << "99_attlog_extended.dat" << int(ClockFileFormat::ZkTeco);
        QTest::newRow("ZKTime GB18030") << "zktime_export_gb18030.txt" << int(ClockFileFormat::ZkTime);
        QTest::newRow("DingTalk CSV") << "dingtalk_raw_records.csv" << int(ClockFileFormat::DingTalk);
        QTest::newRow("DingTalk XLSX") << "dingtalk_raw_records.xlsx" << int(ClockFileFormat::DingTalk);
    }

    void formatsAreDetectedAndMapped()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        HrCompany c;
        auto preview = PunchImport(c.db(), c.clock()).preview(c.admin(), sampleFile(file.toLatin1().constData()), file);
        QVERIFY2(preview, qPrintable(preview.error()));
        QCOMPARE(int(preview->format), format);
        QVERIFY(preview->newPunches > 40);
        QVERIFY(preview->unknownPeople.isEmpty()); // PINs (or DingTalk numbers) 1001-1008 all known
        QVERIFY(preview->problems.isEmpty());
    }

    void unknownPinsAreKeptAndCountOnceAssigned()
    {
        HrCompany c(7); // nobody has PIN 1008 yet
        PunchImport importer(c.db(), c.clock());
        auto preview = importer.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY(preview);
        QCOMPARE(preview->unknownPeople.keys(), QStringList{QStringLiteral("1008")});
        QVERIFY(preview->unmatchedPunches > 0);
        QVERIFY(importer.import(c.admin(), *preview));
        QCOMPARE(count(c, QStringLiteral("unmatched_punches")), preview->unmatchedPunches);
        auto summary = PunchRepository(c.db()).unmatched();
        QVERIFY(summary);
        QCOMPARE(summary->size(), 1);
        QCOMPARE(summary->first().punches, preview->unmatchedPunches);

        // The PIN is given to a new employee: the kept punches are theirs.
        sqlite3(c.company.path(),
                QStringLiteral("INSERT INTO employees(staff_no, name, clock_pin) VALUES ('E8', '新员工', '1008')"));
        const qint64 newcomer =
            sqlite3(c.company.path(), QStringLiteral("SELECT id FROM employees WHERE clock_pin = '1008'")).toLongLong();
        auto punches = PunchRepository(c.db()).punches({{newcomer, QStringLiteral("1008"), QStringLiteral("E8")}}, 0,
                                                       std::numeric_limits<qint32>::max() * 2LL);
        QVERIFY(punches);
        QCOMPARE(punches->value(newcomer).size(), preview->unmatchedPunches);
        // Importing again adds no unmatched copies either.
        auto again = importer.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY(again);
        QCOMPARE(again->unmatchedPunches + again->newPunches, 0);
    }

    void badRowsAreNamedAndTheRestImported()
    {
        HrCompany c;
        const QByteArray bytes = attlog({{1001, QDateTime(QDate(2026, 11, 2), QTime(7, 55))}})
            + "     1002\t2026-11-31 08:00:00\t1\t0\t1\t0\r\n"
            + attlog({{1003, QDateTime(QDate(2026, 11, 2), QTime(7, 56))}});
        auto preview = PunchImport(c.db(), c.clock()).preview(c.admin(), bytes, QStringLiteral("mixed.dat"));
        QVERIFY(preview);
        QCOMPARE(preview->newPunches, 2);
        QCOMPARE(preview->problems.size(), 1);
        QCOMPARE(preview->problems.first().line, 2);
        QVERIFY(preview->problems.first().value.contains(QStringLiteral("2026-11-31")));
    }

    void unreadableFilesAreRefusedWithTheirName()
    {
        HrCompany c;
        PunchImport importer(c.db(), c.clock());
        auto notClock = importer.preview(c.admin(), QByteArray("order_id,total\n1,2\n"), QStringLiteral("orders.csv"));
        QVERIFY(!notClock);
        QVERIFY(notClock.error().contains(QStringLiteral("orders.csv")));
        auto missing = importer.previewFile(c.admin(), c.company.dir.filePath(QStringLiteral("nope.dat")));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("nope.dat")));
        auto garbage = importer.preview(c.admin(), QByteArray("PK\x03\x04garbage", 11), QStringLiteral("broken.xlsx"));
        QVERIFY(!garbage);
        QVERIFY(garbage.error().contains(QStringLiteral("broken.xlsx")));
    }

    void cancellingWritesNothing()
    {
        HrCompany c;
        PunchImport importer(c.db(), c.clock());
        auto preview = importer.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY(preview);
        auto cancelled = importer.import(c.admin(), *preview, [](int) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error(), PunchImport::cancelledMessage());
        QCOMPARE(count(c, QStringLiteral("punches")), 0);
        QCOMPARE(count(c, QStringLiteral("punch_imports")), 0);
        QVERIFY(!importer.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"),
                                  ClockFileFormat::Auto, TextDecoding::Encoding::Auto,
                                  [](int percent) { return percent < 50; }));
    }

    void att11_aConfirmedMonthTakesNoClockPunches()
    {
        HrCompany c;
        c.db().write([&]() -> Status {
            return PeriodLockRepository(c.db()).lock(QStringLiteral("attendance"), QDate(2026, 10, 1), 1,
                                                     QStringLiteral("2026-11-01T00:00:00Z"));
        });
        auto preview = PunchImport(c.db(), c.clock())
                           .preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY(preview);
        QCOMPARE(preview->newPunches, 0);
        QCOMPARE(preview->lockedPunches, preview->rowsRead); // the sample is October 2026
    }

    // Issue 11 (2): another PC confirms the month between the preview and *Import*; the import
    // checks again inside its write and says why it wrote nothing.
    void att11_confirmedBetweenPreviewAndImportWritesNothing()
    {
        HrCompany c;
        PunchImport importer(c.db(), c.clock());
        auto preview = importer.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY2(preview, qPrintable(preview.error()));
        QVERIFY(preview->newPunches > 0);
        // Another process (the other PC) confirms October 2026.
        QCOMPARE(sqlite3(c.company.path(),
                         QStringLiteral("INSERT INTO period_locks(kind, month, locked_at, locked_by_user_id) "
                                        "VALUES ('attendance', '2026-10', '2026-11-01T00:00:00Z', 1)")),
                 QString());
        auto done = importer.import(c.admin(), *preview);
        QVERIFY(!done);
        QVERIFY2(done.error().contains(QStringLiteral("2026-10"))
                     && done.error().contains(QStringLiteral("1_attlog.dat")),
                 qPrintable(done.error()));
        QCOMPARE(count(c, QStringLiteral("punches")), 0);
        QCOMPARE(count(c, QStringLiteral("punch_imports")), 0);
    }

    // Issue 11 (2), ATT-12: the same file imported on another PC between the preview and
    // *Import* adds nothing the second time; the record counts them as duplicates.
    void att12_importedElsewhereBetweenPreviewAndImportAddsNothing()
    {
        HrCompany c;
        PunchImport importer(c.db(), c.clock());
        auto mine = importer.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY2(mine, qPrintable(mine.error()));
        auto otherConnection = Database::open(c.company.path());
        QVERIFY(otherConnection);
        PunchImport otherPc(**otherConnection, c.clock());
        auto theirs = otherPc.preview(c.admin(), sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY(theirs);
        QVERIFY(otherPc.import(c.admin(), *theirs));
        auto done = importer.import(c.admin(), *mine);
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(done->added, 0);
        QCOMPARE(done->duplicates, mine->rowsRead);
        QCOMPARE(count(c, QStringLiteral("punches")), theirs->newPunches);
    }

    // Issue 11 (2): the database itself refuses a clock punch in a confirmed month, whoever
    // writes it; a make-up punch (the late filing ATT-12 allows) still goes in.
    void att12_theDatabaseRefusesClockPunchesInAConfirmedMonth()
    {
        HrCompany c;
        QVERIFY(c.db().write([&] {
            return PeriodLockRepository(c.db()).lock(PeriodLockRepository::Attendance, QDate(2026, 10, 1), 1,
                                                     QStringLiteral("2026-11-01T00:00:00Z"));
        }));
        const qint64 oct31 = wallSeconds(QDateTime(QDate(2026, 10, 31), QTime(23, 59, 59)));
        const qint64 nov1 = wallSeconds(QDateTime(QDate(2026, 11, 1), QTime(0, 0)));
        const qint64 sep30 = wallSeconds(QDateTime(QDate(2026, 9, 30), QTime(23, 59, 59)));
        const QString insert =
            QStringLiteral("INSERT INTO punches(employee_id, at, device, import_id) VALUES (%1, %2, 1, NULL)");
        const QString e = QString::number(c.employees.first());
        QVERIFY(sqlite3(c.company.path(), insert.arg(e).arg(oct31)).contains(QStringLiteral("clock punches refused")));
        QVERIFY(sqlite3(c.company.path(),
                        QStringLiteral("INSERT INTO unmatched_punches(key_kind, person_key, at, device, import_id) "
                                       "VALUES ('pin', '9999', %1, 1, 1)")
                            .arg(oct31))
                    .contains(QStringLiteral("clock punches refused")));
        QCOMPARE(sqlite3(c.company.path(), insert.arg(e).arg(nov1)), QString()); // the month after: open
        QCOMPARE(sqlite3(c.company.path(), insert.arg(e).arg(sep30)), QString()); // the month before: open
        QCOMPARE(sqlite3(c.company.path(),
                         QStringLiteral("INSERT INTO punches(employee_id, at, make_up_request_id) VALUES (%1, %2, 7)")
                             .arg(e)
                             .arg(oct31)),
                 QString()); // make-up: the allowed late filing
        QVERIFY(sqlite3(c.company.path(), QStringLiteral("UPDATE punches SET at = at - 5 WHERE at = %1").arg(oct31))
                    .contains(QStringLiteral("clock punches refused")));
        QVERIFY(sqlite3(c.company.path(), QStringLiteral("DELETE FROM punches WHERE at = %1").arg(oct31))
                    .contains(QStringLiteral("clock punches refused")));
        QVERIFY(sqlite3(c.company.path(), QStringLiteral("DELETE FROM period_locks"))
                    .contains(QStringLiteral("stays confirmed")));
        QCOMPARE(count(c, QStringLiteral("punches")), 3);
    }

    // Issue 11 (3): hr's repositories fail through the one path too; a wait is marked busy.
    void issue11_hrRepositoriesThatWaitedForAnotherPcSayBusy()
    {
        SKIP_ON_SERVER("a server's readers never wait for a writer");
        HrCompany c;
        Database::Options quick;
        quick.busyTimeoutMs = 50;
        auto other = Database::open(c.company.path(), quick);
        QVERIFY(other);
        Database &db = **other;
        QSqlQuery hold = c.db().query();
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const QList<std::pair<const char *, std::function<Error()>>> calls{
            {"shifts", [&] { return ShiftRepository(db).shifts().failure(); }},
            {"default shifts", [&] { return ShiftRepository(db).defaultShifts().failure(); }},
            {"employee records", [&] { return EmployeeRepository(db).records().failure(); }},
            {"stored punch times",
             [&] { return PunchRepository(db).storedTimes({c.employees.first()}, 0, 1).failure(); }},
            {"unmatched punches", [&] { return PunchRepository(db).unmatched().failure(); }},
            {"month totals",
             [&] { return MonthTotalsRepository(db).totals(QDate(2026, 10, 1), QDate(2026, 10, 31)).failure(); }},
        };
        for (const auto &[what, call] : calls) {
            const Error e = call();
            QVERIFY2(!e.message.isEmpty(), what);
            QVERIFY2(e.busy, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), e.message)));
            QVERIFY2(e.message.startsWith(QStringLiteral("Database error:")), qPrintable(e.message));
        }
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    }

    void db01_importNeedsTheHrScope()
    {
        HrCompany c;
        auto refused = PunchImport(c.db(), c.clock())
                           .preview(c.reader, sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat"));
        QVERIFY(!refused);
        Actor hrClerk = c.reader;
        hrClerk.level = Level::Clerk;
        hrClerk.scopes = {QStringLiteral("hr")};
        QVERIFY(PunchImport(c.db(), c.clock())
                    .preview(hrClerk, sampleFile("1_attlog.dat"), QStringLiteral("1_attlog.dat")));
    }
};

int runPunchImportTest(int argc, char **argv)
{
    PunchImportTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PunchImportTest.moc"
