#include "StocktakeDesk.h"
#include "SuppliesFixture.h"
#include "approval/Approvals.h"

using namespace shopdesk;
using namespace shopdesk::test;

// RULE SUP-07 on a real database: the count sheet, the counts with their reasons, the office
// head's approval, the differences booked as adjustments.
class StocktakeTest : public QObject
{
    Q_OBJECT

    static Stocktake sheet(SuppliesCompany &c, qint64 id)
    {
        return *StocktakeDesk(c.db(), c.clock()).find(c.clerk, id);
    }

    static Status decide(SuppliesCompany &c, qint64 id, bool approve)
    {
        return Approvals(c.db(), c.clock()).decide(c.org.head, sheet(c, id).approvalId, approve, QStringLiteral("核"));
    }

private slots:
    void sup07_differencesAreBookedOnlyOnceTheOfficeHeadApproves()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 10, 2500));
        QVERIFY(c.move(MovementKind::Receipt, c.pens, 20, 200));
        StocktakeDesk desk(c.db(), c.clock());
        const qint64 id = *desk.start(c.clerk, {});
        QCOMPARE(sheet(c, id).lines.size(), 2);
        QVERIFY(desk.count(c.clerk, id, c.paper, 9, QStringLiteral("一包受潮报废")));
        QVERIFY(desk.count(c.clerk, id, c.pens, 20, {}));
        QVERIFY(desk.submit(c.clerk, id));
        QCOMPARE(sheet(c, id).state, StocktakeState::PendingApproval);
        QCOMPARE(c.item(c.paper).onHand, 10); // nothing booked before the approval
        QVERIFY(!desk.count(c.clerk, id, c.paper, 8, QStringLiteral("再数"))); // counts are frozen now
        QVERIFY(decide(c, id, true));
        QCOMPARE(sheet(c, id).state, StocktakeState::Booked);
        QCOMPARE(c.item(c.paper).onHand, 9);
        QCOMPARE(c.item(c.paper).valueFen, 9 * 2500);
        QCOMPARE(c.item(c.pens).onHand, 20);
        const auto rows = *StockLedger(c.db(), c.clock()).movements(c.clerk, c.paper);
        QCOMPARE(rows.first().kind, MovementKind::Adjustment);
        QCOMPARE(rows.first().quantity, -1);
        QCOMPARE(rows.first().reference, sheet(c, id).number());
        QVERIFY(rows.first().reason.contains(QStringLiteral("一包受潮报废")));
        QCOMPARE(rows.first().byUserName, QStringLiteral("head")); // booked by the approver's decision
    }

    void sup07_everyLineIsCountedAndEveryDifferenceExplained()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 10, 2500));
        StocktakeDesk desk(c.db(), c.clock());
        const qint64 id = *desk.start(c.clerk, {});
        auto uncounted = desk.submit(c.clerk, id);
        QVERIFY(!uncounted);
        QVERIFY2(uncounted.error().contains(QStringLiteral("中性笔")),
                 qPrintable(uncounted.error())); // first on the sheet
        QVERIFY(desk.count(c.clerk, id, c.paper, 12, {}));
        QVERIFY(desk.count(c.clerk, id, c.pens, 0, {}));
        auto unexplained = desk.submit(c.clerk, id);
        QVERIFY(!unexplained);
        QVERIFY2(unexplained.error().contains(QLatin1String("12")), qPrintable(unexplained.error()));
        QVERIFY(!desk.count(c.clerk, id, c.paper, -1, QStringLiteral("x")));
        QVERIFY(desk.count(c.clerk, id, c.paper, 12, QStringLiteral("上次入库少记两包")));
        QVERIFY(desk.submit(c.clerk, id));
        QVERIFY(decide(c, id, true));
        QCOMPARE(c.item(c.paper).onHand, 12);
        QCOMPARE(c.item(c.paper).valueFen, 12 * 2500); // found at the average cost
    }

    void sup07_aRejectedStocktakeBooksNothing()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 10, 2500));
        StocktakeDesk desk(c.db(), c.clock());
        const qint64 id = *desk.start(c.clerk, QStringLiteral("纸张"));
        QCOMPARE(sheet(c, id).lines.size(), 1); // the category's items only
        QVERIFY(desk.count(c.clerk, id, c.paper, 3, QStringLiteral("不见了")));
        QVERIFY(!desk.count(c.clerk, id, c.pens, 3, {})); // not on this sheet
        QVERIFY(desk.submit(c.clerk, id));
        QVERIFY(decide(c, id, false));
        QCOMPARE(sheet(c, id).state, StocktakeState::Rejected);
        QCOMPARE(c.item(c.paper).onHand, 10);
    }

    void sup07_movementsDuringTheStocktakeAreNotDifferences()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 10, 2500));
        StocktakeDesk desk(c.db(), c.clock());
        const qint64 id = *desk.start(c.clerk, QStringLiteral("纸张")); // 10 on the sheet
        QVERIFY(c.move(MovementKind::Issue, c.paper, 2)); // issued before the shelf was counted
        QVERIFY(desk.count(c.clerk, id, c.paper, 7, QStringLiteral("少一包"))); // 8 booked now, 7 there
        QCOMPARE(sheet(c, id).lines.first().difference(), -1);
        QVERIFY(c.move(MovementKind::Issue, c.paper, 1)); // issued after the count, before the approval
        QVERIFY(desk.submit(c.clerk, id));
        QVERIFY(decide(c, id, true));
        QCOMPARE(c.item(c.paper).onHand, 6); // 10 - 2 - 1 issued - 1 missing
    }

    void sup07_twoOpenSheetsNeverCoverTheSameItems()
    {
        SuppliesCompany c;
        StocktakeDesk desk(c.db(), c.clock());
        QVERIFY(desk.start(c.clerk, QStringLiteral("纸张")));
        QVERIFY(!desk.start(c.clerk, QStringLiteral("纸张")));
        QVERIFY(!desk.start(c.clerk, {})); // all categories overlaps it
        QVERIFY(desk.start(c.clerk, QStringLiteral("书写工具")));
    }

    void sup07_aSurplusOnAnEmptyShelfIsValuedAtTheLastPricePaid()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.pens, 4, 180));
        QVERIFY(c.move(MovementKind::Issue, c.pens, 4));
        StocktakeDesk desk(c.db(), c.clock());
        const qint64 id = *desk.start(c.clerk, QStringLiteral("书写工具"));
        QVERIFY(desk.count(c.clerk, id, c.pens, 2, QStringLiteral("抽屉里找到两支")));
        QVERIFY(desk.submit(c.clerk, id));
        const Status approved = decide(c, id, true);
        QVERIFY2(approved, qPrintable(approved.error()));
        QCOMPARE(c.item(c.pens).onHand, 2);
        QCOMPARE(c.item(c.pens).valueFen, 360);
    }

    void sup07_theCountSheetPrintsByCategoryAndLocation()
    {
        SuppliesCompany c;
        StocktakeDesk desk(c.db(), c.clock());
        const qint64 id = *desk.start(c.clerk, {});
        auto r = desk.sheet(c.clerk, id);
        QVERIFY(r);
        QCOMPARE(r->tables.first().rows.size(), 2);
        QCOMPARE(r->tables.first().rows.first().first(), QStringLiteral("书写工具")); // categories in order
        QVERIFY(r->tables.first().rows.first().value(6).isEmpty()); // blank, to count on paper
        QCOMPARE(r->signatures.size(), 3);
    }
};

int runStocktakeTest(int argc, char **argv)
{
    StocktakeTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "StocktakeTest.moc"
