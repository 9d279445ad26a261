// The finance area's pure rules (FIN-02, FIN-03, FIN-04, FIN-09, FIN-10): no database, no clock.
#include "domain/Allowance.h"
#include "domain/AllowanceBillList.h"
#include "domain/CashJournal.h"
#include "domain/Expense.h"
#include "domain/MonthClose.h"
#include "users/domain/Permissions.h"

#include <QTest>

using namespace shopdesk;

class FinanceRulesTest : public QObject
{
    Q_OBJECT

    static ExpenseRequest approved(qint64 amountFen, bool business = false)
    {
        ExpenseRequest r;
        r.id = 7;
        r.departmentId = 1;
        r.category = QStringLiteral("招待费");
        r.purpose = QStringLiteral("客户午餐");
        r.amountFen = amountFen;
        r.businessExpense = business;
        r.neededOn = QDate(2026, 3, 10);
        r.approvalState = RequestState::Approved;
        r.approvedAt = QDateTime(QDate(2026, 3, 5), QTime(12, 0)); // local noon
        return r;
    }

    static ExpenseInvoice invoice(const char *number, const QDate &day, qint64 fen)
    {
        return {QString::fromLatin1(number), day, fen, {}, {}};
    }

private slots:
    void fin02_theCashAccountantIsNeverTheChiefAccountant()
    {
        QVERIFY(!Role::separationProblem({Role::CashAccountant, Role::ChiefAccountant}).isEmpty());
        QVERIFY(Role::separationProblem({Role::CashAccountant, Role::Hr}).isEmpty());
        QVERIFY(Role::separationProblem({Role::ChiefAccountant, Role::GeneralManager}).isEmpty());
        QVERIFY(Role::separationProblem({}).isEmpty());
    }

    void fin02_aDayOpensWithTheLastCountAndAddsItsOwnEntriesOnly()
    {
        const QDate day(2026, 3, 2);
        CashEntry in{0, day, CashDirection::Receipt, 50000, QStringLiteral("客户"), QStringLiteral("货款")};
        CashEntry out{0, day, CashDirection::Payment, 12050, QStringLiteral("快递"), QStringLiteral("运费")};
        CashEntry tomorrow{0, day.addDays(1), CashDirection::Payment, 999, QStringLiteral("x"), QStringLiteral("y")};
        CashDay d = CashRules::summarise(day, 100000, {in, out, tomorrow});
        QCOMPARE(d.receiptsFen, 50000);
        QCOMPARE(d.paymentsFen, 12050);
        QCOMPARE(d.expectedFen(), 137950);
        d.countedFen = 137900;
        QCOMPARE(d.differenceFen(), -50); // 0.50 missing
        QCOMPARE(in.signedFen(), 50000);
        QCOMPARE(out.signedFen(), -12050);
    }

    void fin02_anEntryNeedsDayAmountCounterpartyAndPurpose()
    {
        CashEntry e{0, QDate(2026, 3, 2), CashDirection::Payment, 100, QStringLiteral("快递"), QStringLiteral("运费")};
        QVERIFY(CashRules::entryProblem(e).isEmpty());
        CashEntry zero = e;
        zero.amountFen = 0;
        QVERIFY(!CashRules::entryProblem(zero).isEmpty());
        CashEntry negative = e;
        negative.amountFen = -100; // a correction is an entry the other way
        QVERIFY(!CashRules::entryProblem(negative).isEmpty());
        CashEntry nobody = e;
        nobody.counterparty = QStringLiteral("  ");
        QVERIFY(!CashRules::entryProblem(nobody).isEmpty());
        CashEntry why = e;
        why.purpose.clear();
        QVERIFY(!CashRules::entryProblem(why).isEmpty());
        CashEntry when = e;
        when.day = {};
        QVERIFY(!CashRules::entryProblem(when).isEmpty());
        QCOMPARE(cashDirectionFromKey(cashDirectionKey(CashDirection::Receipt)), CashDirection::Receipt);
        QCOMPARE(CashRules::sourceTitle(QStringLiteral("advance 3")), QStringLiteral("Advance 3"));
        QCOMPARE(CashRules::sourceTitle(QStringLiteral("reimbursement 12")), QStringLiteral("Reimbursement 12"));
        QCOMPARE(CashRules::sourceTitle(QString()), QString());
        QVERIFY(!cashDirectionFromKey(QStringLiteral("gift")));
    }

    void fin04_anAdvanceOnlyAgainstAnApprovedRequestAndWithinIt()
    {
        ExpenseRequest r = approved(100000);
        QVERIFY(ExpenseRules::advanceProblem(r, 100000, QStringLiteral("借-001")).isEmpty());
        QVERIFY(!ExpenseRules::advanceProblem(r, 100001, QStringLiteral("借-001")).isEmpty());
        QVERIFY(!ExpenseRules::advanceProblem(r, 5000, QStringLiteral(" ")).isEmpty()); // no IOU
        QVERIFY(!ExpenseRules::advanceProblem(r, 0, QStringLiteral("借-001")).isEmpty());
        r.advancedFen = 60000;
        QVERIFY(ExpenseRules::advanceProblem(r, 40000, QStringLiteral("借-002")).isEmpty());
        QVERIFY(!ExpenseRules::advanceProblem(r, 40001, QStringLiteral("借-002")).isEmpty());
        for (RequestState s : {RequestState::Pending, RequestState::Rejected, RequestState::Withdrawn}) {
            ExpenseRequest other = approved(100000);
            other.approvalState = s;
            QVERIFY(!ExpenseRules::advanceProblem(other, 100, QStringLiteral("借-003")).isEmpty());
        }
        ExpenseRequest done = approved(100000);
        done.reimbursed = true;
        QCOMPARE(done.state(), ExpenseState::Reimbursed);
        QVERIFY(!ExpenseRules::advanceProblem(done, 100, QStringLiteral("借-004")).isEmpty());
    }

    void fin04_withoutAnApprovedRequestNoReimbursement()
    {
        const QList<ExpenseInvoice> one{invoice("F1", QDate(2026, 3, 6), 30000)};
        ExpenseRequest pending = approved(50000);
        pending.approvalState = RequestState::Pending;
        QVERIFY(ExpenseRules::reimbursementProblem(pending, one).contains(QStringLiteral("FIN-04")));
        ExpenseRequest rejected = approved(50000);
        rejected.approvalState = RequestState::Rejected;
        QVERIFY(!ExpenseRules::reimbursementProblem(rejected, one).isEmpty());
        QVERIFY(ExpenseRules::reimbursementProblem(approved(50000), one).isEmpty());
        ExpenseRequest twice = approved(50000);
        twice.reimbursed = true;
        QVERIFY(!ExpenseRules::reimbursementProblem(twice, one).isEmpty());
    }

    void fin04_theInvoicesStayWithinTheApprovedAmountAndAreWellFormed()
    {
        const ExpenseRequest r = approved(50000);
        QVERIFY(ExpenseRules::reimbursementProblem(
                    r, {invoice("F1", QDate(2026, 3, 6), 20000), invoice("F2", QDate(2026, 3, 6), 30000)})
                    .isEmpty()); // exactly the approved amount
        QVERIFY(!ExpenseRules::reimbursementProblem(r, {invoice("F1", QDate(2026, 3, 6), 50001)}).isEmpty());
        QVERIFY(!ExpenseRules::reimbursementProblem(r, {}).isEmpty());
        QVERIFY(!ExpenseRules::reimbursementProblem(
                     r, {invoice("F1", QDate(2026, 3, 6), 100), invoice("F1", QDate(2026, 3, 6), 100)})
                     .isEmpty()); // the same invoice twice
        QVERIFY(!ExpenseRules::reimbursementProblem(r, {invoice("", QDate(2026, 3, 6), 100)}).isEmpty());
        QVERIFY(!ExpenseRules::reimbursementProblem(r, {invoice("F1", QDate(2026, 3, 6), 0)}).isEmpty());
        QVERIFY(!ExpenseRules::reimbursementProblem(r, {invoice("F1", QDate(), 100)}).isEmpty());
    }

    void fin04_theDifferenceIsPaidOutOrReturned()
    {
        QCOMPARE(ExpenseRules::settlementFen(45000, 30000), 15000); // paid out
        QCOMPARE(ExpenseRules::settlementFen(25000, 30000), -5000); // returned
        QCOMPARE(ExpenseRules::settlementFen(30000, 30000), 0);
        QCOMPARE(ExpenseRules::invoicesFen({invoice("A", QDate(2026, 3, 6), 1), invoice("B", QDate(2026, 3, 6), 2)}),
                 3);
    }

    void fin09_aBusinessExpenseIsApprovedBeforeTheMoneyIsSpent()
    {
        const ExpenseRequest business = approved(50000, true); // approved on 2026-03-05
        const auto before = ExpenseRules::reimbursementProblem(business, {invoice("F1", QDate(2026, 3, 4), 100)});
        QVERIFY(before.contains(QStringLiteral("FIN-09")));
        QVERIFY(ExpenseRules::reimbursementProblem(business, {invoice("F1", QDate(2026, 3, 5), 100)}).isEmpty());
        // An ordinary office expense may have been bought before the signature came.
        QVERIFY(ExpenseRules::reimbursementProblem(approved(50000), {invoice("F1", QDate(2026, 3, 4), 100)}).isEmpty());
    }

    void fin10_theLesserOfBillAndCapAndMealsPerDay()
    {
        const QList<AllowanceRule> rules{{QStringLiteral("总经理"), std::nullopt, 1000, 30, 1},
                                         {QStringLiteral("部门经理"), 12000, 1000, 30, 1},
                                         {QStringLiteral("销售"), 8000, 1000, 30, 1}};
        const QList<AllowanceInput> people{
            {1, QStringLiteral("E1"), QStringLiteral("总经理"), QStringLiteral("总经理"), 45678},
            {2, QStringLiteral("E2"), QStringLiteral("经理"), QStringLiteral("部门经理"), 15000},
            {3, QStringLiteral("E3"), QStringLiteral("小王"), QStringLiteral("销售"), 6000},
            {4, QStringLiteral("E4"), QStringLiteral("小李"), QStringLiteral("销售"), std::nullopt},
            {5, QStringLiteral("E5"), QStringLiteral("司机"), QStringLiteral("司机"), 9000}};
        const QList<AllowanceLine> sheet = AllowanceRules::sheet(people, rules);
        QCOMPARE(sheet.size(), 4); // the driver's position has no rule
        QCOMPARE(sheet.at(0).phoneFen, 45678); // the GM: actual cost
        QCOMPARE(sheet.at(1).phoneFen, 12000); // capped at ¥120
        QCOMPARE(sheet.at(2).phoneFen, 6000); // under the ¥80 cap: the bill
        QCOMPARE(sheet.at(3).phoneFen, 0); // no bill entered
        for (const AllowanceLine &l : sheet)
            QCOMPARE(l.mealFen, 30000); // ¥10 a day, 30 days
        QCOMPARE(AllowanceRules::totalFen(sheet), 45678 + 12000 + 6000 + 0 + 4 * 30000);
        // The cap exactly: the bill.
        QCOMPARE(AllowanceRules::sheet({{6, {}, {}, QStringLiteral("销售"), 8000}}, rules).first().phoneFen, 8000);
    }

    void fin10_aBillListIsReadByItsTitlesAndNamesEveryBadField()
    {
        const QList<CsvRecord> records = CsvTable::parse(QStringLiteral("Phone bills, February\n"
                                                                        "Name, Staff No , Phone Bill\n"
                                                                        "李娜,1001,\"1,234.50\"\n"
                                                                        "王磊,,¥88\n"
                                                                        ",,12\n"
                                                                        "赵丽,1003,-3\n"
                                                                        "周伟,1004,10001\n"
                                                                        "刘霞,1005,\n"
                                                                        "何子涵,1001,5\n"));
        auto list = AllowanceBillRows::read(records);
        QVERIFY2(list, list ? "" : qPrintable(list.error()));
        QCOMPARE(list->rowsRead, 7);
        QCOMPARE(list->rows.size(), 2);
        QCOMPARE(list->rows.at(0).staffNo, QStringLiteral("1001"));
        QCOMPARE(list->rows.at(0).billFen, 123450);
        QCOMPARE(list->rows.at(1).name, QStringLiteral("王磊")); // no number: matched by name
        QCOMPARE(list->rows.at(1).billFen, 8800);
        QList<int> lines;
        for (const ImportProblem &p : list->problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{5, 6, 7, 8, 9})); // nobody, negative, over ¥10,000, empty, twice
        QCOMPARE(list->problems.at(1).value, QStringLiteral("-3"));
        QVERIFY(list->problems.at(4).reason.contains(QStringLiteral("3"))); // first on line 3
        // A bill a spreadsheet formula left as a float is rounded to the fen.
        auto formula = AllowanceBillRows::read(CsvTable::parse(QStringLiteral("工号,话费\n1001,77.805000000000007\n")));
        QVERIFY(formula);
        QCOMPARE(formula->rows.value(0).billFen, 7781);
        // No bill column, or nobody to pay: the whole file is refused.
        QVERIFY(!AllowanceBillRows::read(CsvTable::parse(QStringLiteral("工号,姓名\n1001,李娜\n"))));
        QVERIFY(!AllowanceBillRows::read(CsvTable::parse(QStringLiteral("话费\n12\n"))));
        QVERIFY(!AllowanceBillRows::read({}));
    }

    void fin10_aRuleNamesItsPositionAndIsNeverNegative()
    {
        QVERIFY(AllowanceRules::ruleProblem({QStringLiteral("销售"), 8000, 1000, 30, 1}).isEmpty());
        QVERIFY(!AllowanceRules::ruleProblem({QStringLiteral(" "), 8000, 1000, 30, 1}).isEmpty());
        QVERIFY(!AllowanceRules::ruleProblem({QStringLiteral("销售"), -1, 1000, 30, 1}).isEmpty());
        QVERIFY(!AllowanceRules::ruleProblem({QStringLiteral("销售"), 8000, -1, 30, 1}).isEmpty());
        QVERIFY(!AllowanceRules::ruleProblem({QStringLiteral("销售"), 8000, 1000, 32, 1}).isEmpty());
    }

    void fin03_aMonthClosesWhenEveryCashDayIsClosedAndNoVoucherWaits()
    {
        MonthCloseCheck c;
        c.month = QDate(2026, 2, 1);
        QVERIFY(c.blockers().isEmpty());
        c.outstandingAdvances.append(Advance{}); // listed, not blocking
        QVERIFY(c.blockers().isEmpty());
        c.openCashDays = {QDate(2026, 2, 27)};
        QCOMPARE(c.blockers().size(), 1);
        QVERIFY(c.blockers().first().contains(QStringLiteral("2026-02-27")));
        c.unpaidVouchers = {QStringLiteral("PV-000003")};
        QCOMPARE(c.blockers().size(), 2);
        c.alreadyClosed = true;
        QCOMPARE(c.blockers().size(), 3);
    }
};

int runFinanceRulesTest(int argc, char **argv)
{
    FinanceRulesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "FinanceRulesTest.moc"
