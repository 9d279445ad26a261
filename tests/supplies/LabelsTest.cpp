#include "ItemLabels.h"
#include "SuppliesFixture.h"
#include "report/Barcode.h"
#include "report/LabelPainter.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>

using namespace shopdesk;
using namespace shopdesk::test;

// Shelf labels (SUP-08: the item's code on the shelf, read back by the scanner at the movement
// form): zint's Code 128 bars, the A4 sheet of 3 x 8 labels, the PDF from the service and from
// shopdeskctl.
class LabelsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // shopdeskctl's settings

    static int pdfPages(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray pdf = file.readAll();
        if (!pdf.startsWith("%PDF"))
            return -1;
        // Qt's writer keeps page objects uncompressed: one "/Type /Page" each ("/Pages" is the tree).
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        int pages = 0;
        for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
            ++pages;
        return pages;
    }

    // The bar and space widths across the middle of the painted symbol, in modules.
    static QList<int> runsInModules(const BarPattern &bars, int dotsPerModule)
    {
        QImage image(int(bars.width / bars.module) * dotsPerModule + 7, 40, QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter painter(&image);
        Barcode::paint(painter, QRectF(0, 0, image.width(), image.height()), bars);
        painter.end();
        QList<int> runs;
        int x = 0;
        while (x < image.width() && qGray(image.pixel(x, 20)) > 128)
            ++x; // the quiet zone
        while (x < image.width()) {
            const bool dark = qGray(image.pixel(x, 20)) < 128;
            int length = 0;
            while (x < image.width() && (qGray(image.pixel(x, 20)) < 128) == dark)
                ++x, ++length;
            if (x >= image.width() && !dark)
                break; // the quiet zone on the right
            if (length % dotsPerModule != 0)
                return {}; // a bar not a whole number of modules
            runs.append(length / dotsPerModule);
        }
        return runs;
    }

    std::pair<int, QString> ctl(const QString &db, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("SHOPDESK_FAST_HASH"), QStringLiteral("1"));
        env.insert(QStringLiteral("SHOPDESK_PASSWORD"), QStringLiteral("Admin2026"));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(SHOPDESKCTL_PATH),
                QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("supplies"), QStringLiteral("labels")}
                    + args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }

private slots:
    void sup08_theSameCodeGivesTheSameBarsAndAnotherCodeOthers()
    {
        auto paper = Barcode::code128(QStringLiteral("6901234567892"));
        QVERIFY2(paper, qPrintable(paper.error()));
        QVERIFY(!paper->bars.isEmpty());
        QVERIFY(paper->width > 0 && paper->height > 0);
        auto again = Barcode::code128(QStringLiteral("6901234567892"));
        QVERIFY(again);
        QCOMPARE(again->bars, paper->bars);
        auto pens = Barcode::code128(QStringLiteral("6902222222221"));
        QVERIFY(pens);
        QVERIFY(pens->bars != paper->bars);
        auto letters = Barcode::code128(QStringLiteral("BG-A4/80g"));
        QVERIFY2(letters, qPrintable(letters.error()));
        QVERIFY(letters->bars != paper->bars);
    }

    void sup08_thePaintedBarsAreCode128Symbols()
    {
        auto bars = Barcode::code128(QStringLiteral("BG-A4/80g"));
        QVERIFY(bars);
        const QList<int> runs = runsInModules(*bars, 3);
        // Start, 9 characters, the check character: six runs of 11 modules each; the stop has 7
        // runs of 13 modules.
        QCOMPARE(runs.size(), 6 * 11 + 7);
        for (int symbol = 0; symbol < 11; ++symbol) {
            const QList<int> widths = runs.mid(symbol * 6, 6);
            QCOMPARE(std::accumulate(widths.cbegin(), widths.cend(), 0), 11);
        }
        QCOMPARE(runs.mid(0, 6), (QList<int>{2, 1, 1, 2, 1, 4})); // Start B
        QCOMPARE(runs.mid(66), (QList<int>{2, 3, 3, 1, 1, 1, 2})); // Stop
    }

    void sup08_aCodeCode128CannotCarryIsAMessageNotACrash()
    {
        auto chinese = Barcode::code128(QStringLiteral("纸A4"));
        QVERIFY(!chinese);
        QVERIFY2(chinese.error().contains(QStringLiteral("纸")), qPrintable(chinese.error()));
        auto tab = Barcode::code128(QStringLiteral("A\tB"));
        QVERIFY(!tab);
        QVERIFY(!Barcode::code128(QString()).error().isEmpty());
        // Too long for zint: its own reason, as a message.
        auto tooLong = Barcode::code128(QString(400, u'7'));
        QVERIFY(!tooLong);
        QVERIFY(!tooLong.error().isEmpty());

        SuppliesCompany c;
        SupplyItem item = c.item(c.pens);
        item.code = QStringLiteral("笔-01");
        QVERIFY(SupplyCatalogue(c.db(), c.clock()).saveItem(c.clerk, item));
        auto labels = ItemLabels(c.db(), c.clock()).labels(c.clerk, {QStringLiteral("笔-01")}, 1);
        QVERIFY(!labels);
        QVERIFY2(labels.error().contains(item.name), qPrintable(labels.error()));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
        QVERIFY(!LabelPainter::writePdf(ItemLabels::printed({item}), LabelSheet::a4x24(), pdf, ItemLabels::title()));
        QVERIFY(!QFile::exists(pdf));
    }

    void sup08_aSheetHoldsTwentyFourLabelsAndTheTwentyFifthStartsAPage()
    {
        const LabelSheet sheet = LabelSheet::a4x24();
        QCOMPARE(sheet.labelsPerPage(), 24);
        QCOMPARE(sheet.pageCount(24), 1);
        QCOMPARE(sheet.pageCount(25), 2);
        QCOMPARE(sheet.pageCount(0), 0);
        QCOMPARE(sheet.pageOf(23), 0);
        QCOMPARE(sheet.pageOf(24), 1);
        QCOMPARE(sheet.labelRectMm(24), sheet.labelRectMm(0));
        QCOMPARE(sheet.labelRectMm(0), QRectF(0, 0.5, 70, 37));
        QCOMPARE(sheet.labelRectMm(23), QRectF(140, 259.5, 70, 37));
        for (const LabelSheet &s : {sheet, LabelSheet::a4x21()}) {
            const QRectF page(0, 0, LabelSheet::pageWidthMm, LabelSheet::pageHeightMm);
            for (int i = 0; i < s.labelsPerPage(); ++i) {
                QVERIFY(page.contains(s.labelRectMm(i)));
                // Printers leave about 4 mm of the paper's edge blank: nothing is painted there.
                QVERIFY(page.adjusted(4, 4, -4, -4).contains(s.contentRectMm(i)));
                for (int j = 0; j < i; ++j)
                    QVERIFY(!s.labelRectMm(i).intersects(s.labelRectMm(j)));
            }
        }
        QCOMPARE(withCopies(QList<int>{1, 2}, 3), (QList<int>{1, 1, 1, 2, 2, 2}));
    }

    void sup08_labelsPdfHasAPagePerTwentyFourLabelsWithTheExportRight()
    {
        SuppliesCompany c;
        const ItemLabels labels(c.db(), c.clock());
        const QStringList codes{QStringLiteral("6901234567892"), QStringLiteral("6902222222221")};
        auto twelveEach = labels.labels(c.clerk, codes, 12);
        QVERIFY2(twelveEach, qPrintable(twelveEach.error()));
        QCOMPARE(twelveEach->size(), 24);
        QCOMPARE(twelveEach->at(11).code, codes.first());
        QCOMPARE(twelveEach->at(12).code, codes.last());
        QVERIFY(!labels.labels(c.clerk, codes, 0));
        QVERIFY(!labels.labels(c.clerk, {QStringLiteral("nonesuch")}, 1));

        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one.pdf"));
        QVERIFY(!labels.writePdf(c.clerk, *twelveEach, one)); // DB-04: no export right
        QVERIFY(!QFile::exists(one));
        Actor exporter = c.clerk;
        exporter.scopes.insert(QStringLiteral("export"));
        QVERIFY(labels.writePdf(exporter, *twelveEach, one));
        QCOMPARE(pdfPages(one), 1);
        const QString two = dir.filePath(QStringLiteral("two.pdf"));
        QVERIFY(labels.writePdf(exporter, *labels.labels(c.clerk, codes, 13), two));
        QCOMPARE(pdfPages(two), 2);
        QSqlQuery q = c.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'data.export'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void sup08_shopdeskctlWritesTheLabelsPdf()
    {
        SuppliesCompany c;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
        auto [code, out] =
            ctl(c.db().path(),
                {QStringLiteral("--pdf"), pdf, QStringLiteral("--codes"), QStringLiteral("6901234567892,6902222222221"),
                 QStringLiteral("--copies"), QStringLiteral("13")});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("26")), qPrintable(out));
        QCOMPARE(pdfPages(pdf), 2);
        std::tie(code, out) = ctl(c.db().path(), {QStringLiteral("--pdf"), pdf}); // every item, once
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(pdfPages(pdf), 1);
        std::tie(code, out) =
            ctl(c.db().path(), {QStringLiteral("--pdf"), pdf, QStringLiteral("--codes"), QStringLiteral("nonesuch")});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("nonesuch")), qPrintable(out));
        std::tie(code, out) = ctl(c.db().path(), {QStringLiteral("--copies"), QStringLiteral("2")});
        QCOMPARE(code, 2); // no --pdf: the usage
    }
};

int runLabelsTest(int argc, char **argv)
{
    LabelsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "LabelsTest.moc"
