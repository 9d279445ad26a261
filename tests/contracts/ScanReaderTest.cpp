// Reading the text of a contract's file for search (CON-04): a PDF's own text, and scans
// recognised by Tesseract (Simplified Chinese and English). The scans are drawn here, with a
// CJK font, so the test knows what they say.
#include "ScanReader.h"
#include "domain/ContractText.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace shopdesk;

namespace {
const QStringList kLines{QStringLiteral("仓储服务合同"), QStringLiteral("甲方：上海物流有限公司"),
                         QStringLiteral("Contract No. 2026-CG-0042")};

QFont cjkFont(int pixels)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(pixels);
    return font;
}

// A page as a scanner would make it: black text on white, at 300 dpi, A4 width.
QImage scannedPage()
{
    QImage page(2480, 1200, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setFont(cjkFont(80));
    painter.setPen(Qt::black);
    for (int i = 0; i < kLines.size(); ++i)
        painter.drawText(200, 250 + i * 250, kLines.at(i));
    return page;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A PDF of `pages` pages: each either the scanned picture (no text layer) or typed text.
QByteArray pdf(int pages, bool typed)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        if (typed) {
            painter.setFont(cjkFont(60));
            for (int i = 0; i < kLines.size(); ++i)
                painter.drawText(200, 300 + i * 200, kLines.at(i) + QStringLiteral(" 第%1页").arg(p + 1));
        } else {
            painter.drawImage(QPoint(0, 0), scannedPage());
        }
    }
    painter.end();
    return bytes;
}

QString squeezed(QString text)
{
    return text.remove(QLatin1Char(' '));
}
} // namespace

class ScanReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
            QFAIL("the Noto Sans CJK font (Debian fonts-noto-cjk) is needed to draw the scans");
    }

    void con04_aScannedPictureIsRecognisedInChineseAndEnglish()
    {
        auto pages = ScanReader::read(png(scannedPage()));
        QVERIFY2(pages, qPrintable(pages.error()));
        QCOMPARE(pages->size(), 1);
        QVERIFY(pages->first().recognised);
        const QString text = pages->first().text;
        QVERIFY2(text.contains(QStringLiteral("上海物流有限公司")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("仓储服务")), qPrintable(text));
        QVERIFY2(squeezed(text).contains(QStringLiteral("2026-CG-0042")), qPrintable(text));
        // Lines stay lines, so a hit names its line: the company is on the second.
        QVERIFY2(text.split(QLatin1Char('\n')).value(1).contains(QStringLiteral("物流")), qPrintable(text));
    }

    void con04_aPdfWithoutTextIsRecognisedPageByPageWithProgress()
    {
        QList<int> told;
        auto pages = ScanReader::read(pdf(2, false), [&](int page, int count) {
            told << page << count;
            return true;
        });
        QVERIFY2(pages, qPrintable(pages.error()));
        QCOMPARE(told, (QList<int>{1, 2, 2, 2}));
        QCOMPARE(pages->size(), 2);
        QCOMPARE(pages->at(1).page, 2);
        QVERIFY(pages->at(1).recognised);
        QVERIFY2(pages->at(1).text.contains(QStringLiteral("物流有限")), qPrintable(pages->at(1).text));
    }

    void con04_aPdfsOwnTextIsTakenAsItIsWithoutRecognising()
    {
        auto pages = ScanReader::read(pdf(2, true));
        QVERIFY2(pages, qPrintable(pages.error()));
        QCOMPARE(pages->size(), 2);
        QVERIFY(!pages->at(0).recognised);
        QVERIFY2(pages->at(1).text.contains(QStringLiteral("上海物流有限公司")), qPrintable(pages->at(1).text));
        // The PDF carries a radical for 页 (the font draws both with one glyph): kept as 页.
        QVERIFY2(pages->at(1).text.contains(QStringLiteral("第2页")), qPrintable(pages->at(1).text));
        QCOMPARE(ContractText::firstLine(pages->at(1).text, QStringLiteral("第2页")).line, 1);
    }

    void con04_aDamagedOrStoppedReadingSaysWhy()
    {
        QVERIFY(!ScanReader::read("%PDF-1.4\nno objects here"));
        QVERIFY(!ScanReader::read("PK\x03\x04"));
        auto stopped = ScanReader::read(pdf(3, false), [](int page, int) { return page < 2; });
        QVERIFY(!stopped);
        QVERIFY2(stopped.error().contains(QLatin1Char('2')), qPrintable(stopped.error()));
    }
};

QTEST_MAIN(ScanReaderTest)
#include "ScanReaderTest.moc"
