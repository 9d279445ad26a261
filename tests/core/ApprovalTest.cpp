#include "TestSupport.h"
#include "approval/ApprovalTypes.h"
#include "approval/Approvals.h"
#include "approval/data/ApprovalRepository.h"
#include "database/ServerRoles.h"
#include "users/PermissionChange.h"
#include "users/ServerLogin.h"

#include <functional>

using namespace shopdesk;
using namespace shopdesk::test;

// The approvals engine (RULES APR-01..05) and its first request type, permission changes (DB-02).
class ApprovalTest : public QObject
{
    Q_OBJECT

    static QList<ApproverKind> kinds(const Org &org, qint64 requestId)
    {
        QList<ApproverKind> list;
        // Held in a variable: a range-for over a member of a temporary Result would dangle.
        const auto request = ApprovalRepository(*org.company.db).find(requestId);
        for (const ApprovalStep &s : request->steps)
            list.append(s.kind);
        return list;
    }

    static NewApproval leave(const QString &kind, double days)
    {
        NewApproval n;
        n.type = QStringLiteral("test.leave");
        n.subjectModule = QStringLiteral("test");
        n.subjectId = QStringLiteral("1");
        n.title = QStringLiteral("%1 leave, %2 days").arg(kind).arg(days);
        n.figures = {{QStringLiteral("kind"), kind}, {QStringLiteral("days"), days}};
        return n;
    }

    static NewApproval purchase(qint64 amountFen, qint64 remainingFen)
    {
        NewApproval n;
        n.type = QStringLiteral("test.purchase");
        n.subjectModule = QStringLiteral("test");
        n.subjectId = QStringLiteral("1");
        n.title = QStringLiteral("purchase");
        n.figures = {{QStringLiteral("amount_fen"), amountFen}, {QStringLiteral("remaining_fen"), remainingFen}};
        return n;
    }

    static QStringList outcomes;

    // The id, or 0 with the reason printed: a failed submission fails the test, never throws.
    static qint64 ok(const Result<qint64> &r)
    {
        if (!r)
            qWarning() << r.error();
        return r ? *r : 0;
    }

private slots:
    void initTestCase()
    {
        // Request types shaped like the rules', as the areas will define them.
        ApprovalTypes::define({QStringLiteral("test.leave"), "Leave",
                               [](const QJsonObject &f) {
                                   const double days = f.value(QStringLiteral("days")).toDouble();
                                   const bool sick = f.value(QStringLiteral("kind")).toString() == u"sick";
                                   // LEAVE-02/03: up to and including 3 (sick) or 2 (personal) days the
                                   // supervisor; more, also the senior manager.
                                   QList<ApproverKind> k{ApproverKind::DirectSupervisor};
                                   if (days > (sick ? 3.0 : 2.0))
                                       k.append(ApproverKind::SeniorManager);
                                   return k;
                               },
                               [](const OutcomeContext &, const ApprovalRequest &r, bool approved) {
                                   outcomes.append(QStringLiteral("%1:%2").arg(r.id).arg(approved));
                                   return success();
                               }});
        ApprovalTypes::define({QStringLiteral("test.purchase"),
                               "Purchase",
                               [](const QJsonObject &f) {
                                   // FIN-01: over the remaining budget line, also the general manager.
                                   QList<ApproverKind> k{ApproverKind::DepartmentHead};
                                   if (f.value(QStringLiteral("amount_fen")).toInteger()
                                       > f.value(QStringLiteral("remaining_fen")).toInteger())
                                       k.append(ApproverKind::GeneralManager);
                                   return k;
                               },
                               {}});
        ApprovalTypes::define(
            {QStringLiteral("test.expense"),
             "Expense",
             [](const QJsonObject &) {
                 // FIN-04: department head, then the general manager.
                 return QList<ApproverKind>{ApproverKind::DepartmentHead, ApproverKind::GeneralManager};
             },
             {}});
        ApprovalTypes::define({QStringLiteral("test.failing"), "Failing",
                               [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DirectSupervisor}; },
                               [](const OutcomeContext &, const ApprovalRequest &, bool) {
                                   return Status(fail(QStringLiteral("the owning module refused")));
                               }});
    }

    void apr01_personalLeaveBoundaryIsTwoDays()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 two = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 2)));
        const qint64 twoAndHalf = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 2.5)));
        QCOMPARE(kinds(org, two), QList<ApproverKind>{ApproverKind::DirectSupervisor});
        QCOMPARE(kinds(org, twoAndHalf),
                 (QList<ApproverKind>{ApproverKind::DirectSupervisor, ApproverKind::SeniorManager}));
    }

    void apr01_sickLeaveBoundaryIsThreeDays()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 three = ok(a.submit(org.clerk, leave(QStringLiteral("sick"), 3)));
        QCOMPARE(kinds(org, three), QList<ApproverKind>{ApproverKind::DirectSupervisor});
        const qint64 longer = ok(a.submit(org.clerk, leave(QStringLiteral("sick"), 3.5)));
        const ApprovalRequest r = *ApprovalRepository(*org.company.db).find(longer);
        QCOMPARE(r.steps.size(), 2);
        QCOMPARE(r.steps[0].approverUserId, org.head.userId);
        QCOMPARE(r.steps[1].approverUserId, org.admin.userId); // no senior manager set: the GM
    }

    void apr01_amountEqualToTheRemainingBudgetStaysWithTheHead()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 equal = ok(a.submit(org.clerk, purchase(50000, 50000)));
        const qint64 over = ok(a.submit(org.clerk, purchase(50001, 50000)));
        QCOMPARE(kinds(org, equal), QList<ApproverKind>{ApproverKind::DepartmentHead});
        QCOMPARE(kinds(org, over), (QList<ApproverKind>{ApproverKind::DepartmentHead, ApproverKind::GeneralManager}));
    }

    void apr01_chainIsStoredAndOutlivesChartChanges()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        sqlite3(org.company.path(),
                QStringLiteral("UPDATE employees SET supervisor_id = %1 WHERE id = %2")
                    .arg(org.salesHeadEmployee)
                    .arg(org.clerkEmployee));
        QCOMPARE(ApprovalRepository(*org.company.db).find(id)->steps[0].approverUserId, org.head.userId);
    }

    void apr03_headAskingPassesToTheNextPersonUp()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        NewApproval expense = purchase(1, 1);
        expense.type = QStringLiteral("test.expense");
        const qint64 id = ok(a.submit(org.head, expense));
        const ApprovalRequest r = *ApprovalRepository(*org.company.db).find(id);
        // Department head (himself) passes up to the GM, who is asked once.
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(r.steps[0].approverUserId, org.admin.userId);
        QVERIFY(!a.decide(org.head, id, true, QString())); // and never decides it himself
    }

    void apr01_missingApproverIsAnErrorAtSubmission()
    {
        Org org;
        auto r = Approvals(*org.company.db, org.company.clock).submit(org.lone, leave(QStringLiteral("personal"), 1));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("supervisor")), qPrintable(r.error()));
        QCOMPARE(sqlite3(org.company.path(), QStringLiteral("SELECT count(*) FROM approval_requests")),
                 QStringLiteral("0"));
    }

    // Issue 12: one's requests and one's decisions grow with the years; the inbox reads them a
    // page at a time, the newest first, instead of the newest 200.
    void apr05_myRequestsAndMyDecisionsAPageAtATime()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        QList<qint64> newestFirst;
        for (int i = 0; i < 5; ++i)
            newestFirst.prepend(ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1))));
        for (int i = 1; i < 4; ++i)
            QVERIFY(a.decide(org.head, newestFirst.at(i), true, QString()));
        auto allPages = [&](const std::function<Result<Page<ApprovalRequest>>(const PageCursor &)> &read, int *pages) {
            QList<qint64> ids;
            PageCursor after;
            for (bool more = true; more; ++*pages) {
                auto page = read(after);
                if (!page || !anotherPcCanCommit(org.company.path()))
                    return QList<qint64>{};
                for (const ApprovalRequest &r : page->rows)
                    ids << r.id;
                after = page->next;
                more = page->more;
            }
            return ids;
        };
        int pages = 0;
        QCOMPARE(allPages([&](const PageCursor &after) { return a.minePage(org.clerk, after, 2); }, &pages),
                 newestFirst);
        QCOMPARE(pages, 3);
        pages = 0;
        QCOMPARE(allPages([&](const PageCursor &after) { return a.historyPage(org.head, after, 2); }, &pages),
                 newestFirst.mid(1, 3));
        QCOMPARE(pages, 2);
        QCOMPARE(a.minePage(org.clerk, {}, 2)->rows.first().steps.size(), 1); // whole requests, with their steps
        QVERIFY(a.minePage(org.head, {}, 2)->rows.isEmpty());
    }

    void apr02_stepsInOrderRejectionEndsIt()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 5)));
        QVERIFY(!a.decide(org.admin, id, true, QString())); // the GM's turn has not come
        QVERIFY(!a.decide(org.head, id, false, QString())); // a rejection needs a reason
        QVERIFY(a.decide(org.head, id, false, QStringLiteral("busy season")));
        const ApprovalRequest r = *ApprovalRepository(*org.company.db).find(id);
        QCOMPARE(r.state, RequestState::Rejected);
        QVERIFY(r.steps[1].decision == StepDecision::Undecided);
        QVERIFY(outcomes.contains(QStringLiteral("%1:0").arg(id)));
        QVERIFY(!a.decide(org.admin, id, true, QString()));
    }

    void apr02_lastApprovalApprovesAndTellsTheModule()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 5)));
        QVERIFY(a.decide(org.head, id, true, QStringLiteral("ok")));
        QCOMPARE(ApprovalRepository(*org.company.db).find(id)->state, RequestState::Pending);
        QCOMPARE(*a.waitingCount(org.admin), 1);
        QVERIFY(a.decide(org.admin, id, true, QString()));
        QCOMPARE(ApprovalRepository(*org.company.db).find(id)->state, RequestState::Approved);
        QVERIFY(outcomes.contains(QStringLiteral("%1:1").arg(id)));
        QCOMPARE(*a.waitingCount(org.admin), 0);
    }

    void apr02_requesterWithdrawsWhilePending()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        QVERIFY(!a.withdraw(org.clerk2, id));
        QVERIFY(a.withdraw(org.clerk, id));
        QCOMPARE(ApprovalRepository(*org.company.db).find(id)->state, RequestState::Withdrawn);
        QVERIFY(!a.decide(org.head, id, true, QString()));
        QVERIFY(!a.withdraw(org.clerk, id));
    }

    static Actor mayRecordByPhone(Actor a)
    {
        a.scopes.insert(QStringLiteral("phone_approvals"));
        return a;
    }

    // Issue 11 (1), FIN-04: the phone approver is chosen from the chart (the step's approver),
    // never typed in; who recorded it is kept beside them, and the approver's answer is awaited.
    void fin04_aPhoneApprovalNamesTheStepsApproverFromTheChart()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        const Actor office = mayRecordByPhone(org.clerk2);
        const auto approvers = a.phoneApprovers(office, id);
        QVERIFY2(approvers, qPrintable(approvers.error()));
        QCOMPARE(approvers->size(), 1);
        QCOMPARE(approvers->first().first, org.head.userId);
        auto notTheApprover = a.recordPhoneApproval(office, id, org.sales.userId, QStringLiteral("called"));
        QVERIFY(!notTheApprover);
        QVERIFY2(notTheApprover.error().contains(QStringLiteral("head")), qPrintable(notTheApprover.error()));
        QVERIFY(a.recordPhoneApproval(office, id, org.head.userId, QStringLiteral("called from the airport")));
        const ApprovalStep step = ApprovalRepository(*org.company.db).find(id)->steps[0];
        QCOMPARE(step.byPhoneUserId, org.head.userId);
        QCOMPARE(step.byPhoneName, QStringLiteral("head"));
        QCOMPARE(step.decidedByUserId, org.clerk2.userId);
        QCOMPARE(step.phoneCheck, PhoneCheck::Pending);
        QCOMPARE(ApprovalRepository(*org.company.db).find(id)->state, RequestState::Approved);
    }

    // Issue 11 (1): recording a phone approval is a right of its own, the office's by default.
    void fin04_recordingAPhoneApprovalIsARightOfItsOwn()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        auto refused = a.recordPhoneApproval(org.clerk2, id, org.head.userId, {}); // a clerk without the right
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("approval.phone.record")), qPrintable(refused.error()));
        QVERIFY(!a.recordPhoneApproval(mayRecordByPhone(org.lone), id, org.head.userId,
                                       {})); // a reader, even with the area
        QVERIFY(a.mayRecordByPhone(org.clerk2)->isEmpty());
        QCOMPARE(a.mayRecordByPhone(mayRecordByPhone(org.clerk2))->size(), 1);
        QCOMPARE(ApprovalRepository(*org.company.db).find(id)->state, RequestState::Pending);
    }

    // Issue 11 (1), APR-03: nobody records a phone approval of their own request, and the
    // approver approves themselves rather than by phone.
    void apr03_theRequesterNeverRecordsAPhoneApprovalOfTheirOwnRequest()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        auto own =
            a.recordPhoneApproval(mayRecordByPhone(org.clerk), id, org.head.userId, QStringLiteral("he said yes"));
        QVERIFY(!own);
        QVERIFY2(own.error().contains(QStringLiteral("own request")), qPrintable(own.error()));
        QVERIFY(!a.recordPhoneApproval(mayRecordByPhone(org.head), id, org.head.userId, {}));
        QVERIFY(a.mayRecordByPhone(mayRecordByPhone(org.clerk))->isEmpty());
        QCOMPARE(ApprovalRepository(*org.company.db).find(id)->state, RequestState::Pending);
    }

    // Issue 11 (1), APR-03: a request filed for someone else is theirs too: the person it is about
    // records no phone approval of it; and nobody records one in a chain they sign themselves.
    void apr03_nobodyRecordsAPhoneApprovalAboutThemselvesOrInTheirOwnChain()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        NewApproval forClerk2 = leave(QStringLiteral("personal"), 1);
        forClerk2.aboutEmployeeId = org.clerk2Employee; // filed by HR for clerk2
        const qint64 id = ok(a.submit(org.admin, forClerk2));
        auto aboutMe = a.recordPhoneApproval(mayRecordByPhone(org.clerk2), id, org.head.userId, {});
        QVERIFY(!aboutMe);
        QVERIFY(a.mayRecordByPhone(mayRecordByPhone(org.clerk2))->isEmpty());
        // Over the remaining budget: the head, then the general manager, who holds the right.
        const qint64 purchaseId = ok(a.submit(org.clerk, purchase(50000, 10000)));
        QCOMPARE(ApprovalRepository(*org.company.db).find(purchaseId)->steps.size(), 2);
        auto twoSignatures = a.recordPhoneApproval(org.admin, purchaseId, org.head.userId, {});
        QVERIFY(!twoSignatures);
        QVERIFY2(twoSignatures.error().contains(QStringLiteral("yourself")), qPrintable(twoSignatures.error()));
        QVERIFY(a.recordPhoneApproval(mayRecordByPhone(org.clerk2), purchaseId, org.head.userId, {}));
    }

    // Issue 11 (1), APR-04: the approver's deputy in force may be the one who approved by phone.
    void apr04_theDeputyInForceMayApproveByPhone()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const QDate today = org.company.clock.nowUtc().toLocalTime().date();
        QVERIFY(a.setDeputy(org.head, org.sales.userId, today, today.addDays(2)));
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        const auto approvers = a.phoneApprovers(mayRecordByPhone(org.clerk2), id);
        QCOMPARE(approvers->size(), 2);
        QCOMPARE(approvers->at(1).first, org.sales.userId);
        QVERIFY(a.recordPhoneApproval(mayRecordByPhone(org.clerk2), id, org.sales.userId, {}));
        QCOMPARE(ApprovalRepository(*org.company.db).find(id)->steps[0].byPhoneName, QStringLiteral("sales"));
        QCOMPARE(a.phoneApprovalsToAnswer(org.sales)->size(), 1);
    }

    // Issue 11 (1): the approver finds the phone approval in their inbox and confirms or
    // disputes it; a dispute reaches the general manager and the audit; the unconfirmed ones
    // are listed for the office.
    void fin04_theApproverConfirmsOrDisputesAndTheGeneralManagerSeesDisputes()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const Actor office = mayRecordByPhone(org.clerk2);
        const qint64 first = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        const qint64 second = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        QVERIFY(a.recordPhoneApproval(office, first, org.head.userId, {}));
        QVERIFY(a.recordPhoneApproval(office, second, org.head.userId, {}));
        QCOMPARE(*a.waitingCount(org.head), 2); // two answers wait in the inbox
        QCOMPARE(a.phoneApprovalsToAnswer(org.head)->size(), 2);
        QCOMPARE(a.phoneApprovalsOpen(office)->size(), 2); // unconfirmed, listed
        QVERIFY(!a.phoneApprovalsOpen(org.clerk)); // not for everyone

        QVERIFY(!a.answerPhoneApproval(org.clerk2, first, true, {})); // only the one named answers
        QVERIFY(!a.answerPhoneApproval(org.head, first, false, {})); // a dispute says why
        QVERIFY(a.answerPhoneApproval(org.head, first, true, {}));
        QVERIFY(!a.answerPhoneApproval(org.head, first, false, QStringLiteral("changed my mind"))); // answered once
        QVERIFY(a.answerPhoneApproval(org.head, second, false, QStringLiteral("nobody called me")));
        QCOMPARE(ApprovalRepository(*org.company.db).find(first)->steps[0].phoneCheck, PhoneCheck::Confirmed);
        const ApprovalStep disputed = ApprovalRepository(*org.company.db).find(second)->steps[0];
        QCOMPARE(disputed.phoneCheck, PhoneCheck::Disputed);
        QCOMPARE(disputed.phoneCheckComment, QStringLiteral("nobody called me"));
        QCOMPARE(*a.waitingCount(org.head), 0);
        const auto forGm = a.phoneApprovalsOpen(org.admin);
        QVERIFY2(forGm, qPrintable(forGm.error()));
        QCOMPARE(forGm->size(), 1);
        QCOMPARE(forGm->first().id, second);
        QCOMPARE(sqlite3(org.company.path(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'approval.phone_disputed' "
                                        "AND entity_id = '%1'")
                             .arg(second)),
                 QStringLiteral("1"));
    }

    void apr04_deputyDecidesAndBothNamesAreKept()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        const QDate today = org.company.clock.nowUtc().toLocalTime().date();
        QVERIFY(!a.setDeputy(org.head, org.head.userId, today, today));
        QVERIFY(!a.setDeputy(org.head, org.clerk2.userId, today, today.addDays(-1)));
        QVERIFY(a.setDeputy(org.head, org.clerk2.userId, today, today.addDays(3)));
        const qint64 id = ok(a.submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        QCOMPARE(*a.waitingCount(org.clerk2), 1);
        QVERIFY(a.decide(org.clerk2, id, true, QStringLiteral("on behalf")));
        const ApprovalStep step = ApprovalRepository(*org.company.db).find(id)->steps[0];
        QCOMPARE(step.approverName, QStringLiteral("head"));
        QCOMPARE(step.decidedByName, QStringLiteral("clerk2"));
        // After the period the deputy sees nothing.
        FixedClock later(org.company.clock.nowUtc().addDays(5));
        const qint64 next =
            ok(Approvals(*org.company.db, later).submit(org.clerk, leave(QStringLiteral("personal"), 1)));
        QCOMPARE(*Approvals(*org.company.db, later).waitingCount(org.clerk2), 0);
        QVERIFY(!Approvals(*org.company.db, later).decide(org.clerk2, next, true, QString()));
    }

    void failingOutcomeCallbackRollsTheDecisionBack()
    {
        Org org;
        Approvals a(*org.company.db, org.company.clock);
        NewApproval n = leave(QStringLiteral("personal"), 1);
        n.type = QStringLiteral("test.failing");
        const qint64 id = ok(a.submit(org.clerk, n));
        const QString auditBefore = sqlite3(org.company.path(), QStringLiteral("SELECT count(*) FROM audit_log"));
        auto decided = a.decide(org.head, id, true, QString());
        QVERIFY(!decided);
        QCOMPARE(decided.error(), QStringLiteral("the owning module refused"));
        const ApprovalRequest r = *ApprovalRepository(*org.company.db).find(id);
        QCOMPARE(r.state, RequestState::Pending);
        QVERIFY(r.steps[0].decision == StepDecision::Undecided);
        QCOMPARE(sqlite3(org.company.path(), QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    }

    void db02_permissionChangeTakesEffectOnlyWhenApproved()
    {
        Org org;
        UserService users(*org.company.db, org.company.clock);
        UserRecord u = *UserRepository(*org.company.db).findById(org.clerk.userId);
        u.scopes = {QStringLiteral("supplies")};
        auto requested = users.update(org.admin, u);
        QVERIFY2(requested && *requested > 0, qPrintable(requested.error()));
        QVERIFY(UserRepository(*org.company.db).findById(org.clerk.userId)->scopes.isEmpty()); // not yet
        QCOMPARE(kinds(org, *requested), QList<ApproverKind>{ApproverKind::DepartmentHead});
        // The inbox shows what is asked, from the request's own before and after.
        QCOMPARE(ApprovalTypes::describe(*ApprovalRepository(*org.company.db).find(*requested)),
                 QStringLiteral("work areas +Office supplies"));
        QVERIFY(Approvals(*org.company.db, org.company.clock).decide(org.head, *requested, true, QString()));
        QCOMPARE(UserRepository(*org.company.db).findById(org.clerk.userId)->scopes,
                 QSet<QString>{QStringLiteral("supplies")});
    }

    void db02_specialPermissionNeedsTheGeneralManager()
    {
        Org org;
        const Actor it = org.user(QStringLiteral("itadmin"), 0, Level::DatabaseAdmin);
        UserRecord u = *UserRepository(*org.company.db).findById(org.clerk.userId);
        u.scopes = {QStringLiteral("export")}; // DB-04: taking data out is special
        const qint64 id = ok(UserService(*org.company.db, org.company.clock).update(it, u));
        QCOMPARE(kinds(org, id), (QList<ApproverKind>{ApproverKind::DepartmentHead, ApproverKind::GeneralManager}));
        Approvals a(*org.company.db, org.company.clock);
        QVERIFY(a.decide(org.head, id, true, QString()));
        QVERIFY(UserRepository(*org.company.db).findById(org.clerk.userId)->scopes.isEmpty()); // the GM has not
        QVERIFY(a.decide(org.admin, id, true, QString()));
        QCOMPARE(UserRepository(*org.company.db).findById(org.clerk.userId)->scopes,
                 QSet<QString>{QStringLiteral("export")});
    }

    // Issue 20, step 12: on a server the login's group follows the level, when it is approved.
    void db02_anApprovedLevelMovesTheServerLogin()
    {
        if (!Company::onPostgres())
            QSKIP("a server's logins");
        Org org;
        Database &db = *org.company.db;
        const QString name = org.company.serverDatabase;
        const auto groupOf = [&](const Actor &who) {
            return test::valueOnTestServer(
                       QStringLiteral("SELECT string_agg(r.rolname, ',') FROM pg_auth_members m JOIN pg_roles r ON "
                                      "r.oid = m.roleid JOIN pg_roles p ON p.oid = m.member WHERE p.rolname = '%1'")
                           .arg(ServerLogin::nameOf(name, who.userName)))
                .toString();
        };
        QVERIFY(ServerRoles(db, org.company.clock).setUp(org.admin));
        QCOMPARE(groupOf(org.clerk), name + QStringLiteral("_write"));
        UserRecord u = *UserRepository(db).findById(org.clerk.userId);
        u.level = Level::Reader;
        const qint64 id = ok(UserService(db, org.company.clock).update(org.admin, u));
        QVERIFY(id > 0);
        QCOMPARE(groupOf(org.clerk), name + QStringLiteral("_write")); // not before it is approved
        QVERIFY(Approvals(db, org.company.clock).decide(org.head, id, true, QString()));
        QCOMPARE(UserRepository(db).findById(org.clerk.userId)->level, Level::Reader);
        QCOMPARE(groupOf(org.clerk), name + QStringLiteral("_read"));
    }

    void db02_whenTheGeneralManagerAsksTheirStepIsTheirOwn()
    {
        Org org;
        UserRecord u = *UserRepository(*org.company.db).findById(org.clerk.userId);
        u.scopes = {QStringLiteral("export")};
        const qint64 id = ok(UserService(*org.company.db, org.company.clock).update(org.admin, u));
        // Nobody is above the GM: the GM step passes up to nobody; the department head decides.
        QCOMPARE(kinds(org, id), QList<ApproverKind>{ApproverKind::DepartmentHead});
    }

    void db02_lastAdministratorKeptThroughApproval()
    {
        Org org;
        UserService users(*org.company.db, org.company.clock);
        UserRecord admin = *UserRepository(*org.company.db).findById(org.admin.userId);
        admin.level = Level::Clerk;
        QVERIFY(!users.update(org.admin, admin)); // refused at once: the only administrator
        // Two administrators in the office each ask to lower the other.
        sqlite3(org.company.path(),
                QStringLiteral("UPDATE employees SET department_id = "
                               "(SELECT department_id FROM employees WHERE id = %1) WHERE id = %2")
                    .arg(org.clerkEmployee)
                    .arg(org.gmEmployee));
        const Actor it = org.user(QStringLiteral("itadmin"), org.clerk2Employee, Level::DatabaseAdmin);
        admin = *UserRepository(*org.company.db).findById(org.admin.userId);
        admin.level = Level::Clerk;
        const qint64 lowerAdmin = ok(users.update(it, admin));
        UserRecord itUser = *UserRepository(*org.company.db).findById(it.userId);
        itUser.level = Level::Clerk;
        const qint64 lowerIt = ok(users.update(org.admin, itUser));
        QVERIFY(lowerAdmin > 0 && lowerIt > 0);
        Approvals a(*org.company.db, org.company.clock);
        QVERIFY(a.decide(org.head, lowerAdmin, true, QString()));
        QCOMPARE(UserRepository(*org.company.db).findById(org.admin.userId)->level, Level::Clerk);
        // Approving the second would leave nobody: the type's callback refuses, the decision rolls back.
        auto second = a.decide(org.head, lowerIt, true, QString());
        QVERIFY(!second);
        QVERIFY(second.error().contains(QStringLiteral("last active database administrator")));
        QCOMPARE(ApprovalRepository(*org.company.db).find(lowerIt)->state, RequestState::Pending);
        QCOMPARE(UserRepository(*org.company.db).findById(it.userId)->level, Level::DatabaseAdmin);
    }

    void db02_theUserConcernedNeverApprovesTheirOwnChange()
    {
        Org org;
        UserRecord u = *UserRepository(*org.company.db).findById(org.head.userId);
        u.scopes = {QStringLiteral("hr")};
        const qint64 id = ok(UserService(*org.company.db, org.company.clock).update(org.admin, u));
        const ApprovalRequest r = *ApprovalRepository(*org.company.db).find(id);
        for (const ApprovalStep &s : r.steps)
            QVERIFY(s.approverUserId != org.head.userId);
    }
};

QStringList ApprovalTest::outcomes;

int runApprovalTest(int argc, char **argv)
{
    ApprovalTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ApprovalTest.moc"
