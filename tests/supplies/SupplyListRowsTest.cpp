// Reading an item list and a supplier list (issue 13: imports; SUP-07, SUP-08): no database.
#include "domain/SupplyListRows.h"

#include <QTest>

using namespace shopdesk;

namespace {
QList<CsvRecord> csv(const QString &text)
{
    return CsvTable::parse(text);
}

const ImportProblem *problemOn(const QList<ImportProblem> &problems, int line, const QString &field)
{
    for (const ImportProblem &p : problems)
        if (p.line == line && p.field == field)
            return &p;
    return nullptr;
}
} // namespace

class SupplyListRowsTest : public QObject
{
    Q_OBJECT

private slots:
    void sup08_importRefusesItemWithoutCategory()
    {
        auto list = SupplyListRows::items(csv(QStringLiteral("编码,名称,类别,单位\n"
                                                             "P1,A4复印纸,纸张,包\n"
                                                             "P2,回形针,,盒\n")));
        QVERIFY2(list, qPrintable(list.error()));
        QCOMPARE(list->rowsRead, 2);
        QCOMPARE(list->rows.size(), 1);
        QCOMPARE(list->rows.first().code, QStringLiteral("P1"));
        QCOMPARE(list->problems.size(), 1);
        QVERIFY(problemOn(list->problems, 3, QStringLiteral("category")));
        QVERIFY(list->problems.first().reason.contains(QStringLiteral("SUP-08")));
    }

    void sup07_importNamesEveryBadFieldWithLineAndValue()
    {
        auto list = SupplyListRows::items(csv(QStringLiteral("编码,名称,类别,单位,再订货点,采购周期(天)\n"
                                                             "P1,A4复印纸,纸张,包,10,7\n"
                                                             "P2,,纸张,包,-1,400\n"
                                                             "P3,订书钉,文具,,2.5,x\n"
                                                             "P1,又一个,纸张,包,,\n"
                                                             ",没有编码,纸张,包,1000001,\n"
                                                             ",,,,,\n")));
        QVERIFY(list);
        QCOMPARE(list->rowsRead, 5); // the blank row is not a row
        QCOMPARE(list->rows.size(), 1);
        QVERIFY(problemOn(list->problems, 3, QStringLiteral("name")));
        QCOMPARE(problemOn(list->problems, 3, QStringLiteral("reorder point"))->value, QStringLiteral("-1"));
        QCOMPARE(problemOn(list->problems, 3, QStringLiteral("lead time days"))->value, QStringLiteral("400"));
        QVERIFY(problemOn(list->problems, 4, QStringLiteral("unit")));
        QCOMPARE(problemOn(list->problems, 4, QStringLiteral("reorder point"))->value, QStringLiteral("2.5"));
        QCOMPARE(problemOn(list->problems, 4, QStringLiteral("lead time days"))->value, QStringLiteral("x"));
        const ImportProblem *twice = problemOn(list->problems, 5, QStringLiteral("code"));
        QVERIFY(twice);
        QCOMPARE(twice->value, QStringLiteral("P1"));
        QVERIFY(twice->reason.contains(QLatin1String("line 2")));
        QVERIFY(problemOn(list->problems, 6, QStringLiteral("code")));
        QCOMPARE(problemOn(list->problems, 6, QStringLiteral("reorder point"))->value, QStringLiteral("1000001"));
        QCOMPARE(list->problems.size(), 9);
    }

    void sup08_importFindsColumnsByEnglishHeaderAfterATitle()
    {
        auto list = SupplyListRows::items(
            csv(QStringLiteral("Office supplies,,,,,,\n"
                               "Item Code,Name,Category,Unit,Reorder point,Lead time (days),Preferred supplier\n"
                               "P1,A4 paper,Paper,pack,20.0,3,Deli\n")));
        QVERIFY2(list, qPrintable(list.error()));
        QCOMPARE(list->rows.size(), 1);
        const SupplyItemRow &row = list->rows.first();
        QCOMPARE(row.line, 3);
        QCOMPARE(row.reorderPoint, std::optional<qint64>(20)); // a spreadsheet's number
        QCOMPARE(row.leadTimeDays, std::optional<int>(3));
        QCOMPARE(row.preferredSupplier, QStringLiteral("Deli"));
        QVERIFY(!row.specification); // no such column

        auto fullWidth =
            SupplyListRows::items(csv(QStringLiteral("物品编码,名称,类别,单位,采购周期（天）\nP1,纸,纸张,包,5\n")));
        QCOMPARE(fullWidth->rows.first().leadTimeDays, std::optional<int>(5));
        QVERIFY(!SupplyListRows::items(csv(QStringLiteral("a,b\n1,2\n"))));
    }

    void sup07_importLeavesWhatTheFileDoesNotGive()
    {
        SupplyItem card;
        card.id = 7;
        card.code = QStringLiteral("P1");
        card.specification = QStringLiteral("70g");
        card.location = QStringLiteral("A-1");
        card.reorderPoint = 10;
        card.leadTimeDays = 5;
        card.preferredSupplierId = 3;
        card.onHand = 42;
        auto list = SupplyListRows::items(csv(QStringLiteral("编码,名称,类别,单位,存放位置,再订货点\n"
                                                             "P1,A4复印纸,纸张,包,,\n")));
        const SupplyItem after = list->rows.first().appliedTo(card, 0);
        QCOMPARE(after.specification, QStringLiteral("70g")); // no column
        QCOMPARE(after.location, QString()); // the column, empty: cleared
        QCOMPARE(after.reorderPoint, qint64(10)); // an empty number keeps the card's
        QCOMPARE(after.leadTimeDays, 5);
        QCOMPARE(after.preferredSupplierId, 3);
        QCOMPARE(after.onHand, 42); // stock only ever moves through the ledger
        QVERIFY(!SupplyListRows::sameCard(card, after));
        QVERIFY(SupplyListRows::sameCard(after, list->rows.first().appliedTo(after, 0)));
    }

    void sup08_importReadsSupplierRowsByName()
    {
        auto list = SupplyListRows::suppliers(csv(QStringLiteral("名称,联系人,电话\n"
                                                                 "得力文具,王经理,13800000001\n"
                                                                 ",李,\n"
                                                                 "得力文具,张,\n")));
        QVERIFY2(list, qPrintable(list.error()));
        QCOMPARE(list->rowsRead, 3);
        QCOMPARE(list->rows.size(), 1);
        QCOMPARE(list->rows.first().contact, std::optional<QString>(QStringLiteral("王经理")));
        QVERIFY(!list->rows.first().notes);
        QVERIFY(problemOn(list->problems, 3, QStringLiteral("name")));
        QCOMPARE(problemOn(list->problems, 4, QStringLiteral("name"))->value, QStringLiteral("得力文具"));
        QVERIFY(!SupplyListRows::suppliers(csv(QStringLiteral("联系人,电话\n王,1\n"))));
    }
};

int runSupplyListRowsTest(int argc, char **argv)
{
    SupplyListRowsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "SupplyListRowsTest.moc"
