#include "domain/ZkTecoAttlog.h"
#include "common/domain/WallClock.h"
#include "domain/PunchDeduplication.h"

#include <QFile>
#include <QTest>

using namespace shopdesk;

// Issue 4, punches: reading ZKTeco USB logs, both variants, and naming every bad line.
class ZkTecoAttlogTest : public QObject
{
    Q_OBJECT

    static QByteArray sample(const char *name)
    {
        QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/") + QString::fromLatin1(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void readsThePaddedUsbDownload()
    {
        const ClockLog log = ZkTecoAttlog::parse(sample("1_attlog.dat"));
        QCOMPARE(log.rowsRead, 168);
        QCOMPARE(log.punches.size(), 168);
        QVERIFY(log.problems.isEmpty());
        const ClockPunch &first = log.punches.first();
        QCOMPARE(first.pin, QStringLiteral("1004")); // the padding is gone
        QCOMPARE(first.at, wallClock(QDate(2026, 10, 12), QTime(7, 57, 44)));
        QCOMPARE(first.device, 1);
        QCOMPARE(first.state, 0);
        QCOMPARE(first.verify, 1);
        QCOMPARE(log.punches[1].verify, 15); // face
    }

    void extendedVariantSkipsSerialAndChecksumLines()
    {
        const ClockLog log = ZkTecoAttlog::parse(sample("99_attlog_extended.dat"));
        QCOMPARE(log.serialNumber, QStringLiteral("CJDE21034567"));
        QCOMPARE(log.rowsRead, 56);
        QCOMPARE(log.punches.size(), 56);
        QVERIFY(log.problems.isEmpty());
        QCOMPARE(log.punches.first().line, 2);
        QCOMPARE(log.punches.first().device, 99);
    }

    void att12_punchesUnderAMinuteApartCountOnce()
    {
        PunchDeduplication d;
        const qint64 t = wallSeconds(QDate(2026, 10, 12), QTime(7, 57, 44));
        d.addKept(7, t); // already stored from another file
        QVERIFY(!d.keep(7, t)); // the same punch again
        QVERIFY(!d.keep(7, t + 59)); // pressed twice
        QVERIFY(!d.keep(7, t - 59)); // another device, clock a bit behind
        QVERIFY(d.keep(7, t + 60)); // a minute later: a new punch
        QVERIFY(d.keep(8, t)); // someone else at the same second
        // The sample log holds double presses: fewer punches count than lines were read.
        const ClockLog log = ZkTecoAttlog::parse(sample("1_attlog.dat"));
        PunchDeduplication sampleDedup;
        int kept = 0;
        for (const ClockPunch &p : log.punches)
            kept += sampleDedup.keep(p.pin.toLongLong(), wallSeconds(p.at));
        QVERIFY(kept < log.punches.size());
        PunchDeduplication again = sampleDedup; // importing the same file again adds nothing
        int added = 0;
        for (const ClockPunch &p : log.punches)
            added += again.keep(p.pin.toLongLong(), wallSeconds(p.at));
        QCOMPARE(added, 0);
    }

    void wallClockSecondsRoundTrip()
    {
        const QDateTime t(QDate(2026, 10, 12), QTime(7, 57, 44));
        QCOMPARE(wallSeconds(t), QDateTime(t.date(), t.time(), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(fromWallSeconds(wallSeconds(t)), t);
        const QDateTime early(QDate(1969, 12, 31), QTime(23, 59, 59));
        QCOMPARE(fromWallSeconds(wallSeconds(early)), early);
    }

    void badLinesAreNamedAndTheRestIsRead()
    {
        const ClockLog log = ZkTecoAttlog::parse("1001\t2026-10-12 08:00:00\t1\t0\t1\t0\r\n"
                                                 "1002\t2026-13-40 08:00:00\t1\t0\t1\t0\r\n"
                                                 "\t2026-10-12 08:01:00\t1\t0\t1\t0\r\n"
                                                 "garbage\r\n"
                                                 "1003\t2026-10-12 08:02:00\t1\tX\t1\t0\r\n"
                                                 "1004\t2026-10-12 08:03:00\r\n");
        QCOMPARE(log.rowsRead, 6);
        QCOMPARE(log.punches.size(), 2); // the first and the short last line
        QCOMPARE(log.problems.size(), 4);
        QCOMPARE(log.problems[0].line, 2);
        QCOMPARE(log.problems[0].value, QStringLiteral("2026-13-40 08:00:00"));
        QCOMPARE(log.problems[1].line, 3);
        QCOMPARE(log.problems[2].line, 4);
        QCOMPARE(log.problems[3].line, 5);
        QCOMPARE(log.problems[3].value, QStringLiteral("X"));
    }
};

int runZkTecoAttlogTest(int argc, char **argv)
{
    ZkTecoAttlogTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ZkTecoAttlogTest.moc"
