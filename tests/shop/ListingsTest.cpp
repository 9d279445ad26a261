// RULE PRD-02: listing through approval, the normal delisting at zero stock by itself.
#include "ShopFixture.h"

using namespace shopdesk;
using namespace shopdesk::test;

class ListingsTest : public QObject
{
    Q_OBJECT

private slots:
    void prd02_listingIsProposedApprovedAndCarriedOut()
    {
        ShopCompany s;
        QVERIFY(s.stock().book(s.assistant, s.teapot, {ProductMovementKind::Receipt, 4, QStringLiteral("到货")}));
        QVERIFY(!s.listings().ask(s.assistant, s.teapot, ListingKind::List, QStringLiteral("上新"))); // not the PM
        auto id = s.listings().ask(s.pm, s.teapot, ListingKind::List, QStringLiteral("上新"));
        QVERIFY2(id, qPrintable(id.error()));
        // One change at a time per product.
        QVERIFY(!s.listings().ask(s.pm, s.teapot, ListingKind::List, QStringLiteral("再次")));
        QVERIFY(!s.listings().carryOut(s.editor, *id)); // waiting for the leader
        QVERIFY(s.leaderDecides(true));
        QCOMPARE(s.product(s.teapot).status, ProductStatus::Draft);
        QVERIFY(!s.listings().carryOut(s.pm, *id)); // the web editor's step
        QVERIFY(s.listings().carryOut(s.editor, *id));
        QCOMPARE(s.product(s.teapot).status, ProductStatus::Listed);
        QVERIFY(!s.listings().carryOut(s.editor, *id)); // once
    }

    void prd02_nothingInStockIsNotPutOnSale()
    {
        ShopCompany s;
        auto id = s.listings().ask(s.pm, s.teapot, ListingKind::List, QStringLiteral("上新"));
        QVERIFY(id);
        QVERIFY(s.leaderDecides(true));
        const Status refused = s.listings().carryOut(s.editor, *id);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("POT-01")));
        QCOMPARE(s.product(s.teapot).status, ProductStatus::Draft);
        // Once the stock is there, the same approved change goes through.
        QVERIFY(s.stock().book(s.assistant, s.teapot, {ProductMovementKind::Receipt, 1, QStringLiteral("到货")}));
        QVERIFY(s.listings().carryOut(s.editor, *id));
    }

    void prd02_stockReachingZeroDelistsByItselfAsANormalDelisting()
    {
        ShopCompany s;
        QCOMPARE(s.product(s.mug).status, ProductStatus::Listed);
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 9, QStringLiteral("订单 A1")}));
        QCOMPARE(s.product(s.mug).status, ProductStatus::Listed); // one left
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 1, QStringLiteral("订单 A2")}));
        const Product mug = s.product(s.mug);
        QCOMPARE(mug.onHand, 0);
        QCOMPARE(mug.status, ProductStatus::Delisted);
        const auto changes = *s.listings().changes(s.pm, false, s.mug);
        QCOMPARE(changes.size(), 2); // the listing of the fixture, then this
        QVERIFY(changes.first().automatic);
        QCOMPARE(changes.first().kind, ListingKind::Delist);
        QCOMPARE(changes.first().state(), ProductRequestState::Done);
        QCOMPARE(changes.first().approvalId, 0); // no approval: it is the normal case
        QVERIFY(s.approvals().waitingFor(s.org.sales)->isEmpty());
        // Stock coming back does not put it on sale again: that is a listing, through approval.
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Return, 1, QStringLiteral("退货")}));
        QCOMPARE(s.product(s.mug).status, ProductStatus::Delisted);
    }

    void prd02_anAdjustmentToZeroDelistsTooButADraftStaysADraft()
    {
        ShopCompany s;
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Adjustment, -10, QStringLiteral("盘亏")}));
        QCOMPARE(s.product(s.mug).status, ProductStatus::Delisted);
        QVERIFY(s.stock().book(s.assistant, s.teapot, {ProductMovementKind::Receipt, 1, QStringLiteral("到货")}));
        QVERIFY(s.stock().book(s.assistant, s.teapot, {ProductMovementKind::Sale, 1, QStringLiteral("样品")}));
        QCOMPARE(s.product(s.teapot).status, ProductStatus::Draft);
        QCOMPARE(s.listings().changes(s.pm, false, s.teapot)->size(), 0);
    }

    void prd02_anApprovedDelistingOvertakenByZeroStockIsClosedAndTheProductListedAgain()
    {
        ShopCompany s;
        auto id = s.listings().ask(s.pm, s.mug, ListingKind::Delist, QStringLiteral("包装改版"));
        QVERIFY(id);
        QVERIFY(s.leaderDecides(true));
        // Before the web editor acts, the last mugs sell: off sale by itself.
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Sale, 10, QStringLiteral("订单")}));
        QCOMPARE(s.product(s.mug).status, ProductStatus::Delisted);
        QVERIFY(s.listings().carryOut(s.editor, *id)); // closed, nothing left to change
        QVERIFY(s.listings().changes(s.pm, true, s.mug)->isEmpty());
        // So the product can be asked back on sale once restocked.
        QVERIFY(s.stock().book(s.assistant, s.mug, {ProductMovementKind::Receipt, 5, QStringLiteral("补货")}));
        s.listNow(s.mug);
        QCOMPARE(s.product(s.mug).status, ProductStatus::Listed);
    }

    void prd02_aProductWithoutAPriceIsNotPutOnSale()
    {
        ShopCompany s;
        Product free;
        free.code = QStringLiteral("GIFT-01");
        free.title = QStringLiteral("赠品杯垫");
        free.category = QStringLiteral("杯具");
        const qint64 gift = *s.catalogue().save(s.assistant, free);
        QVERIFY(s.stock().book(s.assistant, gift, {ProductMovementKind::Receipt, 50, QStringLiteral("到货")}));
        auto id = s.listings().ask(s.pm, gift, ListingKind::List, QStringLiteral("上新"));
        QVERIFY(id);
        QVERIFY(s.leaderDecides(true));
        QVERIFY(!s.listings().carryOut(s.editor, *id));
        QCOMPARE(s.product(gift).status, ProductStatus::Draft);
    }

    void prd02_anOtherDelistingGoesThroughTheLeader()
    {
        ShopCompany s;
        QVERIFY(!s.listings().ask(s.pm, s.mug, ListingKind::Delist, QString())); // why, while in stock
        auto id = s.listings().ask(s.pm, s.mug, ListingKind::Delist, QStringLiteral("质量投诉,暂停销售"));
        QVERIFY(id);
        QCOMPARE(s.product(s.mug).status, ProductStatus::Listed);
        QVERIFY(s.leaderDecides(false));
        QVERIFY(!s.listings().carryOut(s.editor, *id));
        QCOMPARE(s.product(s.mug).status, ProductStatus::Listed);
        id = s.listings().ask(s.pm, s.mug, ListingKind::Delist, QStringLiteral("质量投诉,暂停销售"));
        QVERIFY(id);
        QVERIFY(s.leaderDecides(true));
        QVERIFY(s.listings().carryOut(s.editor, *id));
        QCOMPARE(s.product(s.mug).status, ProductStatus::Delisted);
        QCOMPARE(s.product(s.mug).onHand, 10); // off sale, still in stock
    }
};

int runListingsTest(int argc, char **argv)
{
    ListingsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ListingsTest.moc"
