#include "Requisitions.h"
#include "LocalPurchaseAudit.h"
#include "SuppliesFixture.h"
#include "data/RequisitionRepository.h"
#include "users/data/UserRepository.h"

using namespace shopdesk;
using namespace shopdesk::test;

// Departments and their supplies on a real database (SUP-05, SUP-06): custodians, requisitions
// signed by them and filled from stock, and the audit of local purchases.
class RequisitionsTest : public QObject
{
    Q_OBJECT

    // The sales department's head is its custodian; 30 paper and 5 pens on the shelf.
    struct Departments
    {
        SuppliesCompany c;
        Actor custodian = c.org.sales;
        Departments()
        {
            // The sales head may work in supplies (stored, so that naming them checks it).
            custodian.scopes = {QStringLiteral("supplies")};
            if (!c.db().write([&] { return UserRepository(c.db()).setScopes(custodian.userId, custodian.scopes); }))
                qFatal("custodian scopes");
            c.move(MovementKind::Receipt, c.paper, 30, 2500);
            c.move(MovementKind::Receipt, c.pens, 5, 200);
            if (Status s = desk().nameCustodian(c.clerk, c.sales, custodian.userId); !s)
                qFatal("custodian: %s", qPrintable(s.error()));
        }
        Requisitions desk() { return Requisitions(c.db(), c.clock()); }
        QList<RequisitionLine> paperAndPens(qint64 paper, qint64 pens)
        {
            return {{0, c.paper, {}, QStringLiteral("A4复印纸"), {}, paper, 0},
                    {0, c.pens, {}, QStringLiteral("中性笔"), {}, pens, 0}};
        }
        Requisition find(qint64 id)
        {
            for (const Requisition &r : *desk().requisitions(c.clerk))
                if (r.id == id)
                    return r;
            qFatal("no requisition %lld", id);
        }
    };

private slots:
    void sup06_eachDepartmentNamesOneCustodian()
    {
        Departments d;
        const auto list = *d.desk().custodians(d.c.clerk);
        QCOMPARE(list.size(), 2);
        for (const Custodian &c : list)
            QCOMPARE(c.userId, c.departmentId == d.c.sales ? d.custodian.userId : 0);
        // Naming another replaces the first; only the supplies office names them, and only someone
        // who may sign requisitions: not a reader, not a clerk outside supplies.
        QVERIFY(!d.desk().nameCustodian(d.c.clerk, d.c.sales, d.c.org.lone.userId));
        QVERIFY(!d.desk().nameCustodian(d.c.clerk, d.c.sales, d.c.org.clerk2.userId));
        QCOMPARE(RequisitionRepository(d.c.db()).custodianOf(d.c.sales).value(), d.custodian.userId);
        QVERIFY(d.desk().nameCustodian(d.c.clerk, d.c.sales, d.c.clerk.userId));
        QCOMPARE(RequisitionRepository(d.c.db()).custodianOf(d.c.sales).value(), d.c.clerk.userId);
        Actor reader = d.c.org.lone;
        reader.scopes = {QStringLiteral("supplies")};
        QCOMPARE(d.desk().nameCustodian(reader, d.c.office, reader.userId).error(),
                 Permissions::refusal(SuppliesAction::ManageItems));
        QVERIFY(!d.desk().nameCustodian(d.c.clerk, d.c.office, 99999)); // no such user
    }

    void sup06_aRequisitionWaitsForTheCustodiansSignatureBeforeItIsFilled()
    {
        Departments d;
        // The supplies clerk files it for sales: the custodian has not signed.
        auto id = d.desk().request(d.c.clerk, d.c.sales, QStringLiteral("新员工入职"), d.paperAndPens(10, 2));
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(d.find(*id).state, RequisitionState::AwaitingCustodian);
        QVERIFY(!d.desk().fill(d.c.clerk, *id)); // SUP-06: not before the signature
        QCOMPARE(d.c.item(d.c.paper).onHand, 30);
        // Someone other than the custodian cannot sign; the custodian can, once.
        QVERIFY(!d.desk().sign(d.c.clerk, *id));
        QVERIFY(d.desk().sign(d.custodian, *id));
        QVERIFY(!d.desk().sign(d.custodian, *id));
        QCOMPARE(d.find(*id).state, RequisitionState::Signed);
        QCOMPARE(d.find(*id).signedByName, d.custodian.userName);
        // Filled from stock: issues to sales with the requisition's number.
        QCOMPARE(*d.desk().fill(d.c.clerk, *id), 12);
        QCOMPARE(d.c.item(d.c.paper).onHand, 20);
        QCOMPARE(d.c.item(d.c.pens).onHand, 3);
        const auto rows = *StockLedger(d.c.db(), d.c.clock()).movements(d.c.clerk, d.c.paper);
        QCOMPARE(rows.first().kind, MovementKind::Issue);
        QCOMPARE(rows.first().departmentId, d.c.sales);
        QCOMPARE(rows.first().reference, d.find(*id).number());
        QCOMPARE(d.find(*id).state, RequisitionState::Filled);
        QVERIFY(!d.desk().fill(d.c.clerk, *id)); // once
    }

    void sup05_aCustodianFilingSignsAndShortStockIsFilledAsFarAsItGoes()
    {
        Departments d;
        auto id = d.desk().request(d.custodian, d.c.sales, QStringLiteral("月度领用"), d.paperAndPens(40, 2));
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(d.find(*id).state, RequisitionState::Signed);
        QCOMPARE(*d.desk().fill(d.c.clerk, *id), 32); // all 30 paper, 2 pens
        const Requisition filled = d.find(*id);
        QCOMPARE(filled.lines.at(0).issuedQuantity, 30);
        QCOMPARE(filled.lines.at(1).issuedQuantity, 2);
        QCOMPARE(d.c.item(d.c.paper).onHand, 0); // never below zero (SUP-07)
        // Nothing on hand: refused, nothing written.
        auto empty = d.desk().request(d.custodian, d.c.sales, QStringLiteral("再领"), {d.paperAndPens(1, 1).first()});
        QVERIFY(!d.desk().fill(d.c.clerk, *empty));
        QCOMPARE(d.find(*empty).state, RequisitionState::Signed);
    }

    void sup05_badRequisitionsAreRefused()
    {
        Departments d;
        QVERIFY(!d.desk().request(d.c.clerk, 0, QStringLiteral("x"), d.paperAndPens(1, 1)));
        QVERIFY(!d.desk().request(d.c.clerk, d.c.sales, QStringLiteral(" "), d.paperAndPens(1, 1)));
        QVERIFY(!d.desk().request(d.c.clerk, d.c.sales, QStringLiteral("x"), {}));
        QVERIFY(!d.desk().request(d.c.clerk, d.c.sales, QStringLiteral("x"), d.paperAndPens(0, 1)));
        QVERIFY(!d.desk().request(d.c.clerk, d.c.sales, QStringLiteral("x"), d.paperAndPens(-1, 1)));
        auto twice = d.paperAndPens(1, 1);
        twice[1].itemId = d.c.paper;
        QVERIFY(!d.desk().request(d.c.clerk, d.c.sales, QStringLiteral("x"), twice));
        // A department without a custodian: filed, but nobody can sign it until one is named.
        auto office = d.desk().request(d.c.clerk, d.c.office, QStringLiteral("x"), d.paperAndPens(1, 1));
        auto unsigned_ = d.desk().sign(d.c.clerk, *office);
        QVERIFY(!unsigned_);
        QVERIFY2(unsigned_.error().contains(QStringLiteral("行政部")), qPrintable(unsigned_.error()));
        QVERIFY(d.desk().requisitions(d.c.clerk)->size() == 1);
    }

    void sup05_localPurchasesAreAuditedAcceptedOrQueried()
    {
        Departments d;
        QVERIFY(d.c.move(MovementKind::LocalPurchase, d.c.pens, 10, 300));
        LocalPurchaseAudit audit(d.c.db(), d.c.clock());
        auto list = *audit.localPurchases(d.c.clerk);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().status, LocalPurchaseStatus::Pending);
        QCOMPARE(list.first().receipt, QStringLiteral("小票 0001"));
        const qint64 row = list.first().movementId;
        QVERIFY(!audit.review(d.c.clerk, row, LocalPurchaseStatus::Queried, QStringLiteral(" "))); // say what
        QVERIFY(audit.review(d.c.clerk, row, LocalPurchaseStatus::Queried, QStringLiteral("单价偏高，请说明")));
        QCOMPARE(audit.localPurchases(d.c.clerk)->first().status, LocalPurchaseStatus::Queried);
        QVERIFY(audit.review(d.c.clerk, row, LocalPurchaseStatus::Accepted, {}));
        QCOMPARE(audit.localPurchases(d.c.clerk)->first().status, LocalPurchaseStatus::Accepted);
        // Only local purchases are audited; reviews are history.
        const qint64 issueRow = *d.c.move(MovementKind::Issue, d.c.pens, 1);
        QVERIFY(!audit.review(d.c.clerk, issueRow, LocalPurchaseStatus::Accepted, {}));
        QSqlQuery q = d.c.db().query();
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM local_purchase_reviews")));
        Actor reader = d.c.org.lone;
        reader.scopes = {QStringLiteral("supplies")};
        QCOMPARE(audit.review(reader, row, LocalPurchaseStatus::Accepted, {}).error(),
                 Permissions::refusal(SuppliesAction::MoveStock));
    }
};

int runRequisitionsTest(int argc, char **argv)
{
    RequisitionsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "RequisitionsTest.moc"
