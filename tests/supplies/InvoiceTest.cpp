#include "InvoiceDesk.h"
#include "SuppliesFixture.h"
#include "SuppliesReports.h"
#include "ledgers/Budgets.h"
#include "ledgers/PaymentVouchers.h"
#include "settings/data/SettingsStore.h"

using namespace shopdesk;
using namespace shopdesk::test;

// Invoices against orders and deliveries (SUP-04), and purchase requests against the budget
// (FIN-01), on a real database.
class InvoiceTest : public QObject
{
    Q_OBJECT

    // An order for 20 paper at ¥24.00 and 50 pens at ¥2.00 from 晨光 (¥580.00), and what arrived.
    struct Delivered
    {
        PurchaseChain chain;
        PurchaseOrder order;
        Actor cashier = chain.c.org.clerk2;
        Delivered(qint64 paperArrived, qint64 pensArrived)
        {
            cashier.scopes = {QStringLiteral("finance")};
            const qint64 id = *chain.desk().order(chain.c.clerk, chain.orderFor(chain.approvedRequest()));
            order = *chain.desk().orderById(chain.c.clerk, id);
            QHash<qint64, qint64> arrived{{paperLine(), paperArrived}, {pensLine(), pensArrived}};
            if (auto booked = chain.desk().receive(chain.c.clerk, id, arrived); !booked)
                qFatal("receive: %s", qPrintable(booked.error()));
            order = *chain.desk().orderById(chain.c.clerk, id);
        }
        qint64 paperLine() const { return order.lines.at(0).id; }
        qint64 pensLine() const { return order.lines.at(1).id; }
        InvoiceDesk desk() { return InvoiceDesk(chain.c.db(), chain.c.clock()); }
        Result<qint64> invoice(const QString &number, const QList<InvoiceLine> &lines)
        {
            return desk().record(chain.c.clerk, {order.id, number, QDate(2026, 3, 2), lines});
        }
        SupplierInvoice stored(qint64 id) { return desk().invoices(chain.c.clerk, order.id)->first(); }
        Approvals approvals() { return Approvals(chain.c.db(), chain.c.clock()); }
        QList<PaymentVoucher> vouchers(VoucherState state)
        {
            return *PaymentVouchers(chain.c.db(), chain.c.clock()).vouchers(cashier, state);
        }
        int rows(const QString &table)
        {
            QSqlQuery q = chain.c.db().query();
            q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
            q.next();
            return q.value(0).toInt();
        }
    };

private slots:
    void sup04_aMatchedInvoiceIssuesAVoucherTheHeadSignsAndTheCashierPays()
    {
        Delivered d(20, 50);
        auto id = d.invoice(QStringLiteral("FP-001"), {{d.paperLine(), 20, 48000}, {d.pensLine(), 50, 10000}});
        QVERIFY2(id, qPrintable(id.error()));
        const SupplierInvoice invoice = d.stored(*id);
        QCOMPARE(invoice.state, InvoiceState::Matched);
        QVERIFY(invoice.voucherId != 0);
        // The voucher waits for the office head's signature, then for the cashier.
        auto waiting = d.approvals().waitingFor(d.chain.c.org.head);
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().type, PaymentVouchers::TypeId);
        QVERIFY(d.vouchers(VoucherState::Approved).isEmpty());
        QVERIFY(d.approvals().decide(d.chain.c.org.head, waiting->first().id, true, {}));
        const auto signedVouchers = d.vouchers(VoucherState::Approved);
        QCOMPARE(signedVouchers.size(), 1);
        QCOMPARE(signedVouchers.first().payee, QStringLiteral("晨光"));
        QCOMPARE(signedVouchers.first().amountFen, 58000);
        QCOMPARE(signedVouchers.first().departmentId, d.chain.c.office);
        QVERIFY(signedVouchers.first().category.isEmpty()); // FIN-01: no budget line was committed on
        QVERIFY(PaymentVouchers(d.chain.c.db(), d.chain.c.clock())
                    .pay(d.cashier, signedVouchers.first().id, QStringLiteral("网银 0302-1")));
        QCOMPARE(d.stored(*id).voucherState, VoucherState::Paid);
    }

    void sup04_anInvoiceForMoreThanArrivedWaitsUntilTheDifferenceIsApproved()
    {
        Delivered d(10, 50);
        auto id = d.invoice(QStringLiteral("FP-002"), {{d.paperLine(), 20, 48000}});
        QVERIFY2(id, qPrintable(id.error()));
        SupplierInvoice invoice = d.stored(*id);
        QCOMPARE(invoice.state, InvoiceState::DifferencePending);
        QVERIFY2(invoice.differences.contains(QStringLiteral("A4复印纸")), qPrintable(invoice.differences));
        QCOMPARE(invoice.voucherId, 0);
        QCOMPARE(d.desk().invoices(d.chain.c.clerk, 0, true)->size(), 1); // the unmatched list
        auto report = SuppliesReports(d.chain.c.db(), d.chain.c.clock())
                          .build(d.chain.c.clerk, SuppliesReports::Kind::UnmatchedInvoices);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->tables.first().rows.size(), 1);
        QCOMPARE(report->tables.first().rows.first().first(), QStringLiteral("FP-002"));
        // The difference goes to the office head; the approval is the voucher's signature.
        auto waiting = d.approvals().waitingFor(d.chain.c.org.head);
        QCOMPARE(waiting->first().type, InvoiceDesk::DifferenceTypeId);
        QVERIFY(d.approvals().decide(d.chain.c.org.head, waiting->first().id, true, QStringLiteral("余货明天到")));
        invoice = d.stored(*id);
        QCOMPARE(invoice.state, InvoiceState::DifferenceApproved);
        QVERIFY(invoice.voucherId != 0);
        QCOMPARE(d.vouchers(VoucherState::Approved).size(), 1);
        QVERIFY(d.approvals().waitingFor(d.chain.c.org.head)->isEmpty()); // signed once, not twice
        QVERIFY(d.desk().invoices(d.chain.c.clerk, 0, true)->isEmpty());
    }

    void sup04_aRejectedDifferenceIssuesNoVoucherAndLeavesTheQuantityOpen()
    {
        Delivered d(20, 50);
        auto wrong = d.invoice(QStringLiteral("FP-003"), {{d.paperLine(), 20, 50000}}); // ¥25.00 each
        QCOMPARE(d.stored(*wrong).state, InvoiceState::DifferencePending);
        QVERIFY(d.approvals().decide(d.chain.c.org.head, d.approvals().waitingFor(d.chain.c.org.head)->first().id,
                                     false, QStringLiteral("按合同价开票")));
        QCOMPARE(d.stored(*wrong).state, InvoiceState::DifferenceRejected);
        QVERIFY(d.vouchers(VoucherState::Approved).isEmpty());
        QVERIFY(d.vouchers(VoucherState::PendingApproval).isEmpty());
        // The corrected invoice for the same paper matches.
        auto right = d.invoice(QStringLiteral("FP-003A"), {{d.paperLine(), 20, 48000}});
        QVERIFY2(right, qPrintable(right.error()));
        QCOMPARE(d.stored(*right).state, InvoiceState::Matched);
    }

    void sup04_aWithdrawnDifferenceOrARefusedVoucherIsNotOwedAndFreesTheQuantity()
    {
        Delivered d(20, 50);
        auto withdrawn = d.invoice(QStringLiteral("FP-020"), {{d.paperLine(), 20, 50000}});
        QVERIFY(d.approvals().withdraw(d.chain.c.clerk, d.stored(*withdrawn).approvalId));
        QCOMPARE(d.stored(*withdrawn).state, InvoiceState::DifferenceRejected);
        QVERIFY(d.desk().invoices(d.chain.c.clerk, 0, true)->isEmpty());
        auto matched = d.invoice(QStringLiteral("FP-021"), {{d.paperLine(), 20, 48000}});
        QVERIFY2(matched, qPrintable(matched.error()));
        QCOMPARE(d.stored(*matched).state, InvoiceState::Matched);
        // The head refuses to sign its voucher: not owed either, so the paper may be invoiced again.
        const qint64 signing = d.approvals().waitingFor(d.chain.c.org.head)->first().id;
        QVERIFY(d.approvals().decide(d.chain.c.org.head, signing, false, QStringLiteral("重复开票")));
        QCOMPARE(d.stored(*matched).voucherState, VoucherState::Rejected);
        QVERIFY(!d.stored(*matched).counts());
        auto again = d.invoice(QStringLiteral("FP-022"), {{d.paperLine(), 20, 48000}});
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(d.stored(*again).state, InvoiceState::Matched);
        // Withdrawing a voucher's signing leaves it refused, never payable.
        QVERIFY(d.approvals().withdraw(d.chain.c.clerk, d.approvals().waitingFor(d.chain.c.org.head)->first().id));
        QCOMPARE(d.stored(*again).voucherState, VoucherState::Rejected);
        QVERIFY(d.vouchers(VoucherState::PendingApproval).isEmpty());
    }

    void sup04_theTotalMayStrayFromTheOrdersPricesOnlyWithinTheTolerance()
    {
        Delivered d(20, 50);
        QCOMPARE(d.desk().toleranceFen(), InvoiceDesk::kDefaultToleranceFen);
        // ¥1.00 of rounding: within the default tolerance.
        auto within = d.invoice(QStringLiteral("FP-004"), {{d.paperLine(), 10, 24100}});
        QCOMPARE(d.stored(*within).state, InvoiceState::Matched);
        // ¥1.01 off: a difference.
        auto beyond = d.invoice(QStringLiteral("FP-005"), {{d.paperLine(), 5, 12101}});
        QCOMPARE(d.stored(*beyond).state, InvoiceState::DifferencePending);
        // With no tolerance, one fen is a difference.
        QVERIFY(d.chain.c.db().write(
            [&] { return SettingsStore(d.chain.c.db()).set(InvoiceDesk::ToleranceSetting, QStringLiteral("0")); }));
        auto exact = d.invoice(QStringLiteral("FP-006"), {{d.pensLine(), 10, 2001}});
        QCOMPARE(d.stored(*exact).state, InvoiceState::DifferencePending);
    }

    void sup04_partDeliveriesAreInvoicedInPartsAndAFullyInvoicedOrderTakesNoMore()
    {
        Delivered d(20, 50);
        QCOMPARE(d.stored(*d.invoice(QStringLiteral("FP-007"), {{d.paperLine(), 12, 28800}})).state,
                 InvoiceState::Matched);
        QCOMPARE(d.stored(*d.invoice(QStringLiteral("FP-008"), {{d.paperLine(), 8, 19200}, {d.pensLine(), 50, 10000}}))
                     .state,
                 InvoiceState::Matched);
        const int invoices = d.rows(QStringLiteral("supplier_invoices"));
        auto more = d.invoice(QStringLiteral("FP-009"), {{d.pensLine(), 1, 200}});
        QVERIFY(!more);
        QVERIFY2(more.error().contains(d.order.number()), qPrintable(more.error()));
        QCOMPARE(d.rows(QStringLiteral("supplier_invoices")), invoices);
    }

    void sup04_badInvoicesAreRefusedWithAReasonAndWriteNothing()
    {
        Delivered d(20, 50);
        QVERIFY(d.invoice(QStringLiteral("FP-010"), {{d.paperLine(), 1, 2400}}));
        const int invoices = d.rows(QStringLiteral("supplier_invoices"));
        const int vouchers = d.rows(QStringLiteral("payment_vouchers"));
        const QList<std::pair<QString, QList<InvoiceLine>>> bad = {
            {QStringLiteral(" "), {{d.paperLine(), 1, 2400}}}, // no number
            {QStringLiteral("FP-011"), {}}, // no lines
            {QStringLiteral("FP-012"), {{d.paperLine(), 0, 0}}}, // zero quantity
            {QStringLiteral("FP-013"), {{d.paperLine(), -2, 2400}}}, // negative quantity
            {QStringLiteral("FP-014"), {{d.paperLine(), 1, -2400}}}, // negative amount
            {QStringLiteral("FP-015"), {{d.paperLine(), 1, 2400}, {d.paperLine(), 1, 2400}}}, // twice
            {QStringLiteral("FP-016"), {{999999, 1, 2400}}}, // not on this order
            {QStringLiteral("FP-018"), {{d.paperLine(), 1, 0}}}, // asks for nothing: no voucher can pay it
            {QStringLiteral("FP-010"), {{d.pensLine(), 1, 200}}}, // the same invoice again
        };
        for (const auto &[number, lines] : bad) {
            auto refused = d.invoice(number, lines);
            QVERIFY2(!refused, qPrintable(number));
            QVERIFY2(!refused.error().isEmpty(), qPrintable(number));
        }
        QCOMPARE(d.rows(QStringLiteral("supplier_invoices")), invoices);
        QCOMPARE(d.rows(QStringLiteral("payment_vouchers")), vouchers);
        // Only the purchasing desk records invoices.
        Actor reader = d.chain.c.org.lone;
        reader.scopes = {QStringLiteral("supplies")};
        QCOMPARE(
            d.desk()
                .record(reader, {d.order.id, QStringLiteral("FP-017"), QDate(2026, 3, 2), {{d.pensLine(), 1, 200}}})
                .error(),
            Permissions::refusal(SuppliesAction::Purchase));
    }

    void fin01_sup04_theVoucherCarriesTheCategoryItsRequestCommittedOn()
    {
        PurchaseChain chain;
        Actor finance = chain.c.org.clerk2;
        finance.scopes = {QStringLiteral("finance")};
        SettingsStore settings(chain.c.db());
        QVERIFY(chain.c.db().write(
            [&] { return settings.set(PurchaseDesk::BudgetCategorySetting, QStringLiteral("办公耗材")); }));
        QVERIFY(Budgets(chain.c.db(), chain.c.clock())
                    .setLine(finance, 2026, chain.c.office, QStringLiteral("办公耗材"), 1'000'000));
        const qint64 request = chain.approvedRequest();
        // The setting changes after the request committed: the voucher still spends its line.
        QVERIFY(chain.c.db().write(
            [&] { return settings.set(PurchaseDesk::BudgetCategorySetting, QStringLiteral("杂项")); }));
        const qint64 order = *chain.desk().order(chain.c.clerk, chain.orderFor(request));
        const PurchaseOrder placed = *chain.desk().orderById(chain.c.clerk, order);
        QHash<qint64, qint64> arrived;
        QList<InvoiceLine> lines;
        for (const auto &line : placed.lines) {
            arrived.insert(line.id, line.quantity);
            lines.append({line.id, line.quantity, line.amountFen()});
        }
        QVERIFY(chain.desk().receive(chain.c.clerk, order, arrived));
        auto invoice = InvoiceDesk(chain.c.db(), chain.c.clock())
                           .record(chain.c.clerk, {order, QStringLiteral("FP-009"), QDate(2026, 3, 2), lines});
        QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error()));
        const auto issued = *PaymentVouchers(chain.c.db(), chain.c.clock()).vouchers(finance, std::nullopt);
        QCOMPARE(issued.size(), 1);
        QCOMPARE(issued.first().category, QStringLiteral("办公耗材"));
    }

    void fin01_aPurchaseOverTheOfficeBudgetAlsoNeedsTheGeneralManager()
    {
        PurchaseChain chain;
        Actor finance = chain.c.org.clerk2;
        finance.scopes = {QStringLiteral("finance")};
        Budgets budgets(chain.c.db(), chain.c.clock());
        QVERIFY(budgets.setLine(finance, 2026, chain.c.office, PurchaseDesk::kDefaultBudgetCategory, 70000));
        // ¥600.00 of ¥700.00: the office head alone.
        const qint64 first = chain.approvedRequest();
        QCOMPARE(budgets.lines(finance, 2026)->first().remainingFen(), 10000);
        // Another ¥600.00 goes over: the head, then the general manager.
        NewPurchaseRequest n{QStringLiteral("再补一次"),
                             {{0, chain.c.paper, {}, QStringLiteral("A4复印纸"), {}, 20, 2500, 0},
                              {0, chain.c.pens, {}, QStringLiteral("中性笔"), {}, 50, 200, 0}}};
        const qint64 second = *chain.desk().request(chain.c.clerk, n);
        Approvals approvals(chain.c.db(), chain.c.clock());
        const qint64 approval = *PurchaseProbe{chain.c}.approvalOf(second);
        QVERIFY(approvals.decide(chain.c.org.head, approval, true, {}));
        QCOMPARE(chain.desk().requests(chain.c.clerk)->first().state, PurchaseRequestState::PendingApproval);
        QCOMPARE(approvals.waitingFor(chain.c.org.admin)->size(), 1);
        QVERIFY(approvals.decide(chain.c.org.admin, approval, true, QStringLiteral("同意超预算")));
        QCOMPARE(chain.desk().requests(chain.c.clerk)->first().state, PurchaseRequestState::Approved);
        QCOMPARE(budgets.lines(finance, 2026)->first().remainingFen(), -50000);
        Q_UNUSED(first);
    }
};

int runInvoiceTest(int argc, char **argv)
{
    InvoiceTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "InvoiceTest.moc"
