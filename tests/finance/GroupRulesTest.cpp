// The group account rules (FIN-05..08): no database, no clock.
#include "domain/GroupAccount.h"
#include "domain/TravellerList.h"

#include <QTest>

using namespace shopdesk;

class GroupRulesTest : public QObject
{
    Q_OBJECT

    static GroupAccount group(qint64 valueFen, GroupKind kind = GroupKind::Group)
    {
        GroupAccount a;
        a.name = QStringLiteral("黄山三日团");
        a.kind = kind;
        a.contractValueFen = valueFen;
        a.signedOn = QDate(2026, 3, 1);
        a.departureOn = QDate(2026, 3, 20);
        a.returnOn = QDate(2026, 3, 22);
        a.budgetSheetFen = 500000;
        return a;
    }

private slots:
    void fin05_aTravellerListIsReadByItsTitles()
    {
        auto list = TravellerRows::read(CsvTable::parse(
            QStringLiteral("Name,Mobile\nLi Lei,+86 138-0000-0001\nHan Meimei,\n,139\nLi  Lei,+8613800000001\n")));
        QVERIFY2(list, list ? "" : qPrintable(list.error()));
        QCOMPARE(list->rowsRead, 4);
        QCOMPARE(list->rows.size(), 2);
        QCOMPARE(list->rows.at(1).traveller.name, QStringLiteral("Han Meimei"));
        QCOMPARE(list->problems.size(), 3); // no name, a phone too short, Li Lei twice (spaces aside)
        QCOMPARE(list->problems.at(2).line, 5);
        QCOMPARE(TravellerRows::key({0, QStringLiteral("李 雷"), QStringLiteral("138-0000 0001")}),
                 TravellerRows::key({0, QStringLiteral("李雷"), QStringLiteral("13800000001")}));
        QVERIFY(!TravellerRows::read(CsvTable::parse(QStringLiteral("电话\n13800000001\n"))));
    }

    void fin07_eightyPercentBeforeDepartureRoundedUpToTheFen()
    {
        QCOMPARE(GroupRules::dueBeforeDepartureFen(group(1000000)), 800000);
        QCOMPARE(GroupRules::dueBeforeDepartureFen(group(33333)), 26667); // 26,666.4 up
        QCOMPARE(GroupRules::dueBeforeDepartureFen(group(33335)), 26668); // exactly 26,668
        QCOMPARE(GroupRules::dueBeforeDepartureFen(group(1)), 1); // 0.8 fen up
        QCOMPARE(GroupRules::dueBeforeDepartureFen(group(33333, GroupKind::Individual)), 33333);
    }

    void fin07_departureIsBlockedBelowTheThresholdUnlessTheGmAllowsIt()
    {
        GroupAccount a = group(1000000);
        a.receivedFen = 799999;
        QVERIFY(GroupRules::departureProblem(a).contains(QStringLiteral("FIN-07")));
        a.receivedFen = 800000;
        QVERIFY(GroupRules::departureProblem(a).isEmpty());
        GroupAccount person = group(300000, GroupKind::Individual);
        person.receivedFen = 299999;
        QVERIFY(!GroupRules::departureProblem(person).isEmpty()); // individuals pay it all first
        person.departureOverridden = true;
        QVERIFY(GroupRules::departureProblem(person).isEmpty());
    }

    void fin07_theBalanceIsDueThreeDaysAfterReturn()
    {
        GroupAccount a = group(1000000);
        a.receivedFen = 800000;
        QCOMPARE(GroupRules::balanceDueOn(a), QDate(2026, 3, 25));
        QCOMPARE(GroupRules::daysOverdue(a, QDate(2026, 3, 25)), 0);
        QCOMPARE(GroupRules::daysOverdue(a, QDate(2026, 3, 30)), 5);
        a.receivedFen = 1000000;
        QCOMPARE(GroupRules::daysOverdue(a, QDate(2026, 3, 30)), 0); // paid
        a.receivedFen = 900000;
        a.writtenOffFen = 100000; // the rest written off: nothing owed
        QCOMPARE(GroupRules::daysOverdue(a, QDate(2026, 3, 30)), 0);
        GroupAccount person = group(300000, GroupKind::Individual);
        QCOMPARE(GroupRules::balanceDueOn(person), person.departureOn);
    }

    void fin05_aSignedContractWithNoReceiptIsFlaggedAfterTheDays()
    {
        GroupAccount a = group(1000000);
        QVERIFY(!GroupRules::receiptLate(a, QDate(2026, 3, 2), 1));
        QVERIFY(GroupRules::receiptLate(a, QDate(2026, 3, 3), 1));
        a.receivedFen = 1;
        QVERIFY(!GroupRules::receiptLate(a, QDate(2026, 3, 10), 1));
    }

    void fin06_theGuidesAdvanceStaysWithinTheBudgetSheet()
    {
        GroupAccount a = group(1000000);
        QVERIFY(GroupRules::advanceProblem(a, 500000).isEmpty());
        QVERIFY(GroupRules::advanceProblem(a, 500001).contains(QStringLiteral("FIN-06")));
        a.advancedFen = 300000;
        QVERIFY(GroupRules::advanceProblem(a, 200000).isEmpty());
        QVERIFY(!GroupRules::advanceProblem(a, 200001).isEmpty());
        QVERIFY(!GroupRules::advanceProblem(a, 0).isEmpty());
    }

    void fin06_aBudgetLineComesOffOnlyWhileTheSheetStillCoversWhatIsLent()
    {
        GroupAccount a = group(1000000); // sheet 5,000.00
        a.advancedFen = 300000;
        QVERIFY(GroupRules::budgetRemovalProblem(a, 200000).isEmpty()); // 3,000.00 left, all of it lent
        QVERIFY(!GroupRules::budgetRemovalProblem(a, 200001).isEmpty());
        QVERIFY(GroupRules::budgetLineProblem(a, {0, QStringLiteral("门票"), 1}).isEmpty());
        QVERIFY(!GroupRules::budgetLineProblem(a, {0, QStringLiteral("门票"), -1}).isEmpty());
        QVERIFY(!GroupRules::budgetLineProblem(a, {0, QStringLiteral("  "), 100}).isEmpty());
        a.settled = true;
        QVERIFY(!GroupRules::budgetLineProblem(a, {0, QStringLiteral("门票"), 1}).isEmpty());
        QVERIFY(!GroupRules::budgetRemovalProblem(a, 1).isEmpty());
    }

    void fin07_aDepartureIsRecordedForADayThatHasComeOnceAndAtTheThreshold()
    {
        GroupAccount a = group(1000000); // signed 2026-03-01, planned to leave 2026-03-20
        a.receivedFen = 800000;
        const QDate today(2026, 3, 21);
        QVERIFY(GroupRules::departureRecordProblem(a, QDate(2026, 3, 20), today).isEmpty());
        QVERIFY(GroupRules::departureRecordProblem(a, QDate(2026, 3, 19), today).isEmpty()); // left early
        QVERIFY(GroupRules::departureRecordProblem(a, today, today).isEmpty()); // left a day late
        QVERIFY(!GroupRules::departureRecordProblem(a, today.addDays(1), today).isEmpty()); // still to come
        QVERIFY(!GroupRules::departureRecordProblem(a, QDate(2026, 2, 28), today).isEmpty()); // before signing
        QVERIFY(!GroupRules::departureRecordProblem(a, QDate(), today).isEmpty());
        a.receivedFen = 799999;
        QVERIFY(!GroupRules::departureRecordProblem(a, QDate(2026, 3, 20), today).isEmpty());
        a.departureOverridden = true;
        QVERIFY(GroupRules::departureRecordProblem(a, QDate(2026, 3, 20), today).isEmpty());
        a.departedOn = QDate(2026, 3, 20);
        QVERIFY(
            GroupRules::departureRecordProblem(a, QDate(2026, 3, 20), today).contains(QStringLiteral("2026-03-20")));
    }

    void fin06_whatTheGroupHasNotPaidForIsFrontedByTheCompany()
    {
        GroupAccount a = group(1000000);
        QCOMPARE(GroupRules::frontedFen(a, 100000), 100000); // nothing paid yet
        a.receivedFen = 300000;
        QCOMPARE(GroupRules::frontedFen(a, 100000), 0);
        QCOMPARE(GroupRules::frontedFen(a, 300000), 0);
        QCOMPARE(GroupRules::frontedFen(a, 350000), 50000);
        a.advancedFen = 250000; // 50,000 of the receipts left uncovered
        QCOMPARE(GroupRules::frontedFen(a, 80000), 30000);
    }

    void fin08_settlementNeedsAllThreePapers()
    {
        GroupAccount a = group(1000000);
        QVERIFY(GroupRules::settlementProblem(a).contains(QStringLiteral("FIN-08")));
        a.documents = {GroupDocument::Contract, GroupDocument::ItemizedList};
        const QString missing = GroupRules::settlementProblem(a);
        QVERIFY(missing.contains(groupDocumentTitle(GroupDocument::ExpenseConfirmation)));
        QVERIFY(!missing.contains(groupDocumentTitle(GroupDocument::Contract)));
        a.documents.append(GroupDocument::ExpenseConfirmation);
        QVERIFY(GroupRules::settlementProblem(a).isEmpty());
        a.settled = true;
        QVERIFY(!GroupRules::settlementProblem(a).isEmpty());
    }

    void fin05_anAccountNeedsANameValueAndDatesInOrder()
    {
        QVERIFY(GroupRules::accountProblem(group(1000000)).isEmpty());
        GroupAccount a = group(0);
        QVERIFY(!GroupRules::accountProblem(a).isEmpty());
        a = group(100);
        a.returnOn = a.departureOn.addDays(-1);
        QVERIFY(!GroupRules::accountProblem(a).isEmpty());
        a = group(100);
        a.name = QStringLiteral(" ");
        QVERIFY(!GroupRules::accountProblem(a).isEmpty());
        QCOMPARE(groupKindFromKey(groupKindKey(GroupKind::Individual)), GroupKind::Individual);
        QCOMPARE(groupDocumentFromKey(groupDocumentKey(GroupDocument::ItemizedList)), GroupDocument::ItemizedList);
        QVERIFY(!groupDocumentFromKey(QStringLiteral("receipt")));
    }
};

int runGroupRulesTest(int argc, char **argv)
{
    GroupRulesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "GroupRulesTest.moc"
