#include "TestSupport.h"
#include "approval/Approvals.h"
#include "approval/data/ApprovalRepository.h"
#include "ledgers/Budgets.h"
#include "ledgers/PaymentVouchers.h"

using namespace shopdesk;
using namespace shopdesk::test;

// Core's meeting points with finance (ARCHITECTURE.md): budget lines that requests commit
// against (FIN-01) and payment vouchers that areas issue and the cashier pays (SUP-04).
class LedgersTest : public QObject
{
    Q_OBJECT

    // A request type that spends against a budget line, the way an area's would.
    static const QString &spendType()
    {
        static const QString id = QStringLiteral("test.spend");
        ApprovalTypes::define({id,
                               "Spend",
                               [](const QJsonObject &figures) {
                                   QList<ApproverKind> kinds{ApproverKind::DepartmentHead};
                                   if (Budgets::overBudget(figures))
                                       kinds.append(ApproverKind::GeneralManager);
                                   return kinds;
                               },
                               {}});
        return id;
    }

    struct Office
    {
        Org org;
        Actor finance = org.clerk2;
        qint64 office = 0;
        Office()
        {
            finance.scopes = {QStringLiteral("finance")};
            office = OrgRepository(*org.company.db).employee(org.clerkEmployee)->departmentId;
        }
        Database &db() { return *org.company.db; }
        Budgets budgets() { return Budgets(db(), org.company.clock); }
        // The clerk asks to spend `fen`, committed against the office's "办公用品" line.
        std::pair<qint64, bool> spend(qint64 fen)
        {
            std::pair<qint64, bool> out;
            auto done = db().write([&]() -> Status {
                auto check = budgets().check(2026, office, QStringLiteral("办公用品"), fen);
                if (!check)
                    return check.failure();
                NewApproval n;
                n.type = spendType();
                n.subjectModule = QStringLiteral("test");
                n.subjectId = QStringLiteral("1");
                n.title = QStringLiteral("spend");
                Budgets::addFigures(n.figures, *check);
                auto id = Approvals(db(), org.company.clock).submitInTransaction(org.clerk, n);
                if (!id)
                    return id.failure();
                out = {*id, check->overBudget()};
                return budgets().commit(org.clerk, *check, QStringLiteral("test"), QStringLiteral("1"), *id);
            });
            if (!done)
                qFatal("spend: %s", qPrintable(done.error()));
            return out;
        }
        qint64 remaining() { return budgets().lines(finance, 2026)->first().remainingFen(); }
        QList<ApproverKind> steps(qint64 approvalId)
        {
            QList<ApproverKind> kinds;
            const auto request = ApprovalRepository(db()).find(approvalId);
            for (const ApprovalStep &s : request->steps)
                kinds.append(s.kind);
            return kinds;
        }
    };

private slots:
    void fin01_aBudgetLineIsKeptByFinanceOnly()
    {
        Office o;
        QCOMPARE(o.budgets().setLine(o.org.clerk, 2026, o.office, QStringLiteral("办公用品"), 100000).error(),
                 Permissions::refusal(Action::ManageBudgets));
        QVERIFY(!o.budgets().setLine(o.finance, 2026, o.office, QStringLiteral("  "), 100000));
        QVERIFY(!o.budgets().setLine(o.finance, 2026, o.office, QStringLiteral("办公用品"), -1));
        QVERIFY(!o.budgets().setLine(o.finance, 1999, o.office, QStringLiteral("办公用品"), 1));
        auto id = o.budgets().setLine(o.finance, 2026, o.office, QStringLiteral("办公用品"), 100000);
        QVERIFY2(id, qPrintable(id.error()));
        // Setting it again changes the same line.
        QCOMPARE(*o.budgets().setLine(o.finance, 2026, o.office, QStringLiteral("办公用品"), 120000), *id);
        const auto lines = o.budgets().lines(o.finance, 2026);
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().amountFen, 120000);
        QCOMPARE(lines->first().remainingFen(), 120000);
    }

    void fin01_withinTheLineTheHeadDecidesAndTheAmountIsCommitted()
    {
        Office o;
        o.budgets().setLine(o.finance, 2026, o.office, QStringLiteral("办公用品"), 100000);
        const auto [approval, over] = o.spend(60000);
        QVERIFY(!over);
        QCOMPARE(o.steps(approval), QList<ApproverKind>{ApproverKind::DepartmentHead});
        QCOMPARE(o.remaining(), 40000);
        // Exactly what is left is still within the line.
        QVERIFY(!o.spend(40000).second);
        QCOMPARE(o.remaining(), 0);
    }

    void fin01_goingOverTheLineAddsTheGeneralManager()
    {
        Office o;
        o.budgets().setLine(o.finance, 2026, o.office, QStringLiteral("办公用品"), 100000);
        o.spend(60000);
        const auto [approval, over] = o.spend(40001); // one fen over what is left
        QVERIFY(over);
        QCOMPARE(o.steps(approval), (QList<ApproverKind>{ApproverKind::DepartmentHead, ApproverKind::GeneralManager}));
        QCOMPARE(o.remaining(), -1);
    }

    void fin01_aRejectedOrWithdrawnRequestFreesItsCommitment()
    {
        Office o;
        o.budgets().setLine(o.finance, 2026, o.office, QStringLiteral("办公用品"), 100000);
        const qint64 rejected = o.spend(30000).first;
        const qint64 withdrawn = o.spend(20000).first;
        const qint64 approved = o.spend(10000).first;
        QCOMPARE(o.remaining(), 40000);
        Approvals approvals(o.db(), o.org.company.clock);
        QVERIFY(approvals.decide(o.org.head, rejected, false, QStringLiteral("不需要")));
        QVERIFY(approvals.withdraw(o.org.clerk, withdrawn));
        QVERIFY(approvals.decide(o.org.head, approved, true, {}));
        QCOMPARE(o.remaining(), 90000); // only the approved one still counts
    }

    void fin01_withoutALineNothingIsCommittedAndNothingIsOverBudget()
    {
        Office o;
        const auto [approval, over] = o.spend(99999999);
        QVERIFY(!over);
        QCOMPARE(o.steps(approval), QList<ApproverKind>{ApproverKind::DepartmentHead});
        QVERIFY(o.budgets().lines(o.finance, 2026)->isEmpty());
    }

    void sup04_aVoucherIsSignedByTheSupervisorAndHeadThenPaidOnce()
    {
        Office o;
        PaymentVouchers vouchers(o.db(), o.org.company.clock);
        qint64 id = 0;
        QVERIFY(o.db().write([&]() -> Status {
            auto issued =
                vouchers.issueInTransaction(o.org.clerk,
                                            {QStringLiteral("test"), QStringLiteral("7"), QStringLiteral("晨光"),
                                             QStringLiteral("发票 123"), 58000, o.office});
            if (!issued)
                return issued.failure();
            id = *issued;
            return success();
        }));
        // Not signed yet: the cashier cannot pay it.
        QVERIFY(vouchers.pay(o.finance, id, QStringLiteral("银行回单 1")).error().contains(QStringLiteral("PV-")));
        // The clerk's supervisor is the office head, who also heads the office: one signature.
        auto waiting = Approvals(o.db(), o.org.company.clock).waitingFor(o.org.head);
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().type, PaymentVouchers::TypeId);
        QCOMPARE(o.steps(waiting->first().id), (QList<ApproverKind>{ApproverKind::DirectSupervisor}));
        QVERIFY(Approvals(o.db(), o.org.company.clock).decide(o.org.head, waiting->first().id, true, {}));
        QCOMPARE(vouchers.vouchers(o.finance, VoucherState::Approved)->size(), 1);
        // Only finance pays, with a reference, once.
        QCOMPARE(vouchers.pay(o.org.clerk, id, QStringLiteral("x")).error(), Permissions::refusal(Action::PayVouchers));
        QVERIFY(!vouchers.pay(o.finance, id, QStringLiteral(" ")));
        QVERIFY(vouchers.pay(o.finance, id, QStringLiteral("银行回单 1")));
        QVERIFY(!vouchers.pay(o.finance, id, QStringLiteral("银行回单 2")));
        const auto paid = vouchers.vouchers(o.finance, VoucherState::Paid);
        QCOMPARE(paid->size(), 1);
        QCOMPARE(paid->first().paymentReference, QStringLiteral("银行回单 1"));
        QCOMPARE(paid->first().amountFen, 58000);
        // A paid voucher is history, even for a direct write.
        QSqlQuery q = o.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE payment_vouchers SET amount_fen = 1 WHERE id = %1").arg(id)));
    }

    void sup04_aVoucherOfSomeoneWhoseSupervisorIsNotTheHeadNeedsBothSignatures()
    {
        Office o;
        // An intern reporting to the office clerk: the clerk supervises, the office head heads.
        qint64 intern = 0;
        QVERIFY(o.db().write([&]() -> Status {
            EmployeeSummary e;
            e.staffNo = QStringLiteral("E7");
            e.name = QStringLiteral("实习生");
            e.departmentId = o.office;
            e.supervisorId = o.org.clerkEmployee;
            auto id = OrgRepository(o.db()).addEmployee(e);
            intern = id ? *id : 0;
            return id ? success() : Status(id.failure());
        }));
        const Actor internUser = o.org.user(QStringLiteral("intern"), intern, Level::Clerk);
        Approvals approvals(o.db(), o.org.company.clock);
        PaymentVouchers vouchers(o.db(), o.org.company.clock);
        qint64 approval = 0;
        QVERIFY(o.db().write([&]() -> Status {
            auto id = vouchers.issueInTransaction(
                internUser, {QStringLiteral("test"), QStringLiteral("9"), QStringLiteral("晨光"), {}, 3000, o.office});
            return id ? success() : Status(id.failure());
        }));
        approval = approvals.waitingFor(o.org.clerk)->first().id;
        QCOMPARE(o.steps(approval),
                 (QList<ApproverKind>{ApproverKind::DirectSupervisor, ApproverKind::DepartmentHead}));
        QVERIFY(approvals.decide(o.org.clerk, approval, true, {}));
        QVERIFY(vouchers.vouchers(o.finance, VoucherState::Approved)->isEmpty()); // one signature is not enough
        QVERIFY(approvals.decide(o.org.head, approval, true, {}));
        QCOMPARE(vouchers.vouchers(o.finance, VoucherState::Approved)->size(), 1);
    }

    void sup04_aRefusedVoucherIsNeverPaidAndASourceHasOneVoucher()
    {
        Office o;
        PaymentVouchers vouchers(o.db(), o.org.company.clock);
        const NewVoucher n{QStringLiteral("test"), QStringLiteral("8"), QStringLiteral("得力"), {}, 1000, o.office};
        qint64 id = 0;
        QVERIFY(o.db().write([&]() -> Status {
            auto issued = vouchers.issueInTransaction(o.org.clerk, n);
            id = issued ? *issued : 0;
            return issued ? success() : Status(issued.failure());
        }));
        auto again = o.db().write([&]() -> Result<qint64> { return vouchers.issueInTransaction(o.org.clerk, n); });
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("PV-")), qPrintable(again.error()));
        const qint64 approval = Approvals(o.db(), o.org.company.clock).waitingFor(o.org.head)->first().id;
        QVERIFY(Approvals(o.db(), o.org.company.clock).decide(o.org.head, approval, false, QStringLiteral("价格不对")));
        QVERIFY(!vouchers.pay(o.finance, id, QStringLiteral("现金日记账 3")));
        QCOMPARE(vouchers.vouchers(o.finance, VoucherState::Rejected)->size(), 1);
    }
};

int runLedgersTest(int argc, char **argv)
{
    LedgersTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "LedgersTest.moc"
