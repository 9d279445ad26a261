#include "FinanceFixture.h"
#include "common/domain/Money.h"
#include "ledgers/Budgets.h"
#include "ledgers/PaymentVouchers.h"
#include "ledgers/data/PayrollLineRepository.h"

using namespace shopdesk;
using namespace shopdesk::test;

// The month close on a real database (FIN-03) and the allowance sheet (FIN-10).
class MonthCloseTest : public QObject
{
    Q_OBJECT

    // February with one closed cash day, and positions for the allowance sheet.
    struct February
    {
        FinanceCompany f;
        QDate month{2026, 2, 1};
        QDate day{2026, 2, 27};
        February()
        {
            if (!f.cash().record(f.cashier, f.entry(day, CashDirection::Receipt, 20000, "备用金")))
                qFatal("entry");
            if (!f.cash().closeDay(f.cashier, day, 20000) || !f.cash().review(f.chief, day, {}))
                qFatal("close day");
            QSqlQuery q = f.db().query();
            q.exec(
                QStringLiteral("INSERT INTO positions(id, name) VALUES (1, '总经理'), (2, '部门经理'), (3, '销售')"));
            q.exec(QStringLiteral("UPDATE employees SET position_id = 1 WHERE staff_no = 'E1'"));
            q.exec(QStringLiteral("UPDATE employees SET position_id = 2 WHERE staff_no IN ('E2', 'E5')"));
            q.exec(QStringLiteral("UPDATE employees SET position_id = 3 WHERE staff_no IN ('E3', 'E4')"));
        }
        qint64 employee(const char *staffNo)
        {
            return f.count(
                QStringLiteral("SELECT id FROM employees WHERE staff_no = '%1'").arg(QLatin1String(staffNo)));
        }
        void rules()
        {
            Actor keeper = f.chief;
            for (const AllowanceRule &r : {AllowanceRule{QStringLiteral("总经理"), std::nullopt, 1000, 30, 1},
                                           AllowanceRule{QStringLiteral("部门经理"), 12000, 1000, 30, 1},
                                           AllowanceRule{QStringLiteral("销售"), 8000, 1000, 30, 1}})
                if (Status s = f.allowances().saveRule(keeper, r); !s)
                    qFatal("rule: %s", qPrintable(s.error()));
        }
    };

private slots:
    void fin10_aBillListIsPreviewedThenImportedOnceInOneTransaction()
    {
        February feb;
        FinanceCompany &f = feb.f;
        feb.rules();
        Actor keeper = f.chief;
        QSqlQuery q = f.db().query();
        q.exec(QStringLiteral("SELECT name FROM employees WHERE staff_no = 'E2'"));
        QVERIFY(q.next());
        const QString e2 = q.value(0).toString();
        QVERIFY(f.allowances().enterBill(keeper, feb.month, feb.employee("E3"), 6000)); // already as the file says
        // A title row before the header, as people make them in Excel; staff number or name.
        const QString text = QStringLiteral("2026年2月 话费清单\n"
                                            "工号,姓名,话费(元)\n"
                                            "E1,,456.78\n"
                                            ",%1,150\n"
                                            "E3,,60.00\n"
                                            "E9,,20\n" // nobody
                                            "E4,,八十\n" // not money
                                            "\n"
                                            "E1,,10\n") // twice
                                 .arg(e2);
        auto preview = f.allowances().previewBills(keeper, feb.month, text.toUtf8(), QStringLiteral("话费.csv"));
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error()));
        QCOMPARE(preview->rowsRead, 6); // the blank row aside
        QCOMPARE(preview->changes.size(), 2); // E1 and E2 by name
        QCOMPARE(preview->unchanged, 1); // E3
        QCOMPARE(preview->problems.size(), 3);
        QStringList where;
        for (const ImportProblem &p : preview->problems)
            where << QStringLiteral("%1 %2").arg(p.line).arg(p.value);
        where.sort();
        QCOMPARE(where, (QStringList{QStringLiteral("6 E9"), QStringLiteral("7 八十"), QStringLiteral("9 E1")}));
        // Nothing is written by the preview.
        const qint64 bills = f.count(QStringLiteral("SELECT count(*) FROM allowance_bills"));
        QCOMPARE(bills, 1);
        QCOMPARE(*f.allowances().importBills(keeper, *preview), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT phone_bill_fen FROM allowance_bills b JOIN employees e ON "
                                        "e.id = b.employee_id WHERE e.staff_no = 'E1'")),
                 45678);
        QCOMPARE(f.count(QStringLiteral("SELECT phone_bill_fen FROM allowance_bills b JOIN employees e ON "
                                        "e.id = b.employee_id WHERE e.staff_no = 'E2'")),
                 15000);
        // The same file again changes nothing.
        auto again = f.allowances().previewBills(keeper, feb.month, text.toUtf8(), QStringLiteral("话费.csv"));
        QVERIFY(again);
        QVERIFY(again->changes.isEmpty());
        QCOMPARE(again->unchanged, 3);
        const qint64 audits = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QCOMPARE(*f.allowances().importBills(keeper, *again), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        // A bill entered from another PC after the preview refuses the whole import.
        auto stale = f.allowances().previewBills(keeper, feb.month, QByteArray("staff no,bill\nE4,70\nE5,99.5\n"),
                                                 QStringLiteral("b.csv"));
        QVERIFY(stale);
        QCOMPARE(stale->changes.size(), 2);
        QVERIFY(f.allowances().enterBill(keeper, feb.month, feb.employee("E5"), 100));
        auto refused = f.allowances().importBills(keeper, *stale);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM allowance_bills")), 4); // E4 not written either
        // A file with no bill column is refused by name; a reader may not import.
        auto headless =
            f.allowances().previewBills(keeper, feb.month, QByteArray("a,b\n1,2\n"), QStringLiteral("x.csv"));
        QVERIFY(!headless);
        QVERIFY(headless.error().contains(QStringLiteral("x.csv")));
        QVERIFY(!f.allowances().previewBills(f.org.lone, feb.month, text.toUtf8(), QStringLiteral("话费.csv")));
        // One person once by number and once by name is one bill, not two.
        q.exec(QStringLiteral("SELECT name FROM employees WHERE staff_no = 'E4'"));
        QVERIFY(q.next());
        auto twice = f.allowances().previewBills(
            keeper, feb.month, QStringLiteral("工号,姓名,话费\nE4,,1\n,%1,2\n").arg(q.value(0).toString()).toUtf8(),
            QStringLiteral("d.csv"));
        QVERIFY(twice);
        QCOMPARE(twice->changes.size(), 1);
        QCOMPARE(twice->problems.size(), 1);
        QVERIFY(twice->problems.first().reason.contains(QStringLiteral("2")));
        // Posted, the month takes no imported bill.
        QVERIFY(f.allowances().post(keeper, feb.month));
        auto late =
            f.allowances().previewBills(keeper, feb.month, QByteArray("工号,话费\nE4,1\n"), QStringLiteral("c.csv"));
        QVERIFY(late);
        QVERIFY(!f.allowances().importBills(keeper, *late));
    }
    void fin03_aMonthWithAnOpenCashDayOrAWaitingVoucherDoesNotClose()
    {
        February feb;
        FinanceCompany &f = feb.f;
        QVERIFY(f.cash().record(f.cashier, f.entry(QDate(2026, 2, 28), CashDirection::Payment, 500)));
        auto open = f.monthEnd().close(f.chief, feb.month);
        QVERIFY(!open);
        QVERIFY(open.error().contains(QStringLiteral("2026-02-28")));
        QVERIFY(f.cash().closeDay(f.cashier, QDate(2026, 2, 28), 19500));
        // FIN-02: closed, but not yet reviewed by the chief accountant.
        QVERIFY(f.monthEnd().close(f.chief, feb.month).error().contains(QStringLiteral("2026-02-28")));
        QVERIFY(f.cash().review(f.chief, QDate(2026, 2, 28), {}));
        // A voucher issued (last month, by the clock) and not yet paid blocks the close.
        f.clock().set(QDateTime(QDate(2026, 2, 20), QTime(2, 0), Qt::UTC));
        NewVoucher v{QStringLiteral("supplies"),
                     QStringLiteral("invoice 1"),
                     QStringLiteral("得力"),
                     QStringLiteral("发票"),
                     58000,
                     f.office};
        QVERIFY(f.db().write(
            [&]() -> Result<qint64> { return PaymentVouchers(f.db(), f.clock()).issueInTransaction(f.org.clerk, v); }));
        f.clock().set(testNow());
        const auto check = *f.monthEnd().check(f.chief, feb.month);
        QCOMPARE(check.unpaidVouchers, QStringList{QStringLiteral("PV-000001")});
        QVERIFY(!f.monthEnd().close(f.chief, feb.month));
        // Only the chief accountant closes; the current month has not ended.
        QVERIFY(!f.monthEnd().close(f.cashier, feb.month));
        QVERIFY(!f.monthEnd().close(f.chief, f.today()));
    }

    void fin03_aClosedMonthTakesNoMoneyEntryOfAnyKind()
    {
        February feb;
        FinanceCompany &f = feb.f;
        feb.rules();
        const qint64 expense = f.approvedExpense(30000);
        QVERIFY(f.expenses().lend(f.cashier, expense, 10000, QStringLiteral("借-1"), f.today()));
        auto closed = f.monthEnd().close(f.chief, feb.month);
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error()));
        QVERIFY(!f.monthEnd().close(f.chief, feb.month)); // once
        QCOMPARE(f.monthEnd().check(f.chief, feb.month)->outstandingAdvances.size(), 0); // lent in March
        const qint64 before =
            f.count(QStringLiteral("SELECT (SELECT count(*) FROM cash_entries) + (SELECT count(*) FROM "
                                   "advances) + (SELECT count(*) FROM reimbursements) + (SELECT count(*) "
                                   "FROM allowance_bills) + (SELECT count(*) FROM payroll_lines)"));
        const QDate inFebruary(2026, 2, 26); // not a closed cash day: only the month refuses it
        auto cash = f.cash().record(f.cashier, f.entry(inFebruary, CashDirection::Payment, 100));
        QVERIFY(!cash);
        QVERIFY(cash.error().contains(QStringLiteral("2026-02")));
        const QString fin03 = QStringLiteral("FIN-03");
        QVERIFY(f.cash().closeDay(f.cashier, inFebruary, 0).error().contains(fin03));
        QVERIFY(f.expenses().lend(f.cashier, expense, 100, QStringLiteral("借-2"), inFebruary).error().contains(fin03));
        QVERIFY(f.expenses()
                    .reimburse(f.cashier, expense, {{QStringLiteral("1"), f.today(), 10000, {}, {}}}, inFebruary)
                    .error()
                    .contains(fin03));
        QVERIFY(f.allowances().enterBill(f.cashier, feb.month, feb.employee("E3"), 5000).error().contains(fin03));
        Actor allowanceClerk = f.chief;
        QVERIFY(f.allowances().post(allowanceClerk, feb.month).error().contains(fin03));
        // A voucher paid on a day of the closed month (the clock set back).
        f.clock().set(QDateTime(QDate(2026, 2, 20), QTime(2, 0), Qt::UTC));
        NewVoucher v{QStringLiteral("supplies"),
                     QStringLiteral("invoice 2"),
                     QStringLiteral("得力"),
                     QStringLiteral("发票"),
                     100,
                     f.office};
        const qint64 voucher = *f.db().write([&]() -> Result<qint64> {
            return PaymentVouchers(f.db(), f.clock()).issueSignedInTransaction(f.org.head, v, 0);
        });
        Actor payer = f.cashier;
        auto paid = PaymentVouchers(f.db(), f.clock()).pay(payer, voucher, QStringLiteral("现金"));
        QVERIFY2(!paid, qPrintable(QStringLiteral("voucher %1 paid").arg(voucher)));
        QVERIFY(paid.error().contains(QStringLiteral("FIN-03")));
        f.clock().set(testNow());
        const qint64 after =
            f.count(QStringLiteral("SELECT (SELECT count(*) FROM cash_entries) + (SELECT count(*) FROM "
                                   "advances) + (SELECT count(*) FROM reimbursements) + (SELECT count(*) "
                                   "FROM allowance_bills) + (SELECT count(*) FROM payroll_lines)"));
        QCOMPARE(after, before);
        // March is open.
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today(), CashDirection::Payment, 100)));
        QVERIFY(PaymentVouchers(f.db(), f.clock()).pay(payer, voucher, QStringLiteral("现金")));
    }

    void fin03_onlyTheGeneralManagerReopensAMonthAndSaysWhy()
    {
        February feb;
        FinanceCompany &f = feb.f;
        QVERIFY(f.monthEnd().close(f.chief, feb.month));
        QCOMPARE(*f.monthEnd().closedMonths(f.chief), QList<QDate>{feb.month});
        QVERIFY(!f.monthEnd().reopen(f.chief, feb.month, QStringLiteral("漏记")));
        QVERIFY(!f.monthEnd().reopen(f.gm, feb.month, QStringLiteral("  ")));
        Status reopened = f.monthEnd().reopen(f.gm, feb.month, QStringLiteral("漏记一笔快递费"));
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error()));
        QVERIFY(!f.monthEnd().reopen(f.gm, feb.month, QStringLiteral("again"))); // not closed now
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM period_reopenings WHERE month = '2026-02'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'finance.month.reopen'")), 1);
        QVERIFY(f.cash().record(f.cashier, f.entry(QDate(2026, 2, 28), CashDirection::Payment, 100)));
    }

    void fin03_theSummaryTotalsAreTheSumOfItsRows()
    {
        February feb;
        FinanceCompany &f = feb.f;
        CashEntry sales = f.entry(QDate(2026, 2, 28), CashDirection::Receipt, 123456, "零售");
        sales.category = QStringLiteral("销售收入");
        sales.departmentId = f.sales;
        QVERIFY(f.cash().record(f.cashier, sales));
        QVERIFY(f.cash().record(f.cashier, f.entry(QDate(2026, 2, 28), CashDirection::Payment, 3333)));
        QVERIFY(f.cash().record(f.cashier, f.entry(QDate(2026, 3, 1), CashDirection::Payment, 99999))); // March
        QVERIFY(Budgets(f.db(), f.clock()).setLine(f.chief, 2026, f.office, QStringLiteral("快递费"), 1200000));
        QVERIFY(Budgets(f.db(), f.clock()).setLine(f.chief, 2026, f.sales, QStringLiteral("快递费"), 600000));
        const Report report = *f.monthEnd().summary(f.chief, feb.month, QStringLiteral("测试公司"));
        QCOMPARE(report.tables.size(), 4);
        // FIN-01: the office's courier line was paid 33.33 in February; the total is the sum.
        const ReportTable &budget = report.tables.at(2);
        QCOMPARE(budget.rows.size(), 3);
        qint64 month = 0;
        for (int r = 0; r + 1 < budget.rows.size(); ++r)
            month += Money::parse(budget.rows.at(r).at(4))->fen();
        QCOMPARE(month, 3333);
        QCOMPARE(Money::parse(budget.rows.last().at(4))->fen(), month);
        QCOMPARE(Money::parse(budget.rows.last().at(2))->fen(), 1800000);
        for (int t = 0; t < 2; ++t) {
            const ReportTable &table = report.tables.at(t);
            qint64 receipts = 0, payments = 0;
            for (int r = 0; r + 1 < table.rows.size(); ++r) {
                receipts += Money::parse(table.rows.at(r).at(1))->fen();
                payments += Money::parse(table.rows.at(r).at(2))->fen();
            }
            QCOMPARE(Money::parse(table.rows.last().at(1))->fen(), receipts);
            QCOMPARE(Money::parse(table.rows.last().at(2))->fen(), payments);
            QCOMPARE(receipts, 20000 + 123456);
            QCOMPARE(payments, 3333);
        }
    }

    void fin10_thePostedSheetPaysTheLesserOfBillAndCapIntoPayrollOnce()
    {
        February feb;
        FinanceCompany &f = feb.f;
        feb.rules();
        Actor keeper = f.chief;
        QVERIFY(f.allowances().enterBill(keeper, feb.month, feb.employee("E1"), 45678));
        QVERIFY(f.allowances().enterBill(keeper, feb.month, feb.employee("E2"), 15000));
        QVERIFY(f.allowances().enterBill(keeper, feb.month, feb.employee("E3"), 9000));
        QVERIFY(f.allowances().enterBill(keeper, feb.month, feb.employee("E3"), 6000)); // corrected
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'finance.allowance.bill' "
                                        "AND before_json LIKE '%9000%' AND after_json LIKE '%6000%'")),
                 1); // the bill it replaced stays in the audit trail
        QVERIFY(!f.allowances().enterBill(keeper, feb.month, feb.employee("E3"), -1));
        QVERIFY(!f.allowances().enterBill(f.org.lone, feb.month, feb.employee("E3"), 1));
        const auto sheet = *f.allowances().sheet(keeper, feb.month);
        QCOMPARE(sheet.size(), 5); // E1..E5; E6 has no position
        qint64 phone = 0;
        for (const AllowanceLine &l : sheet)
            phone += l.phoneFen;
        QCOMPARE(phone, 45678 + 12000 + 6000);
        QVERIFY(f.allowances().post(keeper, feb.month));
        QVERIFY(!f.allowances().post(keeper, feb.month));
        QVERIFY(!f.allowances().enterBill(keeper, feb.month, feb.employee("E4"), 100)); // posted
        const auto lines = *PayrollLineRepository(f.db()).lines(feb.month);
        qint64 total = 0;
        for (const PayrollLine &l : lines)
            if (l.kind == u"allowance")
                total += l.amountFen;
        QCOMPARE(total, AllowanceRules::totalFen(sheet));
        QCOMPARE(total, 45678 + 12000 + 6000 + 5 * 30000);
    }
};

int runMonthCloseTest(int argc, char **argv)
{
    MonthCloseTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "MonthCloseTest.moc"
