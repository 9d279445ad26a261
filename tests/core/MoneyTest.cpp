#include "common/domain/Money.h"

#include <QTest>

using namespace shopdesk;

class MoneyTest : public QObject
{
    Q_OBJECT

private slots:
    void formatsWithGroupingAndFen_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("¥0.00");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("¥0.01");
        QTest::newRow("thousands") << qint64(123450) << QStringLiteral("¥1,234.50");
        QTest::newRow("millions") << qint64(123456789) << QStringLiteral("¥1,234,567.89");
        QTest::newRow("negative") << qint64(-30000) << QStringLiteral("-¥300.00");
    }
    void formatsWithGroupingAndFen()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(Money::fromFen(fen).toString(), text);
    }

    void parsesWhatPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("plain") << QStringLiteral("1234.5") << qint64(123450);
        QTest::newRow("formatted") << QStringLiteral("¥1,234.50") << qint64(123450);
        QTest::newRow("full-width yuan sign") << QStringLiteral("￥20") << qint64(2000);
        QTest::newRow("negative") << QStringLiteral("-3") << qint64(-300);
        QTest::newRow("fen only") << QStringLiteral("0.07") << qint64(7);
        QTest::newRow("one decimal is ten fen") << QStringLiteral("-0.5") << qint64(-50);
        QTest::newRow("spaced") << QStringLiteral(" - ¥ 1 000.05 ") << qint64(-100005);
        QTest::newRow("fifteen digits") << QStringLiteral("999999999999999.99") << qint64(99999999999999999);
    }
    void parsesWhatPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto m = Money::parse(text);
        QVERIFY(m.has_value());
        QCOMPARE(m->fen(), fen);
    }

    void refusesWhatIsNotAnAmount()
    {
        for (const char *bad : {"", "abc", "1.234", "1e5", "--1", "12.3.4", "-", ".5", "5.", "1-2", "5-", "1\t2",
                                "１２", "1000000000000000", "+5"})
            QVERIFY2(!Money::parse(QString::fromUtf8(bad)).has_value(), bad);
    }
};

int runMoneyTest(int argc, char **argv)
{
    MoneyTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "MoneyTest.moc"
