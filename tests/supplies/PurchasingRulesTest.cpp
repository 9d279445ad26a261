// Purchasing's pure rules (SUP-01..04).
#include "domain/Purchasing.h"
#include "domain/SupplierInvoice.h"

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

    // Line 1: 10 ordered at ¥2.50, none arrived; line 2: 5 ordered at ¥10.00, all 5 arrived.
    void sup04_aLineMatchesWithinWhatArrivedAndIsNotYetInvoiced()
    {
        const PurchaseOrder o = order();
        QVERIFY(InvoiceRules::match(o, {}, {{2, 5, 5000}}, 0).matched());
        QVERIFY(InvoiceRules::match(o, {}, {{2, 3, 3000}}, 0).matched()); // a part is fine
        const InvoiceMatch early = InvoiceRules::match(o, {}, {{1, 1, 250}}, 0); // nothing arrived
        QCOMPARE(early.differences.size(), 1);
        QVERIFY2(early.differences.first().contains(QStringLiteral("物品100")), qPrintable(early.differences.first()));
        // Three of the five already invoiced: four more is a difference, two is not.
        QVERIFY(!InvoiceRules::match(o, {{2, 3}}, {{2, 4, 4000}}, 0).matched());
        QVERIFY(InvoiceRules::match(o, {{2, 3}}, {{2, 2, 2000}}, 0).matched());
    }

    void sup04_theAmountMatchesWithinTheToleranceEitherWay()
    {
        const PurchaseOrder o = order();
        QVERIFY(InvoiceRules::match(o, {}, {{2, 5, 5100}}, 100).matched());
        QVERIFY(InvoiceRules::match(o, {}, {{2, 5, 4900}}, 100).matched());
        const InvoiceMatch over = InvoiceRules::match(o, {}, {{2, 5, 5101}}, 100);
        QVERIFY(!over.matched());
        QCOMPARE(over.expectedFen, 5000);
        QCOMPARE(over.invoicedFen, 5101);
        QVERIFY(!InvoiceRules::match(o, {}, {{2, 5, 4899}}, 100).matched());
    }

    void sup04_anInvoiceThatCannotBeRecordedIsRefused()
    {
        const PurchaseOrder o = order();
        QVERIFY(InvoiceRules::check(o, {}, QStringLiteral("FP1"), {{2, 5, 5000}}));
        QVERIFY(!InvoiceRules::check(o, {}, QStringLiteral(""), {{2, 5, 5000}}));
        QVERIFY(!InvoiceRules::check(o, {}, QStringLiteral("FP1"), {}));
        QVERIFY(!InvoiceRules::check(o, {}, QStringLiteral("FP1"), {{3, 1, 100}}));
        QVERIFY(!InvoiceRules::check(o, {}, QStringLiteral("FP1"), {{2, 0, 0}}));
        QVERIFY(!InvoiceRules::check(o, {}, QStringLiteral("FP1"), {{2, 1, -1}}));
        QVERIFY(!InvoiceRules::check(o, {}, QStringLiteral("FP1"), {{2, 1, 100}, {2, 1, 100}}));
        QVERIFY(!InvoiceRules::check(o, {}, QStringLiteral("FP1"), {{2, 5, 0}})); // asks for nothing
        // Everything ordered is invoiced: the order takes no further invoice.
        auto full = InvoiceRules::check(o, {{1, 10}, {2, 5}}, QStringLiteral("FP2"), {{2, 1, 1000}});
        QVERIFY(!full);
        QVERIFY2(full.error().contains(QStringLiteral("PO-000012")), qPrintable(full.error()));
    }
};

int runPurchasingRulesTest(int argc, char **argv)
{
    PurchasingRulesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PurchasingRulesTest.moc"
