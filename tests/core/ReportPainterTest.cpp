#include "report/ReportPainter.h"
#include "ui/ListParts.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shopdesk;

// A printed report as a manager signs it: amounts with thousands separators (the XLSX and CSV
// keep plain numbers for Excel), numbers that are IDs left as they are, and the moment of
// printing on every page.
class ReportPainterTest : public QObject
{
    Q_OBJECT

    static QString textOfPage(const QString &pdf, int page)
    {
        QPdfDocument doc;
        doc.load(pdf);
        return doc.pageCount() > page ? doc.getAllText(page).text() : QString();
    }

private slots:
    // On screen as on the page: a figure right-aligned and grouped; a text column and an ID as
    // they are.
    void aReportOnScreenShowsItsFiguresAsThePrintedPageDoes()
    {
        ReportTable t;
        t.header = {QStringLiteral("Day"), QStringLiteral("Note"), QStringLiteral("Sales"), QStringLiteral("Order")};
        t.frozenColumns = 1;
        t.textColumns = {1};
        t.rows = {{QStringLiteral("2026-10-06"), QStringLiteral("1234.50"), QStringLiteral("-1358.50"),
                   QStringLiteral("3726060800000000100")}};
        QTableWidget table;
        showReportTable(&table, t);
        QCOMPARE(table.item(0, 2)->text(), QStringLiteral("-1,358.50"));
        QCOMPARE(table.item(0, 2)->textAlignment(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(table.item(0, 1)->text(), QStringLiteral("1234.50"));
        QCOMPARE(table.item(0, 3)->text(), QStringLiteral("3726060800000000100"));
        QCOMPARE(table.item(0, 0)->text(), QStringLiteral("2026-10-06"));
    }

    void amountsAreGroupedAndIdsAreNotAndThePrintingTimeIsOnThePage()
    {
        Report r;
        r.title = QStringLiteral("Contract statistics");
        ReportTable t;
        t.header = {QStringLiteral("Number"), QStringLiteral("Phone"), QStringLiteral("Amount"),
                    QStringLiteral("Refund"), QStringLiteral("Count")};
        t.rows = {{QStringLiteral("3726060800000000100"), QStringLiteral("13800000001"), QStringLiteral("14557153.00"),
                   QStringLiteral("-1234.50"), QStringLiteral("17")},
                  {QStringLiteral("HT-2026-001"), QString(), QStringLiteral("999.00"), QStringLiteral("-20.00"),
                   QStringLiteral("2")}};
        r.tables = {t};
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(ReportPainter::writePdf(r, pdf));
        const QString text = textOfPage(pdf, 0);
        QVERIFY2(text.contains(QStringLiteral("14,557,153.00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("-1,234.50")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("999.00")) && !text.contains(QStringLiteral(",999.00")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("-20.00")) && !text.contains(QStringLiteral("-,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3726060800000000100")), qPrintable(text)); // an order number
        QVERIFY2(text.contains(QStringLiteral("13800000001")), qPrintable(text));
        // The title's and the page line's font keeps no text for its digits in the PDF: the
        // label is what can be read back.
        QVERIFY2(text.contains(QStringLiteral("Printe")), qPrintable(text));
    }
};

int runReportPainterTest(int argc, char **argv)
{
    ReportPainterTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ReportPainterTest.moc"
