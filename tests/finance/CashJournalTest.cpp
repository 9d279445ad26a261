#include "FinanceFixture.h"
#include "data/BudgetUseRepository.h"
#include "ledgers/Budgets.h"
#include "ledgers/PaymentVouchers.h"
#include "users/UserService.h"

using namespace shopdesk;
using namespace shopdesk::test;

// The cash journal on a real database (FIN-02): who may keep it, the day's close with the count,
// and the chief accountant's review.
class CashJournalTest : public QObject
{
    Q_OBJECT

private slots:
    void fin02_roleAssignmentNeverGivesOnePersonBothAccountantRoles()
    {
        FinanceCompany f;
        NewUser n;
        n.userName = QStringLiteral("both");
        n.password = QStringLiteral("Start2026");
        n.level = Level::Clerk;
        n.employeeId = f.org.loneEmployee; // in sales, under its head
        n.roles = {Role::CashAccountant, Role::ChiefAccountant};
        const qint64 users = f.count(QStringLiteral("SELECT count(*) FROM users"));
        auto made = UserService(f.db(), f.clock()).create(f.gm, n);
        QVERIFY(!made);
        QVERIFY(made.error().contains(QStringLiteral("FIN-02")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM users")), users);
        // A cash accountant is not made chief accountant too: no request is even filed.
        n.roles = {Role::CashAccountant};
        auto cashier = UserService(f.db(), f.clock()).create(f.gm, n);
        QVERIFY(cashier);
        UserRecord edited = *UserRepository(f.db()).findById(*cashier);
        edited.roles = {Role::CashAccountant, Role::ChiefAccountant};
        const qint64 requests = f.count(QStringLiteral("SELECT count(*) FROM approval_requests"));
        QVERIFY(!UserService(f.db(), f.clock()).update(f.gm, edited));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM approval_requests")), requests);
        // Swapping one role for the other is allowed.
        edited.roles = {Role::ChiefAccountant};
        auto swapped = UserService(f.db(), f.clock()).update(f.gm, edited);
        QVERIFY2(swapped, swapped ? "" : qPrintable(swapped.error()));
    }

    void fin02_everyCashActionNeedsTheRoleAndNeverBothRoles()
    {
        FinanceCompany f;
        const CashEntry e = f.entry(f.today(), CashDirection::Payment, 1200);
        QVERIFY(!f.cash().record(f.chief, e)); // the books, not the cash box
        Actor noRole = f.cashier;
        noRole.roles.clear();
        QVERIFY(!f.cash().record(noRole, e));
        // Roles held together by a way round the assignment check are refused at every action.
        Actor both = f.cashier;
        both.roles.insert(Role::ChiefAccountant);
        auto refused = f.cash().record(both, e);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("FIN-02")));
        QVERIFY(!f.cash().closeDay(both, f.today(), 0));
        QVERIFY(!f.monthEnd().close(both, f.today().addMonths(-1)));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cash_entries")), 0);
        QVERIFY(f.cash().record(f.cashier, e));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cash_entries")), 1);
        QVERIFY(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'finance.cash.entry'")) == 1);
    }

    void fin02_aDayIsClosedWithTheCashCountedAndThenTakesNoEntry()
    {
        FinanceCompany f;
        const QDate day = f.today().addDays(-1);
        QVERIFY(f.cash().record(f.cashier, f.entry(day, CashDirection::Receipt, 100000, "备用金")));
        QVERIFY(f.cash().record(f.cashier, f.entry(day, CashDirection::Payment, 2350)));
        QVERIFY(!f.cash().closeDay(f.cashier, f.today().addDays(1), 0)); // not yet come
        QVERIFY(f.cash().closeDay(f.cashier, day, 97600)); // 50 fen short
        const CashDay closed = *f.cash().day(f.cashier, day);
        QVERIFY(closed.closed);
        QCOMPARE(closed.expectedFen(), 97650);
        QCOMPARE(closed.differenceFen(), -50);
        QVERIFY(!f.cash().closeDay(f.cashier, day, 97650)); // once
        auto late = f.cash().record(f.cashier, f.entry(day, CashDirection::Payment, 100));
        QVERIFY(!late);
        QVERIFY(late.error().contains(day.toString(Qt::ISODate)));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cash_entries")), 2);
        // The next day opens with what was counted.
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today(), CashDirection::Payment, 600)));
        const CashDay next = *f.cash().day(f.cashier, f.today());
        QCOMPARE(next.openingFen, 97600);
        QCOMPARE(next.expectedFen(), 97000);
        QVERIFY(!next.closed);
        // The stored day cannot be changed behind the program's back.
        QSqlQuery q = f.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE cash_days SET counted_fen = 97650")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM cash_entries")));
    }

    void fin02_nothingIsEnteredOnOrBeforeAClosedDay()
    {
        FinanceCompany f;
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today().addDays(-1), CashDirection::Receipt, 5000)));
        QVERIFY(f.cash().closeDay(f.cashier, f.today().addDays(-1), 5000));
        // Two days back was never closed, but yesterday opened with what it counted.
        auto backdated = f.cash().record(f.cashier, f.entry(f.today().addDays(-2), CashDirection::Payment, 100));
        QVERIFY(!backdated);
        QVERIFY(backdated.error().contains(f.today().addDays(-1).toString(Qt::ISODate)));
        QVERIFY(!f.cash().closeDay(f.cashier, f.today().addDays(-3), 0));
        QSqlQuery q = f.db().query(); // nor behind the program's back
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO cash_entries(day, direction, amount_fen, counterparty, purpose, "
                                   "recorded_by_user_id, recorded_at) VALUES ('%1', 'payment', 1, 'x', 'y', 1, 'z')")
                        .arg(f.today().addDays(-2).toString(Qt::ISODate))));
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today(), CashDirection::Payment, 100)));
    }

    void fin02_onePersonWithTwoAccountsDoesNotHoldBothRoles()
    {
        FinanceCompany f;
        // The cashier's person already keeps the cash box under another account.
        QVERIFY(
            f.db().write([&] { return UserRepository(f.db()).setRoles(f.cashier.userId, {Role::CashAccountant}); }));
        NewUser n;
        n.userName = QStringLiteral("second");
        n.password = QStringLiteral("Start2026");
        n.level = Level::Clerk;
        n.employeeId = f.org.clerkEmployee;
        n.roles = {Role::ChiefAccountant};
        auto refused = UserService(f.db(), f.clock()).create(f.gm, n);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("FIN-02")));
        // Reviewing under a second account of the person who closed the day is refused too.
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today().addDays(-1), CashDirection::Receipt, 100)));
        QVERIFY(f.cash().closeDay(f.cashier, f.today().addDays(-1), 100));
        Actor sameHands = f.chief;
        sameHands.employeeId = f.org.clerkEmployee;
        QVERIFY(!f.cash().review(sameHands, f.today().addDays(-1), {}));
        QVERIFY(f.cash().review(f.chief, f.today().addDays(-1), {}));
    }

    void fin02_daysAreClosedInOrder()
    {
        FinanceCompany f;
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today().addDays(-2), CashDirection::Receipt, 5000)));
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today().addDays(-1), CashDirection::Payment, 1000)));
        auto skipped = f.cash().closeDay(f.cashier, f.today().addDays(-1), 4000);
        QVERIFY(!skipped);
        QVERIFY(skipped.error().contains(f.today().addDays(-2).toString(Qt::ISODate)));
        QVERIFY(f.cash().closeDay(f.cashier, f.today().addDays(-2), 5000));
        QVERIFY(f.cash().closeDay(f.cashier, f.today().addDays(-1), 4000));
        QCOMPARE(f.cash().day(f.cashier, f.today().addDays(-1))->differenceFen(), 0);
    }

    void fin02_theChiefAccountantReviewsWhatTheCashierClosed()
    {
        FinanceCompany f;
        const QDate day = f.today().addDays(-1);
        QVERIFY(f.cash().record(f.cashier, f.entry(day, CashDirection::Receipt, 10000)));
        QVERIFY(!f.cash().review(f.chief, day, {})); // not closed yet
        QVERIFY(f.cash().closeDay(f.cashier, day, 9990));
        QVERIFY(!f.cash().review(f.cashier, day, QStringLiteral("ok"))); // not the cashier
        // Someone holding the chief's role who closed the day cannot review it: stored check too.
        Actor closer = f.chief;
        closer.userId = f.cashier.userId;
        QVERIFY(!f.cash().review(closer, day, QStringLiteral("ok")));
        auto silent = f.cash().review(f.chief, day, {});
        QVERIFY(!silent); // 0.10 short: say what was found
        QVERIFY(silent.error().contains(QStringLiteral("0.10")));
        QVERIFY(f.cash().review(f.chief, day, QStringLiteral("零钱找错 0.10")));
        const CashDay d = *f.cash().day(f.chief, day);
        QVERIFY(d.reviewed());
        QCOMPARE(d.reviewNote, QStringLiteral("零钱找错 0.10"));
        QVERIFY(!f.cash().review(f.chief, day, QStringLiteral("again")));
        QCOMPARE(f.cash().closedDays(f.chief, day, day)->size(), 1);
    }

    void fin02_sup04_aVoucherPaidFromTheCashBoxIsAlsoAJournalLine()
    {
        FinanceCompany f;
        NewVoucher v{QStringLiteral("supplies"),
                     QStringLiteral("invoice 7"),
                     QStringLiteral("得力文具"),
                     QStringLiteral("发票 0456 打印纸"),
                     35600,
                     f.office};
        const qint64 voucher = *f.db().write([&]() -> Result<qint64> {
            return PaymentVouchers(f.db(), f.clock()).issueSignedInTransaction(f.org.head, v, 0);
        });
        QVERIFY(!f.cash().payVoucher(f.chief, voucher)); // the cash box is the cash accountant's
        auto line = f.cash().payVoucher(f.cashier, voucher);
        QVERIFY2(line, line ? "" : qPrintable(line.error()));
        const CashEntry e = f.cash().entries(f.cashier, f.today(), f.today())->first();
        QCOMPARE(e.id, *line);
        QCOMPARE(e.direction, CashDirection::Payment);
        QCOMPARE(e.amountFen, 35600);
        QCOMPARE(e.counterparty, QStringLiteral("得力文具"));
        QVERIFY(e.purpose.startsWith(QStringLiteral("PV-%1").arg(voucher, 6, 10, QLatin1Char('0'))));
        QCOMPARE(e.source, QStringLiteral("voucher %1").arg(voucher));
        const PaymentVoucher paid = PaymentVouchers(f.db(), f.clock()).vouchers(f.cashier, VoucherState::Paid)->first();
        QCOMPARE(paid.id, voucher);
        QVERIFY(paid.paymentReference.contains(f.today().toString(Qt::ISODate)));
        // Once only: the second payment changes nothing.
        QVERIFY(!f.cash().payVoucher(f.cashier, voucher));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cash_entries")), 1);
        // On a closed day the voucher stays unpaid: both or neither.
        v.sourceId = QStringLiteral("invoice 8");
        const qint64 second = *f.db().write([&]() -> Result<qint64> {
            return PaymentVouchers(f.db(), f.clock()).issueSignedInTransaction(f.org.head, v, 0);
        });
        QVERIFY(f.cash().closeDay(f.cashier, f.today(), 0));
        QVERIFY(!f.cash().payVoucher(f.cashier, second));
        QCOMPARE(PaymentVouchers(f.db(), f.clock()).vouchers(f.cashier, VoucherState::Approved)->size(), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cash_entries")), 1);
    }

    void fin01_aPaymentTypedInSpendsItsBudgetLine()
    {
        FinanceCompany f;
        Actor budgetKeeper = f.chief;
        QVERIFY(Budgets(f.db(), f.clock())
                    .setLine(budgetKeeper, f.today().year(), f.office, QStringLiteral("快递费"), 50000));
        auto committed = [&] {
            return Budgets(f.db(), f.clock()).lines(budgetKeeper, f.today().year())->first().committedFen;
        };
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today(), CashDirection::Payment, 1200)));
        QCOMPARE(committed(), 1200);
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today(), CashDirection::Receipt, 900))); // not spending
        CashEntry other = f.entry(f.today(), CashDirection::Payment, 700);
        other.category = QStringLiteral("招待费"); // no line for it: nothing to commit on
        QVERIFY(f.cash().record(f.cashier, other));
        other.category.clear();
        QVERIFY(f.cash().record(f.cashier, other));
        QCOMPARE(committed(), 1200);
        // Up to the last fen of the line; beyond it only a request reaches the GM, so nothing is paid.
        const qint64 entries = f.count(QStringLiteral("SELECT count(*) FROM cash_entries"));
        auto over = f.cash().record(f.cashier, f.entry(f.today(), CashDirection::Payment, 48801));
        QVERIFY(!over);
        QVERIFY2(over.error().contains(QStringLiteral("FIN-01")), qPrintable(over.error()));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cash_entries")), entries);
        QCOMPARE(committed(), 1200);
        QVERIFY(f.cash().record(f.cashier, f.entry(f.today(), CashDirection::Payment, 48800)));
        const BudgetLine line = Budgets(f.db(), f.clock()).lines(budgetKeeper, f.today().year())->first();
        QCOMPARE(line.remainingFen(), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'budget.commit'")), 2);
    }

    void fin01_sup04_aVoucherPaidByTransferCountsInItsLinesPaidMonthsAndOneFromTheBoxOnce()
    {
        FinanceCompany f;
        const int year = f.today().year();
        const int month = f.today().month();
        auto paidThisMonth = [&] {
            return f.monthEnd().spentByMonth(f.chief, year, f.office, QStringLiteral("办公用品"))->at(month - 1);
        };
        auto issue = [&](const char *source, qint64 fen, const QString &category) {
            const NewVoucher v{QStringLiteral("supplies"),
                               QString::fromUtf8(source),
                               QStringLiteral("得力文具"),
                               QStringLiteral("打印纸"),
                               fen,
                               f.office,
                               category};
            return *f.db().write([&]() -> Result<qint64> {
                return PaymentVouchers(f.db(), f.clock()).issueSignedInTransaction(f.org.head, v, 0);
            });
        };
        const qint64 byBank = issue("invoice 1", 35600, QStringLiteral("办公用品"));
        QCOMPARE(paidThisMonth(), 0); // signed, not yet paid
        QVERIFY(PaymentVouchers(f.db(), f.clock()).pay(f.cashier, byBank, QStringLiteral("工行回单 0099")));
        QCOMPARE(paidThisMonth(), 35600);
        // From the cash box: its journal line carries the category, and it counts once.
        QVERIFY(f.cash().payVoucher(f.cashier, issue("invoice 2", 10000, QStringLiteral("办公用品"))));
        QCOMPARE(f.cash().entries(f.cashier, f.today(), f.today())->first().category, QStringLiteral("办公用品"));
        QCOMPARE(paidThisMonth(), 45600);
        // A voucher with no category (issued before categories) stays outside every line.
        QVERIFY(PaymentVouchers(f.db(), f.clock()).pay(f.cashier, issue("invoice 3", 999, {}), QStringLiteral("x")));
        QCOMPARE(paidThisMonth(), 45600);
        const auto byLine = *BudgetUseRepository(f.db()).spentByLine(year);
        qint64 onCategories = 0;
        for (auto it = byLine.cbegin(); it != byLine.cend(); ++it)
            if (!it.key().second.isEmpty())
                onCategories += it.value().at(month - 1);
        QCOMPARE(onCategories, 45600); // the one without a category is on no line
        QCOMPARE(byLine.value({f.office, QString()}).at(month - 1), 999);
    }
};

int runCashJournalTest(int argc, char **argv)
{
    CashJournalTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "CashJournalTest.moc"
