#include "FinanceFixture.h"
#include "ledgers/Budgets.h"

using namespace shopdesk;
using namespace shopdesk::test;

// Expense requests, advances and reimbursements on a real database (FIN-01, FIN-04, FIN-09).
class ExpensesTest : public QObject
{
    Q_OBJECT

private slots:
    void fin04_everyOfficeExpenseGoesToTheHeadAndTheGeneralManager()
    {
        FinanceCompany f;
        ExpenseRequest r;
        r.departmentId = f.office;
        r.category = QStringLiteral("办公费");
        r.purpose = QStringLiteral("硒鼓");
        r.amountFen = 30000;
        r.neededOn = f.today();
        auto id = f.expenses().request(f.org.clerk, r);
        QVERIFY(id);
        const ExpenseRequest stored = *f.expenses().find(f.org.clerk, *id);
        QCOMPARE(stored.state(), ExpenseState::Pending);
        const ApprovalRequest approval = *f.approvals().detail(f.org.admin, stored.approvalId);
        QCOMPARE(approval.steps.size(), 2);
        QCOMPARE(approval.steps.at(0).kind, ApproverKind::DepartmentHead);
        QCOMPARE(approval.steps.at(1).kind, ApproverKind::GeneralManager);
        QVERIFY(f.approvals().decide(f.org.head, stored.approvalId, true, {}));
        QCOMPARE(f.expenses().find(f.org.clerk, *id)->state(), ExpenseState::Pending); // the GM still to sign
        QVERIFY(f.approvals().decide(f.org.admin, stored.approvalId, true, {}));
        QCOMPARE(f.expenses().find(f.org.clerk, *id)->state(), ExpenseState::Approved);
        // A reader cannot ask; another clerk sees only their own requests, finance sees all.
        QVERIFY(!f.expenses().request(f.org.lone, r));
        QCOMPARE(f.expenses().requests(f.org.clerk2)->size(), 0);
        QCOMPARE(f.expenses().requests(f.cashier)->size(), 1);
        QVERIFY(!f.expenses().find(f.org.clerk2, *id));
    }

    void fin01_anExpenseCommitsAgainstItsLineAndGoingOverIsTheGmsExplicitConsent()
    {
        FinanceCompany f;
        Actor budgetKeeper = f.chief;
        QVERIFY(Budgets(f.db(), f.clock())
                    .setLine(budgetKeeper, f.today().year(), f.office, QStringLiteral("办公费"), 50000));
        ExpenseRequest r;
        r.departmentId = f.office;
        r.category = QStringLiteral("办公费");
        r.purpose = QStringLiteral("硒鼓");
        r.amountFen = 30000;
        r.neededOn = f.today();
        auto first = f.expenses().request(f.org.clerk, r);
        QVERIFY(first);
        const auto line = Budgets(f.db(), f.clock()).lines(budgetKeeper, f.today().year())->first();
        QCOMPARE(line.committedFen, 30000);
        QCOMPARE(line.remainingFen(), 20000);
        QVERIFY(!Budgets::overBudget(
            f.approvals().detail(f.org.admin, f.expenses().find(f.org.clerk, *first)->approvalId)->figures));
        auto second = f.expenses().request(f.org.clerk, r); // 30,000 more than the 20,000 left
        QVERIFY(second);
        const ApprovalRequest over =
            *f.approvals().detail(f.org.admin, f.expenses().find(f.org.clerk, *second)->approvalId);
        QVERIFY(Budgets::overBudget(over.figures));
        QVERIFY(ApprovalTypes::describe(over).contains(QStringLiteral("FIN-01")));
        // Rejected, it frees its amount.
        QVERIFY(f.approvals().decide(f.org.head, over.id, false, QStringLiteral("下月再买")));
        QCOMPARE(Budgets(f.db(), f.clock()).lines(budgetKeeper, f.today().year())->first().committedFen, 30000);
    }

    void fin04_anAdvanceIsLentOnAnIouAndTheReimbursementPaysTheDifference()
    {
        FinanceCompany f;
        const qint64 id = f.approvedExpense(80000);
        auto lent = f.expenses().lend(f.cashier, id, 50000, QStringLiteral("借-2026-001"), f.today());
        QVERIFY(lent);
        QVERIFY(!f.expenses().lend(f.cashier, id, 30001, QStringLiteral("借-2026-002"), f.today())); // over the request
        QVERIFY(!f.expenses().lend(f.chief, id, 100, QStringLiteral("借-2026-003"), f.today())); // not the cashier
        auto owed = f.expenses().outstandingAdvances(f.chief);
        QCOMPARE(owed->size(), 1);
        QCOMPARE(owed->first().amountFen, 50000);
        QCOMPARE(owed->first().borrowerName, QStringLiteral("clerk"));
        QCOMPARE(owed->first().ageDays(f.today().addDays(10)), 10);
        // Invoices of 62.00 + 100.00 clear 500.00 lent... the 162.00 more is paid out.
        const QList<ExpenseInvoice> invoices{
            {QStringLiteral("04400001"), f.today(), 51200, QStringLiteral("a.pdf"), "%PDF-1.4"},
            {QStringLiteral("04400002"), f.today(), 15000, {}, {}}};
        auto settled = f.expenses().reimburse(f.cashier, id, invoices, f.today());
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error()));
        QCOMPARE(f.expenses().find(f.cashier, id)->state(), ExpenseState::Reimbursed);
        QVERIFY(f.expenses().outstandingAdvances(f.chief)->isEmpty());
        const auto journal = *f.cash().entries(f.chief, f.today(), f.today());
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal.at(0).direction, CashDirection::Payment);
        QCOMPARE(journal.at(0).amountFen, 50000);
        QCOMPARE(journal.at(1).direction, CashDirection::Payment);
        QCOMPARE(journal.at(1).amountFen, 16200);
        QVERIFY(journal.at(1).source.startsWith(QStringLiteral("reimbursement")));
        QCOMPARE(f.expenses().invoices(f.chief, id)->size(), 2);
        QVERIFY(!f.expenses().reimburse(f.cashier, id, invoices, f.today())); // once
        QVERIFY(!f.expenses().lend(f.cashier, id, 100, QStringLiteral("借-2026-004"), f.today())); // reimbursed
    }

    void fin04_whatWasNotSpentIsReturned()
    {
        FinanceCompany f;
        const qint64 id = f.approvedExpense(80000);
        QVERIFY(f.expenses().lend(f.cashier, id, 50000, QStringLiteral("借-2026-001"), f.today()));
        QVERIFY(f.expenses().reimburse(f.cashier, id, {{QStringLiteral("1"), f.today(), 42000, {}, {}}}, f.today()));
        const auto journal = *f.cash().entries(f.chief, f.today(), f.today());
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal.at(1).direction, CashDirection::Receipt);
        QCOMPARE(journal.at(1).amountFen, 8000);
        QCOMPARE(f.cash().day(f.chief, f.today())->expectedFen(), -42000); // 500 out, 80 back
    }

    void fin04_withoutAnApprovedRequestNothingIsReimbursedOrLent()
    {
        FinanceCompany f;
        ExpenseRequest r;
        r.departmentId = f.office;
        r.category = QStringLiteral("办公费");
        r.purpose = QStringLiteral("硒鼓");
        r.amountFen = 30000;
        r.neededOn = f.today();
        const qint64 id = *f.expenses().request(f.org.clerk, r);
        auto refused =
            f.expenses().reimburse(f.cashier, id, {{QStringLiteral("1"), f.today(), 100, {}, {}}}, f.today());
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("FIN-04")));
        QVERIFY(!f.expenses().lend(f.cashier, id, 100, QStringLiteral("借-1"), f.today()));
        QVERIFY(f.approvals().decide(f.org.head, f.expenses().find(f.org.clerk, id)->approvalId, false,
                                     QStringLiteral("不需要")));
        QVERIFY(!f.expenses().reimburse(f.cashier, id, {{QStringLiteral("1"), f.today(), 100, {}, {}}}, f.today()));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM reimbursements")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM advances")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cash_entries")), 0);
    }

    void fin09_aBusinessExpensesInvoiceFromBeforeTheApprovalIsRefused()
    {
        FinanceCompany f;
        const qint64 id = f.approvedExpense(60000, true);
        auto early = f.expenses().reimburse(f.cashier, id, {{QStringLiteral("1"), f.today().addDays(-1), 100, {}, {}}},
                                            f.today());
        QVERIFY(!early);
        QVERIFY(early.error().contains(QStringLiteral("FIN-09")));
        QVERIFY(f.expenses().reimburse(f.cashier, id, {{QStringLiteral("1"), f.today(), 100, {}, {}}}, f.today()));
    }

    void fin09_aBusinessExpenseCategoryNeedsPriorApprovalWhateverTheBoxSays()
    {
        FinanceCompany f;
        ExpenseRequest r;
        r.departmentId = f.office;
        r.category = QStringLiteral("招待费"); // entertainment: in the setting's list
        r.purpose = QStringLiteral("客户晚餐");
        r.amountFen = 50000;
        r.neededOn = f.today();
        r.businessExpense = false; // the box left unticked
        const qint64 id = *f.expenses().request(f.org.clerk, r);
        QVERIFY(f.expenses().find(f.org.clerk, id)->businessExpense);
        // Another department's line is not the clerk's to spend.
        r.departmentId = f.sales;
        QVERIFY(!f.expenses().request(f.org.clerk, r));
    }

    void fin04_anApprovalByPhoneNamesTheGeneralManager()
    {
        FinanceCompany f;
        ExpenseRequest r;
        r.departmentId = f.office;
        r.category = QStringLiteral("办公费");
        r.purpose = QStringLiteral("急用");
        r.amountFen = 20000;
        r.neededOn = f.today();
        const qint64 id = *f.expenses().request(f.org.clerk, r);
        const qint64 approval = f.expenses().find(f.org.clerk, id)->approvalId;
        QVERIFY(f.approvals().decide(f.org.head, approval, true, {}));
        // The GM is away: a clerk who may record phone approvals records the GM's yes.
        Actor recorder = f.org.clerk2;
        recorder.scopes.insert(QStringLiteral("phone_approvals"));
        Status phoned =
            f.approvals().recordPhoneApproval(recorder, approval, f.org.admin.userId, QStringLiteral("电话同意"));
        QVERIFY2(phoned, phoned ? "" : qPrintable(phoned.error()));
        QCOMPARE(f.expenses().find(f.org.clerk, id)->state(), ExpenseState::Approved);
        const ApprovalRequest done = *f.approvals().detail(f.org.admin, approval);
        QCOMPARE(done.steps.at(1).byPhoneUserId, f.org.admin.userId);
    }
};

int runExpensesTest(int argc, char **argv)
{
    ExpensesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ExpensesTest.moc"
