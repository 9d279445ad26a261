#include "domain/ZkTimeExport.h"
#include "common/domain/WallClock.h"

#include <QFile>
#include <QTest>
#include <QTextCodec>

using namespace shopdesk;

// Issue 4, punches: the ZKTime desktop export, GB18030 or UTF-8, columns by header name.
class ZkTimeExportTest : public QObject
{
    Q_OBJECT

    static QByteArray sample()
    {
        QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/zktime_export_gb18030.txt"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void readsTheGb18030ExportByHeaderName()
    {
        TextDecoding::Encoding detected = TextDecoding::Encoding::Auto;
        TextDecoding::decode(sample(), TextDecoding::Encoding::Auto, &detected);
        QCOMPARE(detected, TextDecoding::Encoding::Gb18030);
        const ClockLog log = ZkTimeExport::parse(sample());
        QVERIFY2(log.problems.isEmpty(), log.problems.isEmpty() ? "" : qPrintable(log.problems.first().reason));
        QCOMPARE(log.rowsRead, 168);
        QCOMPARE(log.punches.size(), 168);
        const ClockPunch &first = log.punches.first();
        QCOMPARE(first.pin, QStringLiteral("1004"));
        QCOMPARE(first.name, QStringLiteral("刘洋"));
        QCOMPARE(first.department, QStringLiteral("财务部"));
        QCOMPARE(first.at, wallClock(QDate(2026, 10, 12), QTime(7, 57, 44)));
        QCOMPARE(first.line, 2);
    }

    void sameRecordsFromUtf8WithBom()
    {
        const QString text = QTextCodec::codecForName("GB18030")->toUnicode(sample());
        const ClockLog log = ZkTimeExport::parse("\xEF\xBB\xBF" + text.toUtf8());
        QCOMPARE(log.punches.size(), 168);
        QCOMPARE(log.punches.first().name, QStringLiteral("刘洋"));
    }

    void wrongEncodingChosenByHandSaysSo()
    {
        const ClockLog log = ZkTimeExport::parse(sample(), TextDecoding::Encoding::Utf8);
        QVERIFY(log.punches.isEmpty());
        QCOMPARE(log.problems.size(), 1);
        QCOMPARE(log.problems.first().line, 1);
        QVERIFY(log.problems.first().reason.contains(QStringLiteral("encoding")));
    }

    void commonDateFormsAndBadRows()
    {
        QCOMPARE(ZkTimeExport::parseDateTime(QStringLiteral("2026/10/12 7:57:44")),
                 QDateTime(QDate(2026, 10, 12), QTime(7, 57, 44)));
        QCOMPARE(ZkTimeExport::parseDateTime(QStringLiteral("2026-10-12 07:57")),
                 QDateTime(QDate(2026, 10, 12), QTime(7, 57)));
        QVERIFY(!ZkTimeExport::parseDateTime(QStringLiteral("12.10.2026")).isValid());
        const ClockLog log = ZkTimeExport::parse(QStringLiteral("部门\t姓名\t考勤号码\t日期时间\n"
                                                                "行政部\t王芳\t1001\t2026/10/12 08:00:00\n"
                                                                "行政部\t李娜\t\t2026/10/12 08:01:00\n"
                                                                "行政部\t张伟\t1003\tyesterday\n")
                                                     .toUtf8());
        QCOMPARE(log.punches.size(), 1);
        QCOMPARE(log.problems.size(), 2);
        QCOMPARE(log.problems[0].line, 3);
        QCOMPARE(log.problems[1].line, 4);
        QCOMPARE(log.problems[1].value, QStringLiteral("yesterday"));
    }
};

int runZkTimeExportTest(int argc, char **argv)
{
    ZkTimeExportTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ZkTimeExportTest.moc"
