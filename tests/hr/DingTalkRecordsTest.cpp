#include "domain/DingTalkRecords.h"
#include "common/domain/WallClock.h"
#include "imports/XlsxSheet.h"
#include "imports/domain/CsvTable.h"

#include <QFile>
#include <QTest>

using namespace shopdesk;

// Issue 4, punches: DingTalk raw records as CSV, and the CSV reading under them.
class DingTalkRecordsTest : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesDoubledQuotesAndLineBreaks()
    {
        const auto records = CsvTable::parse(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                                                            "\"two\nlines\",x,\n"
                                                            "last,,\"\""));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(records[1].fields, (QStringList{QStringLiteral("two\nlines"), QStringLiteral("x"), QString()}));
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[2].line, 4); // the record after a line break inside quotes
        QCOMPARE(records[2].fields.size(), 3);
    }

    void readsTheExportAfterItsTitleRows()
    {
        QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/dingtalk_raw_records.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ClockLog log = DingTalkRecords::parseCsv(f.readAll());
        QVERIFY(log.problems.isEmpty());
        QCOMPARE(log.rowsRead, 168);
        QCOMPARE(log.punches.size(), 168);
        const ClockPunch &first = log.punches.first();
        QCOMPARE(first.line, 4);
        QCOMPARE(first.pin, QStringLiteral("1004"));
        QCOMPARE(first.name, QStringLiteral("刘洋"));
        QCOMPARE(first.department, QStringLiteral("财务部"));
        QCOMPARE(first.at, wallClock(QDate(2026, 10, 12), QTime(7, 57)));
    }

    void readsTheSameRecordsFromTheWorkbook()
    {
        QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/dingtalk_raw_records.xlsx"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto sheet = XlsxSheet::readFirstSheet(f.readAll());
        QVERIFY2(sheet, qPrintable(sheet.error()));
        const ClockLog log = DingTalkRecords::parseTable(*sheet);
        QVERIFY2(log.problems.isEmpty(),
                 log.problems.isEmpty() ? "" : qPrintable(log.problems.first().value + log.problems.first().reason));
        QCOMPARE(log.punches.size(), 168);
        const ClockPunch &first = log.punches.first();
        QCOMPARE(first.line, 4); // the spreadsheet's row
        QCOMPARE(first.pin, QStringLiteral("1004")); // a number in the sheet, text here
        QCOMPARE(first.name, QStringLiteral("刘洋"));
        QCOMPARE(first.at, wallClock(QDate(2026, 10, 12), QTime(7, 57))); // a fraction of a day in the sheet
    }

    void damagedWorkbooksAreClearErrors()
    {
        QVERIFY(!XlsxSheet::readFirstSheet("not a zip at all"));
        QVERIFY(!XlsxSheet::readFirstSheet(QByteArray("PK\x03\x04") + QByteArray(200, 'x')));
        QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/dingtalk_raw_records.xlsx"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        QVERIFY(!XlsxSheet::readFirstSheet(whole.left(whole.size() / 2))); // cut off: no crash, an error
    }

    void datesAndBadRows()
    {
        QCOMPARE(DingTalkRecords::parseDate(QStringLiteral("26-10-12 星期一")), QDate(2026, 10, 12));
        QCOMPARE(DingTalkRecords::parseDate(QStringLiteral("2026/10/12")), QDate(2026, 10, 12));
        const ClockLog log = DingTalkRecords::parseCsv(QStringLiteral("姓名,部门,工号,考勤日期,打卡时间\n"
                                                                      "王芳,行政部,1001,26-10-12 星期一,08:00\n"
                                                                      "李娜,行政部,1002,26-10-12 星期一,\n"
                                                                      "张伟,行政部,1003,someday,08:02\n"
                                                                      "赵敏,行政部,1004,26-10-12 星期一,8 o'clock\n")
                                                           .toUtf8());
        QCOMPARE(log.punches.size(), 1);
        QCOMPARE(log.problems.size(), 2); // the row without a time is "not punched", not an error
        QCOMPARE(log.problems[0].line, 4);
        QCOMPARE(log.problems[0].value, QStringLiteral("someday"));
        QCOMPARE(log.problems[1].line, 5);
        QVERIFY(!DingTalkRecords::parseCsv("no,header,here\n1,2,3\n").problems.isEmpty());
    }
};

int runDingTalkRecordsTest(int argc, char **argv)
{
    DingTalkRecordsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "DingTalkRecordsTest.moc"
