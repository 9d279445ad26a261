#include "SupplyImport.h"
#include "SuppliesFixture.h"
#include "report/ReportFiles.h"

using namespace shopdesk;
using namespace shopdesk::test;

// The item list and the supplier list imported from CSV and XLSX (issue 13; SUP-07, SUP-08), on
// a real database file: the preview writes nothing, the import writes the good rows in one
// transaction, the same file twice changes nothing, and stock is never set by an import.
class SupplyImportTest : public QObject
{
    Q_OBJECT

    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            qFatal("scalar: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    static qint64 imports(SuppliesCompany &c)
    {
        return scalar(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'supplies.%.import'"));
    }

    static QByteArray gb18030ItemList()
    {
        QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/supplies/office_items_gb18030.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("office_items_gb18030.csv missing");
        return f.readAll();
    }

    static qint64 addSupplier(SuppliesCompany &c, const QString &name)
    {
        Supplier s;
        s.name = name;
        auto id = SupplyCatalogue(c.db(), c.clock()).saveSupplier(c.clerk, s);
        if (!id)
            qFatal("supplier: %s", qPrintable(id.error()));
        return *id;
    }

    static SupplyItem byCode(SuppliesCompany &c, const QString &code)
    {
        auto found = SupplyCatalogue(c.db(), c.clock()).itemByCode(c.clerk, code);
        return found ? *found : SupplyItem{};
    }

private slots:
    void sup08_importReadsAGb18030ItemList()
    {
        SuppliesCompany c;
        const qint64 deli = addSupplier(c, QStringLiteral("得力文具"));
        SupplyImport importer(c.db(), c.clock());
        auto p = importer.previewItems(c.clerk, gb18030ItemList(), QStringLiteral("items.csv"));
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->rowsRead, 6);
        QCOMPARE(p->added.size(), 2); // P100, P101
        QCOMPARE(p->changed.size(), 1); // the paper's card
        QCOMPARE(p->changed.first().after.reorderPoint, qint64(20));
        QCOMPARE(p->problems.size(), 3);
        QCOMPARE(p->problems.at(0).line, 5);
        QCOMPARE(p->problems.at(0).field, QStringLiteral("category")); // SUP-08
        QCOMPARE(p->problems.at(1).line, 6);
        QCOMPARE(p->problems.at(1).field, QStringLiteral("reorder point"));
        QCOMPARE(p->problems.at(1).value, QStringLiteral("abc"));
        QCOMPARE(p->problems.at(2).line, 7);
        QCOMPARE(p->problems.at(2).field, QStringLiteral("preferred supplier"));
        QCOMPARE(p->problems.at(2).value, QStringLiteral("无名供应商"));
        QVERIFY(byCode(c, QStringLiteral("P100")).id == 0); // the preview wrote nothing

        QCOMPARE(*importer.import(c.clerk, *p), 3);
        const SupplyItem stapler = byCode(c, QStringLiteral("P100"));
        QCOMPARE(stapler.name, QStringLiteral("订书机"));
        QCOMPARE(stapler.category, QStringLiteral("办公设备"));
        QCOMPARE(stapler.location, QStringLiteral("B柜-1"));
        QCOMPARE(stapler.leadTimeDays, 14);
        QCOMPARE(stapler.preferredSupplierId, deli);
        QCOMPARE(byCode(c, QStringLiteral("P101")).leadTimeDays, 7); // not given: the default
        for (const QString &bad : {QStringLiteral("P102"), QStringLiteral("P103"), QStringLiteral("P104")})
            QVERIFY2(byCode(c, bad).id == 0, qPrintable(bad)); // bad rows are named and skipped
        QCOMPARE(imports(c), 3); // an audit record per card written
    }

    void sup08_importReadsAnXlsxItemList()
    {
        SuppliesCompany c;
        ReportTable table;
        table.header = {QStringLiteral("物品编码"), QStringLiteral("名称"), QStringLiteral("类别"),
                        QStringLiteral("单位"), QStringLiteral("再订货点")};
        table.rows = {
            {QStringLiteral("P200"), QStringLiteral("文件夹"), QStringLiteral("文具"), QStringLiteral("个"),
             QStringLiteral("8")},
            {QStringLiteral("6902222222221"), QStringLiteral("中性笔 0.5mm 黑"), QStringLiteral("书写工具"),
             QStringLiteral("包"), QStringLiteral("0")},
            {QStringLiteral("P201"), QStringLiteral("无类别"), QString(), QStringLiteral("个"), QStringLiteral("1")}};
        Report report;
        report.title = QStringLiteral("办公用品清单");
        report.tables = {table};
        const QString path = c.org.company.dir.filePath(QStringLiteral("items.xlsx"));
        QVERIFY(ReportFiles::writeXlsx(report, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));

        SupplyImport importer(c.db(), c.clock());
        auto p = importer.previewItems(c.clerk, f.readAll(), QStringLiteral("items.xlsx"));
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->rowsRead, 3);
        QCOMPARE(p->added.size(), 1);
        QCOMPARE(p->added.first().reorderPoint, qint64(8)); // a number cell
        QCOMPARE(p->unchanged, 1); // the pens, as the catalogue has them
        QCOMPARE(p->problems.size(), 1);
        QCOMPARE(p->problems.first().line, 7); // the sheet's row: two title rows, a gap, the header
        QCOMPARE(p->problems.first().field, QStringLiteral("category"));
        QCOMPARE(*importer.import(c.clerk, *p), 1);
        QCOMPARE(byCode(c, QStringLiteral("P200")).name, QStringLiteral("文件夹"));
    }

    void sup07_theSameFileTwiceChangesNothing()
    {
        SuppliesCompany c;
        addSupplier(c, QStringLiteral("得力文具"));
        SupplyImport importer(c.db(), c.clock());
        QVERIFY(importer.import(c.clerk, *importer.previewItems(c.clerk, gb18030ItemList(), QStringLiteral("a.csv"))));
        const qint64 audited = imports(c);
        const int version = byCode(c, QStringLiteral("6901234567892")).version;
        auto again = importer.previewItems(c.clerk, gb18030ItemList(), QStringLiteral("a.csv"));
        QVERIFY(again);
        QCOMPARE(again->added.size() + again->changed.size(), 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(*importer.import(c.clerk, *again), 0);
        QCOMPARE(imports(c), audited);
        QCOMPARE(byCode(c, QStringLiteral("6901234567892")).version, version);
    }

    void sup07_aChangedRowUpdatesTheCardButNeverTheStock()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 50, 2500));
        const QByteArray csv = QStringLiteral("code,name,category,unit,reorder point,location\n"
                                              "6901234567892,A4复印纸 70g,纸张,包,30,A柜-2\n")
                                   .toUtf8();
        SupplyImport importer(c.db(), c.clock());
        auto p = importer.previewItems(c.clerk, csv, QStringLiteral("change.csv"));
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->changed.size(), 1);
        QCOMPARE(p->changed.first().before.reorderPoint, qint64(10));
        QCOMPARE(*importer.import(c.clerk, *p), 1);
        const SupplyItem paper = c.item(c.paper);
        QCOMPARE(paper.name, QStringLiteral("A4复印纸 70g"));
        QCOMPARE(paper.reorderPoint, qint64(30));
        QCOMPARE(paper.location, QStringLiteral("A柜-2"));
        QCOMPARE(paper.onHand, qint64(50)); // SUP-07: only the ledger moves stock
        QCOMPARE(paper.valueFen, qint64(50 * 2500));
        QCOMPARE(scalar(c.db(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'supplies.item.import' "
                                       "AND entity_id = '%1' AND before_json LIKE '%\"reorder_point\":10%'")
                            .arg(c.paper)),
                 qint64(1));
    }

    void sup07_aCardChangedSinceThePreviewRefusesTheWholeImport()
    {
        SuppliesCompany c;
        const QByteArray csv = QStringLiteral("编码,名称,类别,单位\n"
                                              "P300,新物品,文具,个\n"
                                              "6901234567892,A4复印纸 80g,纸张,包\n")
                                   .toUtf8();
        SupplyImport importer(c.db(), c.clock());
        auto p = importer.previewItems(c.clerk, csv, QStringLiteral("late.csv"));
        QVERIFY(p);
        SupplyItem paper = c.item(c.paper); // another PC saves the card meanwhile
        paper.location = QStringLiteral("C柜");
        QVERIFY(SupplyCatalogue(c.db(), c.clock()).saveItem(c.clerk, paper));
        auto refused = importer.import(c.clerk, *p);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QVERIFY(byCode(c, QStringLiteral("P300")).id == 0); // one transaction: nothing written
    }

    void sup08_importRefusedWithoutManageItems()
    {
        SuppliesCompany c;
        Actor reader = c.org.lone;
        reader.scopes = {QStringLiteral("supplies")};
        SupplyImport importer(c.db(), c.clock());
        QVERIFY(!importer.previewItems(reader, gb18030ItemList(), QStringLiteral("items.csv")));
        QVERIFY(!importer.previewSuppliers(reader, "名称\n得力文具\n", QStringLiteral("s.csv")));
        auto p = importer.previewItems(c.clerk, gb18030ItemList(), QStringLiteral("items.csv"));
        QVERIFY(p);
        auto refused = importer.import(reader, *p);
        QVERIFY(!refused);
        QVERIFY(byCode(c, QStringLiteral("P100")).id == 0);
        QCOMPARE(imports(c), 0);
    }

    void sup08_aSupplierListIsImportedByName()
    {
        SuppliesCompany c;
        addSupplier(c, QStringLiteral("得力文具"));
        const QByteArray csv = QStringLiteral("名称,联系人,电话,备注\n"
                                              "得力文具,王经理,13800000001,月结\n"
                                              "晨光文具,李,,\n"
                                              ",无名,,\n")
                                   .toUtf8();
        SupplyImport importer(c.db(), c.clock());
        auto p = importer.previewSuppliers(c.clerk, csv, QStringLiteral("suppliers.csv"));
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->added.size(), 1);
        QCOMPARE(p->changed.size(), 1);
        QCOMPARE(p->changed.first().after.contact, QStringLiteral("王经理"));
        QCOMPARE(p->problems.size(), 1);
        QCOMPARE(p->problems.first().line, 4);
        QCOMPARE(*importer.import(c.clerk, *p), 2);
        auto again = importer.previewSuppliers(c.clerk, csv, QStringLiteral("suppliers.csv"));
        QCOMPARE(again->added.size() + again->changed.size(), 0);
        QCOMPARE(again->unchanged, 2);
        auto all = SupplyCatalogue(c.db(), c.clock()).suppliers(c.clerk);
        QCOMPARE(all->size(), 2);
    }

    void sup07_anUnreadableFileIsNamed()
    {
        SuppliesCompany c;
        SupplyImport importer(c.db(), c.clock());
        auto broken =
            importer.previewItems(c.clerk, QByteArray("PK\x03\x04garbage", 11), QStringLiteral("broken.xlsx"));
        QVERIFY(!broken);
        QVERIFY(broken.error().contains(QStringLiteral("broken.xlsx")));
        auto noHeader = importer.previewItems(c.clerk, QByteArray("a,b\n1,2\n"), QStringLiteral("other.csv"));
        QVERIFY(!noHeader);
        QVERIFY(noHeader.error().contains(QStringLiteral("other.csv")));
    }
};

int runSupplyImportTest(int argc, char **argv)
{
    SupplyImportTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "SupplyImportTest.moc"
