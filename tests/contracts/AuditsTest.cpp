// The half-yearly check of an archive (CON-02, CON-06) on a real database file.
#include "ContractAudits.h"
#include "ContractsFixture.h"

using namespace shopdesk;
using namespace shopdesk::test;

class AuditsTest : public QObject
{
    Q_OBJECT

    struct Archive : ContractArchiveCompany
    {
        QStringList numbers;
        Archive()
        {
            for (const char *cabinet : {"2号柜", "1号柜", "3号柜"})
                numbers << add(QStringLiteral("打印纸采购"), QString::fromUtf8(cabinet)).number;
        }
        ContractAudits audits() { return ContractAudits(db(), clock()); }
    };

private slots:
    void con02_everyPastCheckStaysListedNewestFirstWithItsMarks()
    {
        Archive a;
        QVERIFY(a.audits().checks(a.custodian, a.archive)->isEmpty());
        auto first = a.audits().start(a.custodian, a.archive);
        QVERIFY(first);
        for (const QString &number : std::as_const(a.numbers))
            QVERIFY(a.audits().markPresent(a.custodian, *first, number));
        QVERIFY(a.audits().close(a.custodian, *first));
        auto second = a.audits().start(a.custodian, a.archive);
        QVERIFY(second);
        const QList<ContractAuditSession> checks = *a.audits().checks(a.custodian, a.archive);
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).id, *second); // newest first, still open
        QVERIFY(!checks.at(0).closed());
        QCOMPARE(checks.at(1).id, *first);
        QCOMPARE(checks.at(1).closedOn, a.today());
        // The closed one keeps its marks and its report, while the new one starts unchecked.
        QCOMPARE(a.audits().session(a.custodian, *first)->count(AuditMark::Present), 3);
        QCOMPARE(a.audits().session(a.custodian, *second)->count(AuditMark::Unchecked), 3);
        QVERIFY(a.audits().report(a.custodian, *first, QStringLiteral("测试公司")));
        QVERIFY(!a.audits().checks(a.org.lone, a.archive)); // no contracts scope
    }

    void con02_anAuditClosesOnlyWhenEveryContractIsMarkedAndEachLossHasItsInvestigation()
    {
        Archive a;
        QCOMPARE(a.audits().due(a.custodian, a.today())->size(), 1); // never checked: due at once
        Actor other = a.org.clerk2;
        other.scopes = {QStringLiteral("contracts")};
        QVERIFY(!a.audits().start(other, a.archive)); // CON-06: the custodian's
        auto id = a.audits().start(a.custodian, a.archive);
        QVERIFY2(id, id ? "" : qPrintable(id.error()));
        QVERIFY(!a.audits().start(a.custodian, a.archive)); // one open at a time
        ContractAuditSession s = *a.audits().session(a.custodian, *id);
        QCOMPARE(s.lines.size(), 3);
        QCOMPARE(s.lines.first().place, QStringLiteral("1号柜")); // in the order of the cabinets
        QCOMPARE(s.count(AuditMark::Unchecked), 3);
        // A scanned label marks its contract present; a number from elsewhere is refused.
        auto scanned = a.audits().markPresent(a.custodian, *id, a.numbers.at(0).toLower());
        QVERIFY2(scanned, scanned ? "" : qPrintable(scanned.error()));
        QVERIFY(!a.audits().markPresent(a.custodian, *id, QStringLiteral("2026-XS-0001")));
        AuditLine lost = s.lines.at(0); // 1号柜: numbers[1]
        lost.mark = AuditMark::Missing;
        QVERIFY(a.audits().mark(a.custodian, *id, lost)); // the investigation may follow
        auto early = a.audits().close(a.custodian, *id);
        QVERIFY(!early);
        QVERIFY2(early.error().contains(QStringLiteral("1 contract")) && early.error().contains(lost.number),
                 qPrintable(early.error()));
        lost.note = QStringLiteral("搬迁档案室时遗失，已报警");
        lost.responsibleEmployeeId = a.org.clerk2Employee;
        QVERIFY(a.audits().mark(a.custodian, *id, lost));
        AuditLine torn = a.audits().session(a.custodian, *id)->lines.at(2);
        torn.mark = AuditMark::Damaged;
        torn.note = QStringLiteral("受潮，首页字迹模糊");
        QVERIFY(a.audits().mark(a.custodian, *id, torn));
        auto noOne = a.audits().close(a.custodian, *id);
        QVERIFY(!noOne);
        QVERIFY2(noOne.error().contains(QStringLiteral("responsible")), qPrintable(noOne.error()));
        torn.responsibleEmployeeId = a.org.clerkEmployee;
        QVERIFY(a.audits().mark(a.custodian, *id, torn));
        QVERIFY(!a.audits().mark(a.custodian, *id, {torn.contractId, {}, {}, {}, {}, AuditMark::Unchecked}));
        QVERIFY(!a.audits().close(other, *id));
        QVERIFY(a.audits().close(a.custodian, *id));
        s = *a.audits().session(a.custodian, *id);
        QCOMPARE(s.closedOn, a.today());
        QCOMPARE(s.count(AuditMark::Present), 1);
        QCOMPARE(s.count(AuditMark::Missing), 1);
        QCOMPARE(s.count(AuditMark::Damaged), 1);
        // A permanent record: no more marks, and the file refuses a change.
        QVERIFY(!a.audits().mark(a.custodian, *id, lost));
        QSqlQuery q = a.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE contract_audit_marks SET mark = 'present'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE contract_audits SET closed_on = NULL")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM contract_audit_marks")));
        // What the closed check found stays: a contract registered afterwards is not in it.
        a.add(QStringLiteral("检查后登记"), QStringLiteral("1号柜"));
        QCOMPARE(a.audits().session(a.custodian, *id)->lines.size(), 3);
        QCOMPARE(a.audits().report(a.custodian, *id, {})->tables.first().rows.size(), 3);
        // The next check is due six months later.
        QVERIFY(a.audits().due(a.custodian, a.today())->isEmpty());
        QVERIFY(a.audits().due(a.custodian, a.today().addMonths(6).addDays(-1))->isEmpty());
        const auto due = *a.audits().due(a.custodian, a.today().addMonths(6));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().lastClosedOn, a.today());
        QVERIFY(a.audits().start(a.custodian, a.archive)); // and a new session may start
    }
};

int runAuditsTest(int argc, char **argv)
{
    AuditsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "AuditsTest.moc"
