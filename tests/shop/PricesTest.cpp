// RULE PRD-01: price changes through the leader's approval and the web editor's publishing.
#include "ShopFixture.h"

using namespace shopdesk;
using namespace shopdesk::test;

class PricesTest : public QObject
{
    Q_OBJECT

    static PriceChange change(qint64 product, qint64 proposedFen)
    {
        PriceChange c;
        c.productId = product;
        c.proposedFen = proposedFen;
        c.competitors = {{QStringLiteral("京东自营"), 3600}, {QStringLiteral("拼多多"), 2990}};
        c.reason = QStringLiteral("竞品降价");
        return c;
    }

private slots:
    void prd01_proposedApprovedThenPublishedByTheWebEditor()
    {
        ShopCompany s;
        auto id = s.prices().ask(s.pm, change(s.mug, 3500));
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(s.product(s.mug).priceFen, 3900); // asking changes nothing
        // The leader (the head of the product manager's department) reads the analysis.
        const auto waiting = *s.approvals().waitingFor(s.org.sales);
        QCOMPARE(waiting.size(), 1);
        const QString described = ApprovalTypes::describe(waiting.first());
        QVERIFY2(described.contains(QStringLiteral("¥29.90")), qPrintable(described)); // lowest
        QVERIFY(described.contains(QStringLiteral("¥32.95"))); // average
        QVERIFY(!s.prices().publish(s.editor, *id)); // not yet approved
        QVERIFY(s.leaderDecides(true));
        QCOMPARE(s.product(s.mug).priceFen, 3900); // approved is not yet published
        QCOMPARE(s.prices().changes(s.pm, true)->first().state(), ProductRequestState::ToCarryOut);
        QVERIFY(s.prices().publish(s.editor, *id));
        QCOMPARE(s.product(s.mug).priceFen, 3500);
        QVERIFY(s.prices().changes(s.pm, true)->isEmpty());
        const auto done = s.prices().changes(s.pm, false, s.mug)->first();
        QCOMPARE(done.state(), ProductRequestState::Done);
        QCOMPARE(done.appliedBy, QStringLiteral("editor"));
        // Published once only.
        QVERIFY(!s.prices().publish(s.editor, *id));
        QCOMPARE(s.catalogue().priceHistory(s.pm, s.mug)->size(), 2);
    }

    void prd01_eachStepIsItsOwnRolesOnly()
    {
        ShopCompany s;
        QVERIFY(!s.prices().ask(s.editor, change(s.mug, 3500))); // the web editor does not propose
        QVERIFY(!s.prices().ask(s.org.admin, change(s.mug, 3500))); // nor the administrator
        auto id = s.prices().ask(s.pm, change(s.mug, 3500));
        QVERIFY(id);
        QVERIFY(s.leaderDecides(true));
        const Status byPm = s.prices().publish(s.pm, *id);
        QVERIFY(!byPm); // the product manager does not publish
        QVERIFY2(byPm.error().contains(QStringLiteral("web editor")), qPrintable(byPm.error()));
        QCOMPARE(s.product(s.mug).priceFen, 3900);
    }

    void prd01_aRefusedChangeIsNeverPublished()
    {
        ShopCompany s;
        auto id = s.prices().ask(s.pm, change(s.mug, 4500));
        QVERIFY(id);
        QVERIFY(s.leaderDecides(false));
        QCOMPARE(s.prices().changes(s.pm, false)->first().state(), ProductRequestState::Refused);
        QVERIFY(!s.prices().publish(s.editor, *id));
        QCOMPARE(s.product(s.mug).priceFen, 3900);
    }

    void prd01_oneChangeAtATimeAndNeverFromAPriceTheLeaderDidNotSee()
    {
        ShopCompany s;
        auto first = s.prices().ask(s.pm, change(s.mug, 3500));
        QVERIFY(first);
        auto second = s.prices().ask(s.pm, change(s.mug, 3300));
        QVERIFY(!second); // the first is still on its way
        QVERIFY(second.error().contains(QStringLiteral("MUG-01")));
        QVERIFY(s.prices().ask(s.pm, change(s.teapot, 24800))); // another SKU is free
        QVERIFY(s.leaderDecides(true));
        QVERIFY(s.leaderDecides(true));
        // The price moved behind the program's back meanwhile: publishing is refused as a conflict.
        QSqlQuery q = s.db().query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO product_prices(product_id, old_fen, new_fen, by_user_id, at) "
                                      "VALUES (%1, 3900, 3700, 1, '2026-03-02T01:00:00Z')")
                           .arg(s.mug)));
        const Status stale = s.prices().publish(s.editor, *first);
        QVERIFY(!stale);
        QVERIFY(stale.isConflict());
        QCOMPARE(s.product(s.mug).priceFen, 3700);
    }

    void prd01_withoutCompetitorsNothingIsAsked()
    {
        ShopCompany s;
        PriceChange c = change(s.mug, 3500);
        c.competitors.clear();
        auto refused = s.prices().ask(s.pm, c);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("PRD-01")));
        QVERIFY(s.approvals().waitingFor(s.org.sales)->isEmpty());
    }

    void prd01_theHistoryKeepsEveryPriceAndNothingElseSetsIt()
    {
        ShopCompany s;
        for (qint64 price : {3500, 3300}) {
            auto id = s.prices().ask(s.pm, change(s.mug, price));
            QVERIFY(id);
            QVERIFY(s.leaderDecides(true));
            QVERIFY(s.prices().publish(s.editor, *id));
        }
        const auto history = *s.catalogue().priceHistory(s.pm, s.mug);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].oldFen, 3500); // newest first
        QCOMPARE(history[0].newFen, 3300);
        QCOMPARE(history[1].oldFen, 3900);
        QCOMPARE(history[2].newFen, 3900); // the first price, when the card was made
        QCOMPARE(history[2].priceChangeId, 0);
        // Saving the card never touches the price, whatever the form sends.
        Product p = s.product(s.mug);
        p.priceFen = 100;
        p.title = QStringLiteral("青花瓷马克杯(大)");
        QVERIFY(s.catalogue().save(s.assistant, p));
        QCOMPARE(s.product(s.mug).priceFen, 3300);
        // Nor does anyone behind the program's back.
        QSqlQuery q = s.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE products SET price_fen = 1 WHERE id = %1").arg(s.mug)));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM product_prices")));
        QCOMPARE(s.product(s.mug).priceFen, 3300);
    }
};

int runPricesTest(int argc, char **argv)
{
    PricesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PricesTest.moc"
