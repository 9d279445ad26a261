// The web side's rules without a database (issue 18): who approves a publication (WEB-01, WEB-03),
// its 48-hour clock (WEB-02), the size limits of what it carries (WEB-04), and what an incident
// record needs (WEB-05).
#include "domain/SecurityIncident.h"
#include "domain/WebPublication.h"

#include <QTest>

using namespace shopdesk;

namespace {
const QDateTime kApproved(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

WebPublication approvedNews()
{
    WebPublication p;
    p.kind = WebPublicationKind::News;
    p.title = QStringLiteral("春节发货安排");
    p.text = QStringLiteral("2月14日至2月22日暂停发货。");
    p.approvalState = RequestState::Approved;
    p.approvedAt = kApproved;
    return p;
}

WebFile fileOf(const char *name, qint64 size)
{
    WebFile f;
    f.name = QString::fromUtf8(name);
    f.sizeBytes = size;
    return f;
}
} // namespace

class WebRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void web01_theHomePageReviewGoesToHeadDivisionLeaderAndGmInTurn()
    {
        const QList<ApproverKind> all{ApproverKind::DepartmentHead, ApproverKind::SeniorManager,
                                      ApproverKind::GeneralManager};
        QCOMPARE(WebPublishingRules::route(WebPublicationKind::HomePageReview, false), all);
        // Confidential adds nothing: the GM is on its route already.
        QCOMPARE(WebPublishingRules::route(WebPublicationKind::HomePageReview, true), all);
    }

    void web02_newsAndProductInformationGoToTheDepartmentHead()
    {
        const QList<ApproverKind> head{ApproverKind::DepartmentHead};
        QCOMPARE(WebPublishingRules::route(WebPublicationKind::News, false), head);
        QCOMPARE(WebPublishingRules::route(WebPublicationKind::ProductInformation, false), head);
    }

    void web03_confidentialOrCopyrightedMaterialAddsTheGm()
    {
        const QList<ApproverKind> withGm{ApproverKind::DepartmentHead, ApproverKind::GeneralManager};
        QCOMPARE(WebPublishingRules::route(WebPublicationKind::News, true), withGm);
        QCOMPARE(WebPublishingRules::route(WebPublicationKind::ProductInformation, true), withGm);
    }

    void web02_theClockRunsFortyEightHoursFromTheApproval()
    {
        WebPublication p = approvedNews();
        QCOMPARE(WebPublishingRules::publishBy(p), kApproved.addSecs(48 * 3600));
        QCOMPARE(*WebPublishingRules::secondsLeft(p, kApproved), 48 * 3600);
        // One second before the end, at the end, one second after.
        QCOMPARE(*WebPublishingRules::secondsLeft(p, kApproved.addSecs(48 * 3600 - 1)), 1);
        QCOMPARE(*WebPublishingRules::secondsLeft(p, kApproved.addSecs(48 * 3600)), 0);
        QCOMPARE(*WebPublishingRules::secondsLeft(p, kApproved.addSecs(48 * 3600 + 1)), -1);
        QCOMPARE(WebPublishingRules::clockText(5 * 3600 + 7 * 60 + 59), QStringLiteral("5 h 07 min left"));
        QCOMPARE(WebPublishingRules::clockText(-(50 * 3600 + 60)), QStringLiteral("50 h 01 min overdue"));
    }

    void web02_noClockBeforeApprovalAfterPublishingOrForTheHomePage()
    {
        WebPublication waiting = approvedNews();
        waiting.approvalState = RequestState::Pending;
        waiting.approvedAt = {};
        QCOMPARE(waiting.stage(), WebPublicationStage::Waiting);
        QVERIFY(!WebPublishingRules::secondsLeft(waiting, kApproved));
        WebPublication refused = approvedNews();
        refused.approvalState = RequestState::Rejected;
        QCOMPARE(refused.stage(), WebPublicationStage::Refused);
        QVERIFY(!WebPublishingRules::secondsLeft(refused, kApproved));
        WebPublication home = approvedNews();
        home.kind = WebPublicationKind::HomePageReview;
        QCOMPARE(home.stage(), WebPublicationStage::ToPublish);
        QVERIFY(!WebPublishingRules::secondsLeft(home, kApproved));
        WebPublication done = approvedNews();
        done.publishedAt = kApproved.addSecs(48 * 3600);
        QCOMPARE(done.stage(), WebPublicationStage::Published);
        QVERIFY(!WebPublishingRules::secondsLeft(done, kApproved));
        QVERIFY(!WebPublishingRules::publishedLate(done)); // at the 48th hour exactly: in time
        done.publishedAt = kApproved.addSecs(48 * 3600 + 1);
        QVERIFY(WebPublishingRules::publishedLate(done));
    }

    void web04_eachFileIsMeasuredByItsOwnKindAtTheExactLimit()
    {
        QCOMPARE(WebPublishingRules::fileKind(QStringLiteral("首页.JPG")), WebFileKind::Picture);
        QCOMPARE(WebPublishingRules::fileKind(QStringLiteral("intro.mp4")), WebFileKind::Video);
        QCOMPARE(WebPublishingRules::fileKind(QStringLiteral("说明.pdf")), WebFileKind::Document);
        QCOMPARE(WebPublishingRules::fileKind(QStringLiteral("no-suffix")), WebFileKind::Document);
        WebPublication p = approvedNews();
        p.files = {fileOf("banner.png", 512000), fileOf("intro.mp4", 31457280), fileOf("terms.pdf", 1048576)};
        QCOMPARE(WebPublishingRules::requestProblem(p), QString());
        p.files = {fileOf("banner.png", 512001)};
        QVERIFY(WebPublishingRules::requestProblem(p).contains(QStringLiteral("512,001")));
        QVERIFY(WebPublishingRules::requestProblem(p).contains(QStringLiteral("512,000")));
        p.files = {fileOf("intro.mp4", 31457281)};
        QVERIFY(WebPublishingRules::requestProblem(p).contains(QStringLiteral("31,457,280")));
        // A document of a picture's size is fine; over a megabyte it is not.
        p.files = {fileOf("terms.pdf", 1048577)};
        QVERIFY(WebPublishingRules::requestProblem(p).contains(QStringLiteral("terms.pdf")));
        p.files = {fileOf("a.png", 10), fileOf("A.PNG", 10)};
        QVERIFY(WebPublishingRules::requestProblem(p).contains(QStringLiteral("twice")));
    }

    void aPublicationNeedsATitleAndSomethingToPublish()
    {
        WebPublication p = approvedNews();
        p.title = QStringLiteral("  ");
        QVERIFY(!WebPublishingRules::requestProblem(p).isEmpty());
        p = approvedNews();
        p.text.clear();
        QVERIFY(!WebPublishingRules::requestProblem(p).isEmpty());
        p.files = {fileOf("banner.png", 100)};
        QCOMPARE(WebPublishingRules::requestProblem(p), QString());
    }

    void web05_anIncidentNeedsWhatWhenAndWhoReportedIt()
    {
        SecurityIncident i;
        i.kind = IncidentKind::Intrusion;
        i.happenedAt = kApproved;
        i.whatHappened = QStringLiteral("后台有陌生IP登录");
        const QDateTime now = kApproved.addSecs(3600);
        QCOMPARE(SecurityIncidentRules::problem(i, now), QString());
        QVERIFY(SecurityIncidentRules::unreported(i));
        i.reportedAt = kApproved.addSecs(600);
        QVERIFY(!SecurityIncidentRules::problem(i, now).isEmpty()); // reported, but by whom?
        i.reportedBy = QStringLiteral("网站主管");
        QCOMPARE(SecurityIncidentRules::problem(i, now), QString());
        QVERIFY(!SecurityIncidentRules::unreported(i));
        i.reportedAt = kApproved.addSecs(-1);
        QVERIFY(!SecurityIncidentRules::problem(i, now).isEmpty()); // before it happened
        i.reportedAt = kApproved;
        QCOMPARE(SecurityIncidentRules::problem(i, now), QString()); // the same minute is fine
        i.resolvedAt = now;
        QVERIFY(!SecurityIncidentRules::problem(i, now).isEmpty()); // resolved, but how?
        i.resolution = QStringLiteral("改密码，封IP");
        QCOMPARE(SecurityIncidentRules::problem(i, now), QString());
        QCOMPARE(SecurityIncidentRules::stateTitle(i), QStringLiteral("Resolved"));
        i.resolvedAt = now.addSecs(1);
        QVERIFY(!SecurityIncidentRules::problem(i, now).isEmpty()); // still to come
        i.resolvedAt = {};
        i.whatHappened = QStringLiteral(" ");
        QVERIFY(!SecurityIncidentRules::problem(i, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(WebRulesTest)
#include "WebRulesTest.moc"
