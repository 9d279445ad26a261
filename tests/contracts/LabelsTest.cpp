// The archive's labels (CON-02): a QR code on every contract folder, scanned during the check;
// a label on every box, which a check refuses to take for a contract.
#include "ContractAudits.h"
#include "ContractLabels.h"
#include "ContractsFixture.h"
#include "report/Barcode.h"

#include <QFile>
#include <QTemporaryDir>

using namespace shopdesk;
using namespace shopdesk::test;

class ContractLabelsTest : public QObject
{
    Q_OBJECT

private slots:
    void con02_aFoldersLabelCarriesItsNumberAsAQrCodeWithItsTitlePartyAndPlace()
    {
        ContractArchiveCompany a;
        const Contract lease = a.add(QStringLiteral("仓库租赁"), QStringLiteral("1号柜"));
        const Contract printer = a.add(QStringLiteral("打印机维护"));
        ContractLabels labels(a.db(), a.clock());
        auto made = labels.folders(a.custodian, {printer.id, lease.id});
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(made->size(), 2);
        QCOMPARE(made->at(0).code, printer.number); // in the order asked
        QCOMPARE(made->at(1).code, lease.number);
        QCOMPARE(made->at(1).symbol, PrintedLabel::Symbol::Qr);
        QCOMPARE(made->at(1).title, QStringLiteral("仓库租赁"));
        QVERIFY(made->at(1).details.contains(QStringLiteral("上海物流有限公司")));
        QVERIFY(made->at(1).details.contains(QStringLiteral("1号柜")));
        QVERIFY(!labels.folders(a.custodian, {}));
        QVERIFY(!labels.folders(a.org.lone, {lease.id})); // no contracts scope

        // A QR code: square, 21 modules a side and 4 more each version up, plus its quiet zones.
        auto qr = Barcode::qr(lease.number);
        QVERIFY2(qr, qPrintable(qr.error()));
        QVERIFY(qr->square);
        QCOMPARE(qr->width, qr->height);
        const int modules = qRound(qr->width / qr->module);
        QVERIFY2(modules >= 21 + 8 && (modules - 8 - 21) % 4 == 0, qPrintable(QString::number(modules)));
        QVERIFY(!Barcode::qr(QString()));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("folders.pdf"));
        QVERIFY(LabelPainter::writePdf(*made, LabelSheet::a4x24(), pdf, ContractLabels::folderTitle()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void con02_aBoxLabelNamesItsPlaceAndNumbersAndAScanOfItMarksNothing()
    {
        ContractArchiveCompany a;
        auto place = [&](const QString &title, const QString &box) {
            Contract c;
            c.typeId = a.type;
            c.archiveId = a.archive;
            c.title = title;
            c.counterparties = QStringLiteral("上海物流有限公司");
            c.signedOn = c.startsOn = QDate(2026, 1, 5);
            c.cabinet = QStringLiteral("1号柜");
            c.shelf = QStringLiteral("第2层");
            c.box = box;
            return *a.book().registerContract(a.custodian, c);
        };
        const Contract first = place(QStringLiteral("甲"), QStringLiteral("2026-01"));
        place(QStringLiteral("乙"), QStringLiteral("2026-01"));
        const Contract third = place(QStringLiteral("丙"), QStringLiteral("2026-01"));
        place(QStringLiteral("丁"), QStringLiteral("2026-02"));
        a.add(QStringLiteral("未定位置")); // kept nowhere yet: on no box's label

        auto boxes = ContractLabels(a.db(), a.clock()).boxes(a.custodian, a.archive);
        QVERIFY2(boxes, qPrintable(boxes.error()));
        QCOMPARE(boxes->size(), 2);
        const PrintedLabel &box = boxes->first();
        QCOMPARE(box.title, QStringLiteral("1号柜/第2层/2026-01"));
        QCOMPARE(box.code, QStringLiteral("BOX 1号柜 / 第2层 / 2026-01"));
        QVERIFY(box.details.contains(QStringLiteral("%1 … %2").arg(first.number, third.number)));
        QVERIFY(box.details.contains(ContractLabels::tr("%n contract(s)", nullptr, 3)));

        // Scanned during the check, the box's label is refused by name; the folder's marks it present.
        ContractAudits audits(a.db(), a.clock());
        auto audit = audits.start(a.custodian, a.archive);
        QVERIFY2(audit, qPrintable(audit.error()));
        auto wrong = audits.markPresent(a.custodian, *audit, box.code);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("2026-01")), qPrintable(wrong.error()));
        QVERIFY(audits.markPresent(a.custodian, *audit, first.number));
    }
};

int runContractLabelsTest(int argc, char **argv)
{
    ContractLabelsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "LabelsTest.moc"
