// Taking contracts out of the archive (CON-05, CON-06) on a real database file.
#include "ContractLending.h"
#include "ContractsFixture.h"
#include "approval/Approvals.h"

using namespace shopdesk;
using namespace shopdesk::test;

class LoansTest : public QObject
{
    Q_OBJECT

    struct Archive : ContractArchiveCompany
    {
        qint64 contract = 0;
        QString number;
        Archive()
        {
            const Contract made = add(QStringLiteral("仓库租赁"));
            contract = made.id;
            number = made.number;
        }
        ContractLending lending() { return ContractLending(db(), clock()); }
        Approvals approvals() { return Approvals(db(), clock()); }
        ContractLoan loan(qint64 id)
        {
            for (const ContractLoan &l : *lending().loans(custodian, false))
                if (l.id == id)
                    return l;
            qFatal("no loan %lld", id);
        }
        Contract stored() { return *book().find(custodian, {})->cbegin(); }
    };

private slots:
    void con05_aCopyIsSignedByTheDepartmentHeadAndHandedOutByTheCustodian()
    {
        Archive a;
        auto id = a.lending().request(a.org.clerk2, a.contract, LoanKind::Copy, QStringLiteral("核对租金条款"),
                                      a.today().addDays(3));
        QVERIFY2(id, id ? "" : qPrintable(id.error()));
        QCOMPARE(a.loan(*id).state(), LoanState::Pending);
        QCOMPARE(a.approvals().waitingFor(a.org.head)->size(), 1);
        QVERIFY(a.approvals().waitingFor(a.org.admin)->isEmpty()); // a copy: not the GM
        QVERIFY(!a.lending().handOut(a.custodian, *id)); // not signed yet
        QVERIFY(a.approvals().decide(a.org.head, a.approvals().waitingFor(a.org.head)->first().id, true, {}));
        QCOMPARE(a.loan(*id).state(), LoanState::Approved);
        Actor other = a.org.clerk2;
        other.scopes = {QStringLiteral("contracts")};
        auto notCustodian = a.lending().handOut(other, *id);
        QVERIFY(!notCustodian);
        QVERIFY(notCustodian.error().contains(QStringLiteral("CON-06")));
        QVERIFY(a.lending().handOut(a.custodian, *id));
        QCOMPARE(a.loan(*id).state(), LoanState::Out);
        QCOMPARE(a.loan(*id).lentOn, a.today());
        QVERIFY(!a.lending().handOut(a.custodian, *id)); // once
        QVERIFY(a.stored().originalOutWith.isEmpty()); // a copy: the original stays
        // Overdue from the day after its due day, by days; back, it is no longer counted.
        a.clock().advanceSeconds(5 * 86400);
        QCOMPARE(LoanRules::daysOverdue(a.loan(*id), a.today()), 2);
        QVERIFY(a.lending().takeBack(a.custodian, *id));
        QCOMPARE(a.loan(*id).state(), LoanState::Returned);
        QCOMPARE(LoanRules::daysOverdue(a.loan(*id), a.today()), 0);
        QVERIFY(!a.lending().takeBack(a.custodian, *id));
        QCOMPARE(a.lending().loans(a.custodian, true)->size(), 0);
    }

    void con05_theOriginalLeavesOnlyWithTheGeneralManagerAndOneAtATime()
    {
        Archive a;
        auto first = a.lending().request(a.org.clerk2, a.contract, LoanKind::Original,
                                         QStringLiteral("法院诉讼需提交原件"), a.today().addDays(7));
        QVERIFY(first);
        QVERIFY(a.approvals().waitingFor(a.org.head)->isEmpty());
        QCOMPARE(a.approvals().waitingFor(a.org.admin)->size(), 1); // CON-05: the special case is the GM's
        QVERIFY(a.approvals().decide(a.org.admin, a.approvals().waitingFor(a.org.admin)->first().id, true, {}));
        QVERIFY(a.lending().handOut(a.custodian, *first));
        // Out everywhere it appears: the contract list says with whom and until when.
        QCOMPARE(a.stored().originalOutWith, QStringLiteral("clerk2"));
        QCOMPARE(a.stored().originalDueOn, a.today().addDays(7));
        auto second = a.lending().request(a.org.sales, a.contract, LoanKind::Original,
                                          QStringLiteral("另一场诉讼需原件"), a.today().addDays(7));
        QVERIFY(!second);
        QVERIFY(second.error().contains(QStringLiteral("clerk2")));
        QVERIFY(a.lending().request(a.org.sales, a.contract, LoanKind::Copy, QStringLiteral("查阅"), a.today()));
        QVERIFY(a.lending().takeBack(a.custodian, *first));
        QVERIFY(a.stored().originalOutWith.isEmpty());
        QVERIFY(a.lending().request(a.org.sales, a.contract, LoanKind::Original, QStringLiteral("另一场诉讼需原件"),
                                    a.today().addDays(7)));
    }

    void con05_aRefusedOrBadRequestNeverLeavesTheArchive()
    {
        Archive a;
        QVERIFY(!a.lending().request(a.org.clerk2, a.contract, LoanKind::Copy, QStringLiteral(" "), a.today()));
        QVERIFY(!a.lending().request(a.org.clerk2, a.contract, LoanKind::Copy, QStringLiteral("查阅"),
                                     a.today().addDays(-1)));
        QVERIFY(!a.lending().request(a.org.clerk2, a.contract, LoanKind::Original, QStringLiteral("看"),
                                     a.today())); // a special case says which
        QVERIFY(!a.lending().request(a.org.lone, a.contract, LoanKind::Copy, QStringLiteral("查阅"), a.today()));
        QVERIFY(!a.lending().request(a.org.clerk2, 999, LoanKind::Copy, QStringLiteral("查阅"), a.today()));
        auto id = a.lending().request(a.org.clerk2, a.contract, LoanKind::Copy, QStringLiteral("查阅"), a.today());
        QVERIFY(id);
        QVERIFY(a.approvals().decide(a.org.head, a.approvals().waitingFor(a.org.head)->first().id, false,
                                     QStringLiteral("请到档案室查阅")));
        QCOMPARE(a.loan(*id).state(), LoanState::Refused);
        QVERIFY(!a.lending().handOut(a.custodian, *id));
        QVERIFY(a.lending().loans(a.custodian, true)->isEmpty()); // done with: not among the open ones
        QCOMPARE(a.lending().loans(a.custodian, false)->size(), 1);
        QSqlQuery q = a.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE contract_loans SET due_on = '2099-01-01'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM contract_loans")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'contracts.loan.request'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

int runLoansTest(int argc, char **argv)
{
    LoansTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "LoansTest.moc"
