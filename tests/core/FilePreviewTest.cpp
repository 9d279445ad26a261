#include "ui/FilePreview.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace shopdesk;

// The preview of a stored scan (an invoice with a reimbursement, FIN-04; an archived contract):
// every page of a PDF, a picture, and a plain message for anything else, never a crash.
class FilePreviewTest : public QObject
{
    Q_OBJECT

    static QByteArray pdfOfPages(int pages)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&out);
        QPainter p(&pdf);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                pdf.newPage();
            p.drawText(QPoint(200, 200), QStringLiteral("第 %1 页").arg(i + 1));
        }
        p.end();
        return out.data();
    }

private slots:
    void fin04_everyPageOfAPdfScanIsShown()
    {
        FilePreview preview;
        QCOMPARE(preview.showFile(QStringLiteral("发票.pdf"), pdfOfPages(3)), 3);
        QCOMPARE(preview.pages(), 3);
        QVERIFY(preview.message().isEmpty());
        // Another file replaces what was shown.
        QCOMPARE(preview.showFile(QStringLiteral("one.pdf"), pdfOfPages(1)), 1);
    }

    void fin04_aPictureIsShownFittedToThePage()
    {
        QImage photo(3000, 2000, QImage::Format_RGB32);
        photo.fill(Qt::white);
        QByteArray png;
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&out, "PNG"));
        FilePreview preview;
        preview.resize(640, 480);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QCOMPARE(preview.showFile(QStringLiteral("receipt.png"), png), 1);
        const auto *page = preview.widget()->findChild<QLabel *>();
        QVERIFY(page);
        const int fitted = page->pixmap().width();
        QVERIFY2(fitted <= preview.viewport()->width() && fitted > 500, qPrintable(QString::number(fitted)));
        preview.resize(1600, 480); // wider: never beyond the width it was drawn at
        QTRY_COMPARE(page->pixmap().width(), 900);
    }

    void badScansAreNamedNotShown()
    {
        FilePreview preview;
        QCOMPARE(preview.showFile(QStringLiteral("broken.pdf"), QByteArray("%PDF-1.4 not really")), 0);
        QVERIFY(preview.message().contains(QStringLiteral("broken.pdf")));
        QCOMPARE(preview.showFile(QStringLiteral("notes.txt"), QByteArray("plain words")), 0);
        QVERIFY(preview.message().contains(QStringLiteral("notes.txt")));
        QCOMPARE(preview.showFile(QStringLiteral("empty.pdf"), {}), 0);
        QVERIFY(preview.message().contains(QStringLiteral("empty.pdf")));
        QCOMPARE(preview.pages(), 0);
    }
};

int runFilePreviewTest(int argc, char **argv)
{
    FilePreviewTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "FilePreviewTest.moc"
