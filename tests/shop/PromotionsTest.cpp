// RULE PRD-03: promotions proposed, specified, approved and published, each by its role; one
// promotion per product at a time.
#include "ShopFixture.h"

using namespace shopdesk;
using namespace shopdesk::test;

class PromotionsTest : public QObject
{
    Q_OBJECT

    static Promotion proposal(const QString &title, QDate from, QDate to, QList<qint64> products)
    {
        Promotion p;
        p.title = title;
        p.idea = QStringLiteral("老客户回购");
        p.startsOn = from;
        p.endsOn = to;
        p.productIds = products;
        return p;
    }
    static Status specify(ShopCompany &s, qint64 id, int percent)
    {
        Promotion p = *s.promotions().promotion(s.pm, id);
        p.kind = PromotionKind::PercentOff;
        p.percentOff = percent;
        return s.promotions().specify(s.pm, p);
    }

private slots:
    void prd03_proposedSpecifiedApprovedPublishedEachByItsRole()
    {
        ShopCompany s;
        const auto p =
            proposal(QStringLiteral("春季茶具节"), QDate(2026, 3, 10), QDate(2026, 3, 20), {s.mug, s.teapot});
        QVERIFY(!s.promotions().propose(s.pm, p)); // the planner proposes
        auto id = s.promotions().propose(s.planner, p);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(s.promotions().promotion(s.pm, *id)->stage(), PromotionStage::Proposed);
        Promotion spec = *s.promotions().promotion(s.pm, *id);
        spec.kind = PromotionKind::FixedPrice;
        spec.fixedPriceFen = 4000; // over the mug's 39.00
        QVERIFY(!s.promotions().specify(s.pm, spec));
        spec.fixedPriceFen = 2990;
        QVERIFY(!s.promotions().specify(s.planner, spec)); // the product manager specifies
        QVERIFY(s.promotions().specify(s.pm, spec));
        QCOMPARE(s.promotions().promotion(s.pm, *id)->stage(), PromotionStage::Specified);
        QVERIFY(!s.promotions().publish(s.editor, *id)); // waiting for the leader
        QVERIFY(s.leaderDecides(true));
        QCOMPARE(s.promotions().promotion(s.pm, *id)->stage(), PromotionStage::Approved);
        QVERIFY(!s.promotions().publish(s.pm, *id)); // the web editor publishes
        QVERIFY(s.promotions().publish(s.editor, *id));
        const Promotion published = *s.promotions().promotion(s.pm, *id);
        QCOMPARE(published.stage(), PromotionStage::Published);
        QCOMPARE(published.publishedBy, QStringLiteral("editor"));
        QCOMPARE(published.specifiedBy, QStringLiteral("pm"));
        QCOMPARE(published.proposedBy, QStringLiteral("planner"));
        QCOMPARE(published.fixedPriceFen, 2990);
        // What the leader approved stays as it was.
        QSqlQuery q = s.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE promotions SET fixed_price_fen = 100 WHERE id = %1").arg(*id)));
    }

    void prd03_overlappingPromotionsOnOneSkuAreRefusedAtTheBoundaryDay()
    {
        ShopCompany s;
        QVERIFY(s.promotions().propose(
            s.planner, proposal(QStringLiteral("春季茶具节"), QDate(2026, 3, 10), QDate(2026, 3, 20), {s.mug})));
        // Starting on the other's last day: refused, naming the product and the other promotion.
        auto refused = s.promotions().propose(
            s.planner, proposal(QStringLiteral("月末清仓"), QDate(2026, 3, 20), QDate(2026, 3, 31), {s.teapot, s.mug}));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("MUG-01")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("春季茶具节")));
        // Ending on the other's first day: refused too.
        QVERIFY(!s.promotions().propose(
            s.planner, proposal(QStringLiteral("三月初"), QDate(2026, 3, 5), QDate(2026, 3, 10), {s.mug})));
        // The day after, or another product on the same days: fine.
        QVERIFY(s.promotions().propose(
            s.planner, proposal(QStringLiteral("月末清仓"), QDate(2026, 3, 21), QDate(2026, 3, 31), {s.mug})));
        QVERIFY(s.promotions().propose(
            s.planner, proposal(QStringLiteral("茶壶专场"), QDate(2026, 3, 15), QDate(2026, 3, 25), {s.teapot})));
        QCOMPARE(s.promotions().during(s.pm, QDate(2026, 3, 1), QDate(2026, 3, 31))->size(), 3);
    }

    void prd03_aRefusedOrWithdrawnPromotionFreesItsDays()
    {
        ShopCompany s;
        const auto spring = proposal(QStringLiteral("春季茶具节"), QDate(2026, 3, 10), QDate(2026, 3, 20), {s.mug});
        auto first = s.promotions().propose(s.planner, spring);
        QVERIFY(first);
        QVERIFY(specify(s, *first, 20));
        QVERIFY(!s.promotions().propose(s.planner, spring)); // held while the leader decides
        QVERIFY(s.leaderDecides(false));
        auto second = s.promotions().propose(s.planner, spring);
        QVERIFY2(second, qPrintable(second.error()));
        QVERIFY(s.promotions().withdraw(s.planner, *second));
        QCOMPARE(s.promotions().promotion(s.pm, *second)->stage(), PromotionStage::Withdrawn);
        QVERIFY(!specify(s, *second, 20)); // a withdrawn proposal is not specified
        QVERIFY(s.promotions().propose(s.planner, spring));
    }

    void prd03_aPublishedPromotionIsNeitherWithdrawnNorPublishedAfterItsEnd()
    {
        ShopCompany s;
        auto id = s.promotions().propose(
            s.planner, proposal(QStringLiteral("周末特惠"), QDate(2026, 3, 7), QDate(2026, 3, 8), {s.mug}));
        QVERIFY(id);
        QVERIFY(specify(s, *id, 10));
        QVERIFY(s.leaderDecides(true));
        s.clock().set(QDateTime(QDate(2026, 3, 9), QTime(1, 0), Qt::UTC));
        QVERIFY(!s.promotions().publish(s.editor, *id)); // over
        s.clock().set(QDateTime(QDate(2026, 3, 6), QTime(1, 0), Qt::UTC));
        QVERIFY(s.promotions().publish(s.editor, *id));
        QVERIFY(!s.promotions().withdraw(s.planner, *id));
    }
};

int runPromotionsTest(int argc, char **argv)
{
    PromotionsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PromotionsTest.moc"
