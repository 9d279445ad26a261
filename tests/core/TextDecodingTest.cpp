// Which encoding an imported file is in (the channels' and time clocks' exports: UTF-8 or GB18030).
#include "imports/domain/TextDecoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace shopdesk;
using TextDecoding::Encoding;

class TextDecodingTest : public QObject
{
    Q_OBJECT

private slots:
    void utf8AndGb18030AreToldApart_data()
    {
        const QString text = QStringLiteral("订单编号,买家会员名\n'3712345678900000000,tb_50871\n");
        const QByteArray utf8 = text.toUtf8();
        const QByteArray gb18030 = QStringEncoder("GB18030").encode(text);
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("detected");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("UTF-8") << utf8 << int(Encoding::Utf8) << text;
        QTest::newRow("UTF-8 with a BOM") << QByteArray("\xEF\xBB\xBF") + utf8 << int(Encoding::Utf8) << text;
        QTest::newRow("GB18030") << gb18030 << int(Encoding::Gb18030) << text;
        QTest::newRow("plain ASCII") << QByteArray("a,b\n1,2\n") << int(Encoding::Utf8) << QStringLiteral("a,b\n1,2\n");
        // A UTF-8 character cut off at the end is not UTF-8 (a GB18030 file that happens to be
        // valid UTF-8 up to there).
        const QByteArray cut = QStringLiteral("编号").toUtf8().chopped(1);
        QTest::newRow("UTF-8 cut off") << cut << int(Encoding::Gb18030)
                                       << QStringDecoder("GB18030").decode(cut).operator QString();
    }

    void utf8AndGb18030AreToldApart()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, detected);
        QFETCH(QString, decoded);
        Encoding found = Encoding::Auto;
        QCOMPARE(TextDecoding::decode(bytes, Encoding::Auto, &found), decoded);
        QCOMPARE(int(found), detected);
    }
};

int runTextDecodingTest(int argc, char **argv)
{
    TextDecodingTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "TextDecodingTest.moc"
