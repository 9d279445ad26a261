// Purchasing's pure rules (SUP-01..03).
#include "domain/Purchasing.h"

#include <QTest>

using namespace shopdesk;

namespace {
PurchaseLine line(qint64 id, qint64 item, qint64 quantity, qint64 unitFen, qint64 received = 0)
{
    return {id,
            item,
            QStringLiteral("C%1").arg(item),
            QStringLiteral("物品%1").arg(item),
            QStringLiteral("个"),
            quantity,
            unitFen,
            received};
}

PurchaseOrder order()
{
    PurchaseOrder o;
    o.id = 12;
    o.lines = {line(1, 100, 10, 250), line(2, 200, 5, 1000, 5)};
    return o;
}
} // namespace

class PurchasingRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void sup03_aDearerQuoteNeedsAReason()
    {
        const QList<Quote> quotes{{1, QStringLiteral("得力"), 12000}, {2, QStringLiteral("晨光"), 11500}};
        QVERIFY(PurchaseRules::checkChoice(quotes, 1, {})); // the cheapest: no reason needed
        auto dearer = PurchaseRules::checkChoice(quotes, 0, QStringLiteral("  "));
        QVERIFY(!dearer);
        QVERIFY2(dearer.error().contains(QStringLiteral("得力")) && dearer.error().contains(QLatin1String("SUP-03")),
                 qPrintable(dearer.error()));
        QVERIFY(PurchaseRules::checkChoice(quotes, 0, QStringLiteral("晨光三周后才能到货")));
    }

    void sup03_equalQuotesNeedNoReason()
    {
        QVERIFY(PurchaseRules::checkChoice({{1, QStringLiteral("A"), 500}, {2, QStringLiteral("B"), 500}}, 0, {}));
    }

    void sup03_quotesNeedTheirSupplierOnceAndAChoice()
    {
        QVERIFY(!PurchaseRules::checkChoice({}, 0, {}));
        QVERIFY(!PurchaseRules::checkChoice({{1, QStringLiteral("A"), 500}}, 1, {}));
        QVERIFY(!PurchaseRules::checkChoice({{1, QStringLiteral("A"), 500}, {1, QStringLiteral("A"), 400}}, 1, {}));
        QVERIFY(!PurchaseRules::checkChoice({{0, QString(), 500}}, 0, {}));
        QVERIFY(!PurchaseRules::checkChoice({{1, QStringLiteral("A"), -1}}, 0, {}));
    }

    void sup03_theAgreedPricesStayWithinTheQuoteChosen()
    {
        const QList<PurchaseLine> lines{line(1, 100, 10, 250), line(2, 200, 5, 1000)}; // ¥75.00
        QVERIFY(PurchaseRules::checkAgainstQuote(lines, {1, QStringLiteral("晨光"), 7500}));
        QVERIFY(PurchaseRules::checkAgainstQuote(lines, {1, QStringLiteral("晨光"), 8000})); // a discount later is fine
        auto dearer = PurchaseRules::checkAgainstQuote(lines, {1, QStringLiteral("晨光"), 7499});
        QVERIFY(!dearer);
        QVERIFY2(dearer.error().contains(QStringLiteral("晨光")), qPrintable(dearer.error()));
    }

    void sup01_aRequestHasLinesWithQuantitiesAndEachItemOnce()
    {
        QVERIFY(!PurchaseRules::checkLines({}));
        QVERIFY(!PurchaseRules::checkLines({line(0, 1, 0, 100)}));
        QVERIFY(!PurchaseRules::checkLines({line(0, 1, -2, 100)}));
        QVERIFY(!PurchaseRules::checkLines({line(0, 1, 2, -1)}));
        QVERIFY(!PurchaseRules::checkLines({line(0, 1, 2, 100), line(0, 1, 3, 100)}));
        QVERIFY(!PurchaseRules::checkLines({line(0, 0, 2, 100)}));
        QVERIFY(PurchaseRules::checkLines({line(0, 1, 2, 0), line(0, 2, 3, 100)})); // a free sample is fine
    }

    void sup02_aDeliveryIsPartialOrWholeNeverMore()
    {
        const PurchaseOrder o = order();
        QVERIFY(PurchaseRules::checkReceipt(o, {{1, 4}}));
        QVERIFY(PurchaseRules::checkReceipt(o, {{1, 10}}));
        auto more = PurchaseRules::checkReceipt(o, {{1, 11}});
        QVERIFY(!more);
        QVERIFY2(more.error().contains(QLatin1String("10")) && more.error().contains(QLatin1String("PO-000012")),
                 qPrintable(more.error()));
        QVERIFY(!PurchaseRules::checkReceipt(o, {{2, 1}})); // that line has arrived whole
        QVERIFY(!PurchaseRules::checkReceipt(o, {{1, 0}})); // nothing arrived
        QVERIFY(!PurchaseRules::checkReceipt(o, {{1, -1}}));
        QVERIFY(!PurchaseRules::checkReceipt(o, {{99, 1}})); // not on the order
    }

    void sup02_aReceivedOrderIsClosed()
    {
        PurchaseOrder o = order();
        QVERIFY(!o.fullyReceived());
        o.lines[0].receivedQuantity = 10;
        QVERIFY(o.fullyReceived());
        o.state = PurchaseOrderState::Received;
        QVERIFY(!PurchaseRules::checkReceipt(o, {{1, 1}}));
        QCOMPARE(o.totalFen(), 10 * 250 + 5 * 1000);
    }
};

int runPurchasingRulesTest(int argc, char **argv)
{
    PurchasingRulesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PurchasingRulesTest.moc"
