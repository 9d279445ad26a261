// The supplies area's pure rules (SUP-02, SUP-07, SUP-08): no database.
#include "domain/ReorderRules.h"
#include "domain/StockRules.h"

#include <QTest>

using namespace shopdesk;

namespace {
MovementRequest request(MovementKind kind, qint64 quantity, qint64 unitFen = -1, qint64 department = 3)
{
    MovementRequest r;
    r.kind = kind;
    r.quantity = quantity;
    if (unitFen >= 0)
        r.unitCost = Money::fromFen(unitFen);
    r.departmentId = department;
    r.reason = QStringLiteral("月度领用");
    r.reference = QStringLiteral("小票 0317");
    return r;
}

SupplyItem item(qint64 id, qint64 onHand, qint64 reorderPoint, int leadTimeDays = 7)
{
    SupplyItem i;
    i.id = id;
    i.code = QStringLiteral("S%1").arg(id);
    i.name = QStringLiteral("A4复印纸");
    i.onHand = onHand;
    i.reorderPoint = reorderPoint;
    i.leadTimeDays = leadTimeDays;
    return i;
}
} // namespace

class SuppliesRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void sup07_aReceiptAddsItsQuantityAtItsCost()
    {
        auto m = StockRules::price({}, request(MovementKind::Receipt, 10, 2550));
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->quantity, 10);
        QCOMPARE(m->valueFen, 25500);
    }

    void sup07_anIssueGoesOutAtTheMovingAverageCost()
    {
        // 10 at ¥2.00 and 20 at ¥3.50: 30 worth ¥90.00, ¥3.00 each.
        StockPosition p = StockRules::after({}, *StockRules::price({}, request(MovementKind::Receipt, 10, 200)));
        p = StockRules::after(p, *StockRules::price(p, request(MovementKind::Receipt, 20, 350)));
        QCOMPARE(p.onHand, 30);
        QCOMPARE(p.valueFen, 9000);
        auto out = StockRules::price(p, request(MovementKind::Issue, 12));
        QVERIFY2(out, qPrintable(out.error()));
        QCOMPARE(out->quantity, -12);
        QCOMPARE(out->valueFen, -3600);
    }

    void sup07_theLastUnitTakesWhatValueIsLeft()
    {
        // 3 units worth 100 fen: no average in whole fen; the shelf ends worth exactly nothing.
        StockPosition p{3, 100};
        auto first = StockRules::price(p, request(MovementKind::Issue, 1));
        QCOMPARE(first->valueFen, -33);
        p = StockRules::after(p, *first);
        auto rest = StockRules::price(p, request(MovementKind::Issue, 2));
        p = StockRules::after(p, *rest);
        QCOMPARE(p.onHand, 0);
        QCOMPARE(p.valueFen, 0);
    }

    void sup07_issuingMoreThanOnHandIsRefusedWithWhatThereIs()
    {
        auto refused = StockRules::price({5, 500}, request(MovementKind::Issue, 6));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("5")), qPrintable(refused.error()));
        QVERIFY(StockRules::price({5, 500}, request(MovementKind::Issue, 5))); // exactly what there is
    }

    void sup07_zeroNegativeAndHugeQuantitiesAreRefused()
    {
        QVERIFY(!StockRules::price({5, 500}, request(MovementKind::Issue, 0)));
        QVERIFY(!StockRules::price({5, 500}, request(MovementKind::Issue, -1)));
        QVERIFY(!StockRules::price({}, request(MovementKind::Receipt, -3, 100)));
        QVERIFY(!StockRules::price({}, request(MovementKind::Receipt, StockRules::kMaxQuantity + 1, 100)));
        QVERIFY(StockRules::price({}, request(MovementKind::Receipt, StockRules::kMaxQuantity, 100)));
    }

    void sup07_aStocktakeAdjustmentBooksTheSignedDifference()
    {
        auto lost = StockRules::price({10, 1000}, request(MovementKind::Adjustment, -2, -1, 0));
        QVERIFY2(lost, qPrintable(lost.error()));
        QCOMPARE(lost->quantity, -2);
        QCOMPARE(lost->valueFen, -200);
        auto found = StockRules::price({10, 1000}, request(MovementKind::Adjustment, 3, -1, 0));
        QCOMPARE(found->valueFen, 300); // at the average cost
        QVERIFY(!StockRules::price({10, 1000}, request(MovementKind::Adjustment, 0, -1, 0))); // nothing to book
        QVERIFY(!StockRules::price({10, 1000}, request(MovementKind::Adjustment, -11, -1, 0))); // below zero
    }

    void sup08_everyMovementNeedsAReasonAndAnIssueItsDepartment()
    {
        MovementRequest noReason = request(MovementKind::Issue, 1);
        noReason.reason = QStringLiteral("   ");
        QVERIFY(!StockRules::price({5, 500}, noReason));
        QVERIFY(!StockRules::price({5, 500}, request(MovementKind::Issue, 1, -1, 0)));
        QVERIFY(!StockRules::price({}, request(MovementKind::LocalPurchase, 1, 100, 0)));
        QVERIFY(StockRules::price({}, request(MovementKind::Receipt, 1, 100, 0))); // a receipt is the office's own
    }

    void sup05_aLocalPurchaseIsRecordedWithItsReceipt()
    {
        MovementRequest noReceipt = request(MovementKind::LocalPurchase, 1, 100);
        noReceipt.reference = QStringLiteral("  ");
        QVERIFY(!StockRules::price({}, noReceipt));
        QVERIFY(StockRules::price({}, request(MovementKind::LocalPurchase, 1, 100)));
        MovementRequest issue = request(MovementKind::Issue, 1);
        issue.reference.clear(); // an issue needs none
        QVERIFY(StockRules::price({5, 500}, issue));
    }

    void sup05_aLocalPurchaseComesInAndGoesOutToItsDepartment()
    {
        auto rows = StockRules::rows({7, 700}, request(MovementKind::LocalPurchase, 3, 150));
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).kind, MovementKind::LocalPurchase);
        QCOMPARE(rows->at(1).kind, MovementKind::Issue);
        QCOMPARE(rows->at(1).departmentId, 3);
        const StockPosition after = StockRules::after(StockRules::after({7, 700}, rows->at(0)), rows->at(1));
        QCOMPARE(after.onHand, 7);
        QCOMPARE(after.valueFen, 700);
        QCOMPARE(StockRules::rows({7, 700}, request(MovementKind::Issue, 2))->size(), 1);
    }

    void sup07_aReceiptNeedsAPriceThatIsNotNegativeNorAbsurd()
    {
        QVERIFY(!StockRules::price({}, request(MovementKind::Receipt, 1)));
        MovementRequest negative = request(MovementKind::Receipt, 1);
        negative.unitCost = Money::fromFen(-100);
        QVERIFY(!StockRules::price({}, negative));
        QVERIFY(!StockRules::price({}, request(MovementKind::Receipt, 1, StockRules::kMaxUnitFen + 1)));
        auto dearest =
            StockRules::price({}, request(MovementKind::Receipt, StockRules::kMaxQuantity, StockRules::kMaxUnitFen));
        QVERIFY(dearest);
        QCOMPARE(dearest->valueFen, StockRules::kMaxQuantity * StockRules::kMaxUnitFen);
        QVERIFY(!StockRules::parseUnitCost(QStringLiteral("6901234567892"))); // a barcode in the price field
    }

    void sup07_aLargeShelfIsValuedWithoutOverflow()
    {
        // A billion units worth ¥10,000,000,000.01: the average is exact to the fen.
        const StockPosition p{1'000'000'000, 1'000'000'000'001};
        auto out = StockRules::price(p, request(MovementKind::Issue, StockRules::kMaxQuantity));
        QVERIFY(out);
        QCOMPARE(out->valueFen, -1'000'000'000);
    }

    void sup07_whatComesBackIsValuedAtTheAverageOrItsPrice()
    {
        QCOMPARE(StockRules::price({3, 100}, request(MovementKind::Return, 1))->valueFen, 33);
        QCOMPARE(StockRules::price({3, 200}, request(MovementKind::Return, 1))->valueFen, 67); // rounded, as issues
        QVERIFY(!StockRules::price({}, request(MovementKind::Return, 1))); // an empty shelf has no average
        QCOMPARE(StockRules::price({}, request(MovementKind::Return, 2, 150))->valueFen, 300);
        QVERIFY(!StockRules::price({}, request(MovementKind::Adjustment, 2, -1, 0)));
    }

    void sup07_onlyIssuesReturnsAndLocalPurchasesNameADepartment()
    {
        QCOMPARE(StockRules::price({}, request(MovementKind::Receipt, 1, 100, 7))->departmentId, 0);
        QCOMPARE(StockRules::price({5, 500}, request(MovementKind::Adjustment, -1, -1, 7))->departmentId, 0);
        QCOMPARE(StockRules::price({5, 500}, request(MovementKind::Issue, 1, -1, 7))->departmentId, 7);
    }

    void sup07_aPriceHasAtMostTwoDecimals()
    {
        QCOMPARE(StockRules::parseUnitCost(QStringLiteral("12.5"))->fen(), 1250);
        QCOMPARE(StockRules::parseUnitCost(QStringLiteral("¥1,200.05"))->fen(), 120005);
        QVERIFY(!StockRules::parseUnitCost(QStringLiteral("12.345")));
        QVERIFY(!StockRules::parseUnitCost(QStringLiteral("-1")));
        QVERIFY(!StockRules::parseUnitCost(QStringLiteral("十元")));
    }

    void sup02_itemsAtOrUnderTheReorderPointAreSuggested()
    {
        // Over 3 months 90 were used (1 a day); 7 days' lead time and a month's cover: 37 more than
        // what brings the item back to its point.
        const QList<SupplyItem> items{item(1, 10, 10), item(2, 11, 10), item(3, 4, 10)};
        const auto s = ReorderRules::suggest(items, {{1, 90}, {2, 90}, {3, 0}}, {}, 3);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].item.id, 1);
        QCOMPARE(s[0].quantity, 37);
        QCOMPARE(s[0].consumedPerMonthTimes100, 3000);
        QCOMPARE(s[1].item.id, 3);
        QCOMPARE(s[1].quantity, 7); // unused: one above the reorder point
    }

    void sup02_theQuantityRoundsUpAndIsAtLeastOne()
    {
        QCOMPARE(ReorderRules::suggestedQuantity(item(1, 5, 5, 0), 1, 6), 1); // 1/180 a day over 30 days
        QCOMPARE(ReorderRules::suggestedQuantity(item(1, 5, 5, 0), 0, 6), 1);
        QCOMPARE(ReorderRules::suggestedQuantity(item(1, 0, 0, 15), 60, 2), 45); // 1 a day over 45 days
    }

    void sup02_whatIsOnOrderCountsAsStock()
    {
        // 4 on hand, reorder point 10, 90 used in 3 months: 43 wanted (6 + 37), less what is on order.
        const QList<SupplyItem> items{item(1, 4, 10)};
        QCOMPARE(ReorderRules::suggest(items, {{1, 90}}, {}, 3).first().quantity, 43);
        const auto less = ReorderRules::suggest(items, {{1, 90}}, {{1, 5}}, 3);
        QCOMPARE(less.first().onOrder, 5);
        QCOMPARE(less.first().quantity, 38);
        QVERIFY(ReorderRules::suggest(items, {{1, 90}}, {{1, 7}}, 3).isEmpty()); // 11 coming and on hand
        QCOMPARE(ReorderRules::suggest(items, {{1, 90}}, {{1, 6}}, 3).size(), 1); // exactly at the point
        QVERIFY(ReorderRules::suggest({item(2, 0, 0)}, {{2, 3}}, {{2, 1}}, 3).isEmpty()); // its use is on its way
    }

    void sup02_anItemWithoutReorderPointOrUseIsNotSuggested()
    {
        QVERIFY(ReorderRules::suggest({item(1, 0, 0)}, {}, {}, 3).isEmpty());
        QCOMPARE(ReorderRules::suggest({item(1, 0, 0)}, {{1, 3}}, {}, 3).size(), 1); // used, and none left
    }
};

int runSuppliesRulesTest(int argc, char **argv)
{
    SuppliesRulesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "SuppliesRulesTest.moc"
