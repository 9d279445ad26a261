#include "ReorderPlanner.h"
#include "SuppliesFixture.h"
#include "settings/data/SettingsStore.h"

using namespace shopdesk;
using namespace shopdesk::test;

// The stock ledger and the item catalogue on a real database file (SUP-02, SUP-05, SUP-07, SUP-08).
class StockLedgerTest : public QObject
{
    Q_OBJECT

    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            qFatal("scalar: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private slots:
    void sup07_stockOnHandIsTheSumOfTheLedger()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 50, 2500));
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 30, 2700));
        QVERIFY(c.move(MovementKind::Issue, c.paper, 17));
        QVERIFY(c.move(MovementKind::Return, c.paper, 2));
        QVERIFY(c.move(MovementKind::LocalPurchase, c.paper, 5, 3000));
        QVERIFY(c.move(MovementKind::Receipt, c.pens, 100, 150));
        QVERIFY(c.move(MovementKind::Issue, c.pens, 100));
        for (qint64 id : {c.paper, c.pens}) {
            const SupplyItem i = c.item(id);
            const QString where = QStringLiteral(" FROM supply_movements WHERE item_id = %1").arg(id);
            QCOMPARE(i.onHand, scalar(c.db(), QStringLiteral("SELECT sum(quantity)") + where));
            QCOMPARE(i.valueFen, scalar(c.db(), QStringLiteral("SELECT sum(value_fen)") + where));
        }
        QCOMPARE(c.item(c.paper).onHand, 65);
        QCOMPARE(c.item(c.pens).onHand, 0);
        QCOMPARE(c.item(c.pens).valueFen, 0);
        // 50 x 25.00 + 30 x 27.00 = 2060.00 for 80, 25.75 each; 17 out and 2 back at 25.75; the
        // local purchase came in and went out at its own 30.00.
        QCOMPARE(c.item(c.paper).valueFen, 65 * 2575);
        QCOMPARE(c.item(c.paper).averageCost().fen(), 2575);
    }

    void sup05_aLocalPurchaseIsTheDepartmentsConsumptionAndLeavesTheShelf()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 10, 2000));
        QVERIFY(c.move(MovementKind::LocalPurchase, c.paper, 4, 2600));
        QCOMPARE(c.item(c.paper).onHand, 10);
        QCOMPARE(c.item(c.paper).valueFen, 20000);
        const auto rows = *StockLedger(c.db(), c.clock()).movements(c.clerk, c.paper);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].kind, MovementKind::Issue); // newest first: the department's use
        QCOMPARE(rows[0].departmentName, QStringLiteral("行政部"));
        QCOMPARE(rows[0].valueFen, -10400);
        QCOMPARE(rows[1].kind, MovementKind::LocalPurchase);
        QCOMPARE(rows[1].valueFen, 10400);
    }

    void sup07_theLedgerIsNeverEdited()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 5, 100));
        QSqlQuery q = c.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE supply_movements SET quantity = 500")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM supply_movements")));
        QCOMPARE(c.item(c.paper).onHand, 5);
        // Stock cannot be pushed below zero even past the service.
        QVERIFY(!q.exec(QStringLiteral("UPDATE supply_items SET on_hand = -1")));
    }

    void sup07_stockIsNeverAdjustedWithoutAStocktake()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 5, 100));
        auto refused = c.move(MovementKind::Adjustment, c.paper, -1);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("stocktake")), qPrintable(refused.error()));
        QCOMPARE(c.item(c.paper).onHand, 5);
    }

    void sup07_aRefusedIssueWritesNothing()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 3, 100));
        const qint64 audits = scalar(c.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        auto refused = c.move(MovementKind::Issue, c.paper, 4);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("A4复印纸")) && refused.error().contains(QLatin1String("3")),
                 qPrintable(refused.error()));
        QCOMPARE(scalar(c.db(), QStringLiteral("SELECT count(*) FROM supply_movements")), 1);
        QCOMPARE(scalar(c.db(), QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        QCOMPARE(c.item(c.paper).onHand, 3);
    }

    void sup07_stockThatChangedMeanwhileIsAConflict()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 3, 100));
        MovementRequest r;
        r.kind = MovementKind::Issue;
        r.quantity = 1;
        r.departmentId = c.office;
        r.reason = QStringLiteral("领用");
        StockLedger ledger(c.db(), c.clock());
        auto stale = ledger.book(c.clerk, c.paper, r, 5);
        QVERIFY(stale.isConflict());
        QVERIFY2(stale.error().contains(QLatin1String("3")), qPrintable(stale.error()));
        QVERIFY(ledger.book(c.clerk, c.paper, r, 3));
    }

    void sup08_everyMovementNamesWhoAndIsAudited()
    {
        SuppliesCompany c;
        auto id = c.move(MovementKind::Receipt, c.paper, 5, 100);
        QVERIFY(id);
        const auto rows = *StockLedger(c.db(), c.clock()).movements(c.clerk, c.paper);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].byUserName, QStringLiteral("clerk"));
        QCOMPARE(rows[0].reason, QStringLiteral("测试"));
        QCOMPARE(rows[0].at, c.clock().nowUtc());
        QCOMPARE(scalar(c.db(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'supplies.stock.move' "
                                       "AND entity_id = '%1'")
                            .arg(*id)),
                 1);
    }

    void sup08_nobodyMovesSuppliesWithoutPermission()
    {
        SuppliesCompany c;
        Actor outsider = c.org.clerk2; // a clerk, but not of supplies
        MovementRequest r;
        r.kind = MovementKind::Receipt;
        r.quantity = 1;
        r.unitCost = Money::fromFen(100);
        r.reason = QStringLiteral("到货");
        const QString refusal = Permissions::refusal(SuppliesAction::MoveStock);
        QCOMPARE(StockLedger(c.db(), c.clock()).book(outsider, c.paper, r).error(), refusal);
        Actor reader = c.org.lone;
        reader.scopes = {QStringLiteral("supplies")};
        QCOMPARE(StockLedger(c.db(), c.clock()).book(reader, c.paper, r).error(), refusal); // may look, not move
        QVERIFY(StockLedger(c.db(), c.clock()).movements(reader, c.paper));
        QCOMPARE(c.item(c.paper).onHand, 0);
    }

    void sup08_anItemNeedsACategoryAndAUniqueCode()
    {
        SuppliesCompany c;
        SupplyItem i;
        i.code = QStringLiteral("6901234567892"); // the paper's
        i.name = QStringLiteral("复印纸 A3");
        i.unit = QStringLiteral("包");
        i.category = QStringLiteral("纸张");
        auto same = SupplyCatalogue(c.db(), c.clock()).saveItem(c.clerk, i);
        QVERIFY(!same);
        QVERIFY2(same.error().contains(QStringLiteral("A4复印纸")), qPrintable(same.error()));
        i.code = QStringLiteral("A3");
        i.category = QStringLiteral("  ");
        QVERIFY(!SupplyCatalogue(c.db(), c.clock()).saveItem(c.clerk, i));
        QCOMPARE(scalar(c.db(), QStringLiteral("SELECT count(*) FROM supply_items")), 2);
    }

    void editingAnItemChangedElsewhereIsAConflictAndKeepsTheStock()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 8, 100));
        SupplyItem mine = c.item(c.paper);
        SupplyItem theirs = mine;
        theirs.location = QStringLiteral("柜2");
        QVERIFY(SupplyCatalogue(c.db(), c.clock()).saveItem(c.clerk, theirs));
        mine.reorderPoint = 20;
        QVERIFY(SupplyCatalogue(c.db(), c.clock()).saveItem(c.clerk, mine).isConflict());
        const SupplyItem now = c.item(c.paper);
        QCOMPARE(now.location, QStringLiteral("柜2"));
        QCOMPARE(now.reorderPoint, 10);
        QCOMPARE(now.onHand, 8); // an edit never touches the stock
    }

    void scannedCodeFindsTheItem()
    {
        SuppliesCompany c;
        QCOMPARE(SupplyCatalogue(c.db(), c.clock()).itemByCode(c.clerk, QStringLiteral(" 6902222222221\n"))->id,
                 c.pens);
        auto unknown = SupplyCatalogue(c.db(), c.clock()).itemByCode(c.clerk, QStringLiteral("123"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().contains(QLatin1String("123")));
    }

    void sup02_suggestionsCountOnlyTheConsumptionWindow()
    {
        SuppliesCompany c;
        Database &db = c.db();
        QVERIFY(db.write([&] { return SettingsStore(db).set(ReorderPlanner::MonthsSetting, QStringLiteral("1")); }));
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 100, 2500));
        QVERIFY(c.move(MovementKind::Issue, c.paper, 60)); // two months ago: outside the window
        c.clock().advanceSeconds(60LL * 24 * 3600);
        QVERIFY(c.move(MovementKind::Issue, c.paper, 30)); // 10 left, at the reorder point
        auto s = ReorderPlanner(db, c.clock()).suggestions(c.clerk);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->size(), 1);
        QCOMPARE(s->first().item.id, c.paper);
        QCOMPARE(s->first().consumedPerMonthTimes100, 3000);
        QCOMPARE(s->first().quantity, 37); // 30 a month over 37 days (7 days' lead time)
    }
};

int runStockLedgerTest(int argc, char **argv)
{
    StockLedgerTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "StockLedgerTest.moc"
