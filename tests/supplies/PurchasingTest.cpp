#include "PurchaseDesk.h"
#include "ReorderPlanner.h"
#include "SuppliesFixture.h"

using namespace shopdesk;
using namespace shopdesk::test;

// The purchasing chain on a real database (SUP-01..04): request, the office head's approval,
// the order with its quotes, deliveries booked in the stock ledger.
class PurchasingTest : public QObject
{
    Q_OBJECT

    using Chain = PurchaseChain;

private slots:
    void sup02_aRequestWaitsForTheOfficeHeadThenBecomesAnOrder()
    {
        Chain chain;
        NewPurchaseRequest n;
        n.reason = QStringLiteral("月度补货");
        n.lines = {{0, chain.c.paper, {}, QStringLiteral("A4复印纸"), {}, 20, 2500, 0}};
        auto id = chain.desk().request(chain.c.clerk, n);
        QVERIFY2(id, qPrintable(id.error()));
        // Not approved yet: no order.
        NewPurchaseOrder early = chain.orderFor(*id);
        auto refused = chain.desk().order(chain.c.clerk, early);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("PR-")), qPrintable(refused.error()));
        // The office's head has it in the inbox.
        auto waiting = Approvals(chain.c.db(), chain.c.clock()).waitingFor(chain.c.org.head);
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().type, PurchaseDesk::RequestTypeId);
        QVERIFY(Approvals(chain.c.db(), chain.c.clock()).decide(chain.c.org.head, waiting->first().id, true, {}));
        QCOMPARE(chain.desk().requests(chain.c.clerk)->first().state, PurchaseRequestState::Approved);
        auto order = chain.desk().order(chain.c.clerk, chain.orderFor(*id));
        QVERIFY2(order, qPrintable(order.error()));
        QCOMPARE(chain.desk().requests(chain.c.clerk)->first().state, PurchaseRequestState::Ordered);
        // One request, one order.
        QVERIFY(!chain.desk().order(chain.c.clerk, chain.orderFor(*id)));
    }

    void sup02_aRejectedRequestIsNeverOrdered()
    {
        Chain chain;
        NewPurchaseRequest n;
        n.reason = QStringLiteral("新椅子");
        n.lines = {{0, chain.c.pens, {}, QStringLiteral("中性笔"), {}, 500, 200, 0}};
        const qint64 id = *chain.desk().request(chain.c.clerk, n);
        const qint64 approval = *PurchaseProbe{chain.c}.approvalOf(id);
        QVERIFY(
            Approvals(chain.c.db(), chain.c.clock()).decide(chain.c.org.head, approval, false, QStringLiteral("太多")));
        QCOMPARE(chain.desk().requests(chain.c.clerk)->first().state, PurchaseRequestState::Rejected);
        QVERIFY(!chain.desk().order(chain.c.clerk, chain.orderFor(id)));
    }

    void sup03_orderingFromADearerSupplierNeedsAReasonAndKeepsTheQuotes()
    {
        Chain chain;
        const qint64 request = chain.approvedRequest();
        NewPurchaseOrder o = chain.orderFor(request);
        o.chosen = 0; // 得力, dearer
        QVERIFY(!chain.desk().order(chain.c.clerk, o));
        o.choiceReason = QStringLiteral("晨光下月才有货");
        auto id = chain.desk().order(chain.c.clerk, o);
        QVERIFY2(id, qPrintable(id.error()));
        const PurchaseOrder stored = *chain.desk().orderById(chain.c.clerk, *id);
        QCOMPARE(stored.supplierName, QStringLiteral("得力"));
        QCOMPARE(stored.choiceReason, QStringLiteral("晨光下月才有货"));
        QCOMPARE(stored.quotes.size(), 2);
        QCOMPARE(stored.lines.size(), 2);
        QCOMPARE(stored.lines[0].unitFen, 2400); // the agreed price
        QCOMPARE(stored.lines[1].unitFen, 200); // the estimate kept
    }

    void sup07_deliveriesBookStockPartlyThenWholeAndCloseTheOrder()
    {
        Chain chain;
        const qint64 id = *chain.desk().order(chain.c.clerk, chain.orderFor(chain.approvedRequest()));
        PurchaseOrder o = *chain.desk().orderById(chain.c.clerk, id);
        auto first = chain.desk().receive(chain.c.clerk, id, {{o.lines[0].id, 8}});
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(*first, 8);
        QCOMPARE(chain.c.item(chain.c.paper).onHand, 8);
        QCOMPARE(chain.c.item(chain.c.paper).valueFen, 8 * 2400);
        QCOMPARE(chain.desk().orders(chain.c.clerk, true)->size(), 1); // still open

        // More than outstanding: refused, nothing written.
        auto over = chain.desk().receive(chain.c.clerk, id, {{o.lines[0].id, 13}, {o.lines[1].id, 50}});
        QVERIFY(!over);
        QVERIFY2(over.error().contains(QLatin1String("12")), qPrintable(over.error()));
        QCOMPARE(chain.c.item(chain.c.paper).onHand, 8);
        QCOMPARE(chain.c.item(chain.c.pens).onHand, 0);

        QVERIFY(chain.desk().receive(chain.c.clerk, id, {{o.lines[0].id, 12}, {o.lines[1].id, 50}}));
        o = *chain.desk().orderById(chain.c.clerk, id);
        QCOMPARE(o.state, PurchaseOrderState::Received);
        QVERIFY(chain.desk().orders(chain.c.clerk, true)->isEmpty());
        QCOMPARE(chain.c.item(chain.c.paper).onHand, 20);
        QCOMPARE(chain.c.item(chain.c.pens).onHand, 50);
        const auto rows = *StockLedger(chain.c.db(), chain.c.clock()).movements(chain.c.clerk, chain.c.paper);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].reference, o.number()); // SUP-07: each receipt names its order

        // A receipt after the order was closed: refused.
        auto late = chain.desk().receive(chain.c.clerk, id, {{o.lines[0].id, 1}});
        QVERIFY(!late);
        QVERIFY2(late.error().contains(o.number()), qPrintable(late.error()));
        QCOMPARE(chain.c.item(chain.c.paper).onHand, 20);
    }

    void sup02_reorderSuggestionsBecomeARequest()
    {
        Chain chain;
        QVERIFY(chain.c.move(MovementKind::Receipt, chain.c.paper, 12, 2500));
        QVERIFY(chain.c.move(MovementKind::Issue, chain.c.paper, 4)); // 8 left, under 10
        auto suggestions = ReorderPlanner(chain.c.db(), chain.c.clock()).suggestions(chain.c.clerk);
        QVERIFY(suggestions);
        const QList<PurchaseLine> lines = PurchaseDesk::linesFor(*suggestions);
        QCOMPARE(lines.size(), 1); // not the pens: no reorder point and never used
        QCOMPARE(lines[0].itemId, chain.c.paper);
        QCOMPARE(lines[0].unitFen, 2500); // at the average cost
        auto id = chain.desk().request(chain.c.clerk, {QStringLiteral("补货建议"), lines});
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(chain.desk().requests(chain.c.clerk)->first().lines.size(), 1);
        QCOMPARE(chain.desk().requests(chain.c.clerk)->first().lines[0].quantity, lines[0].quantity);
        // Requested is on its way: the paper is not suggested a second time.
        QVERIFY(ReorderPlanner(chain.c.db(), chain.c.clock()).suggestions(chain.c.clerk)->isEmpty());
        // An empty shelf is requested at the last price paid.
        QVERIFY(chain.c.move(MovementKind::Receipt, chain.c.pens, 10, 180));
        QVERIFY(chain.c.move(MovementKind::Issue, chain.c.pens, 10));
        const auto pens = *ReorderPlanner(chain.c.db(), chain.c.clock()).suggestions(chain.c.clerk);
        QCOMPARE(pens.size(), 1);
        QCOMPARE(PurchaseDesk::linesFor(pens).first().unitFen, 180);
    }

    void sup03_pricesAboveTheChosenQuoteAreRefused()
    {
        Chain chain;
        NewPurchaseOrder o = chain.orderFor(chain.approvedRequest());
        o.unitFenByItem = {{chain.c.paper, 2900}}; // 20 x 29.00 + 50 x 2.00 = 680.00 > 580.00
        auto refused = chain.desk().order(chain.c.clerk, o);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("SUP-03")), qPrintable(refused.error()));
        QCOMPARE(chain.desk().requests(chain.c.clerk)->first().state, PurchaseRequestState::Approved);
    }

    void sup02_aHeadsOwnRequestIsRoutedAboveThem()
    {
        // The office head is the route's department head: the engine skips them (APR-01), and
        // the request must not depend on the approval's id being stored before a decision.
        Chain chain;
        Actor head = chain.c.org.head;
        head.scopes = {QStringLiteral("supplies")};
        auto id = chain.desk().request(
            head, {QStringLiteral("办公室自用"), {{0, chain.c.pens, {}, QStringLiteral("中性笔"), {}, 5, 200, 0}}});
        QVERIFY2(id, qPrintable(id.error()));
        const PurchaseRequest r = chain.desk().requests(head)->first();
        QVERIFY(r.state == PurchaseRequestState::Approved || r.state == PurchaseRequestState::PendingApproval);
        QVERIFY(Approvals(chain.c.db(), chain.c.clock()).waitingFor(head)->isEmpty()); // never their own
    }

    void sup02_aWithdrawnRequestIsNoLongerOnOrder()
    {
        Chain chain;
        QVERIFY(chain.c.move(MovementKind::Receipt, chain.c.paper, 5, 2500)); // under its point of 10
        const auto before = *ReorderPlanner(chain.c.db(), chain.c.clock()).suggestions(chain.c.clerk);
        QCOMPARE(before.size(), 1);
        const qint64 id =
            *chain.desk().request(chain.c.clerk, {QStringLiteral("补货"), PurchaseDesk::linesFor(before)});
        QVERIFY(ReorderPlanner(chain.c.db(), chain.c.clock()).suggestions(chain.c.clerk)->isEmpty());
        QVERIFY(
            Approvals(chain.c.db(), chain.c.clock()).withdraw(chain.c.clerk, *PurchaseProbe{chain.c}.approvalOf(id)));
        QCOMPARE(ReorderPlanner(chain.c.db(), chain.c.clock()).suggestions(chain.c.clerk)->size(), 1);
    }

    void sup01_onlyThePurchasingDeskRequestsAndOrders()
    {
        Chain chain;
        Actor reader = chain.c.org.lone;
        reader.scopes = {QStringLiteral("supplies")};
        NewPurchaseRequest n{QStringLiteral("自己买"),
                             {{0, chain.c.pens, {}, QStringLiteral("中性笔"), {}, 1, 200, 0}}};
        QVERIFY(!chain.desk().request(reader, n));
        QVERIFY(!chain.desk().request(chain.c.org.clerk2, n)); // a clerk outside supplies
        QVERIFY(chain.desk().requests(reader)->isEmpty());
        const qint64 request = chain.approvedRequest();
        QCOMPARE(chain.desk().order(reader, chain.orderFor(request)).error(),
                 Permissions::refusal(SuppliesAction::Purchase));
    }
};

int runPurchasingTest(int argc, char **argv)
{
    PurchasingTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PurchasingTest.moc"
