// Web publishing and the security incident log on a database (issue 18, RULES WEB-01..05): the
// route each request takes, the 48-hour clock on an injected clock, files refused over their
// limit with nothing stored, the web editor publishing once, incidents kept with their history.
#include "WebPublishing.h"
#include "SecurityIncidents.h"
#include "ShopArea.h"
#include "TestSupport.h"
#include "approval/Approvals.h"

using namespace shopdesk;
using namespace shopdesk::test;

namespace {
// The office as WEB-01 names it: the clerk is the designer, the office head the department head,
// the sales head above them the division leader, the admin the general manager. The second clerk
// is the web editor.
struct WebOffice
{
    Org org;
    Actor designer, editor;

    WebOffice()
    {
        ShopArea::define();
        QSqlQuery q = org.company.db->query();
        q.exec(QStringLiteral("UPDATE employees SET supervisor_id = %1 WHERE id = %2")
                   .arg(org.salesHeadEmployee)
                   .arg(org.officeHeadEmployee));
        designer = org.clerk;
        editor = org.clerk2;
        editor.roles = {Role::WebEditor};
        for (Actor *a : {&designer, &editor, &org.head, &org.sales})
            a->scopes = {QStringLiteral("shop")};
    }
    WebPublishing publishing() { return WebPublishing(*org.company.db, org.company.clock); }
    Approvals approvals() { return Approvals(*org.company.db, org.company.clock); }
    WebPublication news(bool confidential = false)
    {
        WebPublication p;
        p.kind = WebPublicationKind::News;
        p.title = QStringLiteral("春节发货安排");
        p.text = QStringLiteral("2月14日至2月22日暂停发货，2月23日起按付款顺序发出。");
        p.confidential = confidential;
        return p;
    }
    WebPublication stored(qint64 id)
    {
        auto all = publishing().publications(designer, false);
        for (const WebPublication &p : *all)
            if (p.id == id)
                return p;
        return {};
    }
    // The step `who` decides on the request of publication `id`.
    Status decides(const Actor &who, qint64 id, bool approve = true)
    {
        return approvals().decide(who, stored(id).approvalId, approve, approve ? QString() : QStringLiteral("不合适"));
    }
    QList<qint64> approvers(qint64 id)
    {
        QList<qint64> users;
        const auto request = approvals().detail(org.admin, stored(id).approvalId);
        for (const ApprovalStep &s : request->steps)
            users << s.approverUserId;
        return users;
    }
    int count(const QString &sql)
    {
        QSqlQuery q = org.company.db->query();
        q.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }
};
} // namespace

class WebPublishingTest : public QObject
{
    Q_OBJECT

private slots:
    void web01_theHomePageReviewIsApprovedByHeadDivisionLeaderAndGmInTurn()
    {
        WebOffice o;
        WebPublication p;
        p.kind = WebPublicationKind::HomePageReview;
        p.title = QStringLiteral("2027 首页改版");
        p.text = QStringLiteral("新版首页：首屏换为年货专题，导航精简为五项。");
        const qint64 id = *o.publishing().ask(o.designer, p);
        QCOMPARE(o.approvers(id), (QList<qint64>{o.org.head.userId, o.org.sales.userId, o.org.admin.userId}));
        // In turn: the division leader cannot decide before the department head.
        QVERIFY(!o.decides(o.org.sales, id));
        QVERIFY(o.decides(o.org.head, id));
        QCOMPARE(o.stored(id).stage(), WebPublicationStage::Waiting);
        QVERIFY(o.decides(o.org.sales, id));
        QCOMPARE(o.stored(id).stage(), WebPublicationStage::Waiting);
        QVERIFY(o.decides(o.org.admin, id));
        QCOMPARE(o.stored(id).stage(), WebPublicationStage::ToPublish);
        // A redesign has no 48-hour clock.
        QVERIFY(!WebPublishingRules::secondsLeft(o.stored(id), o.org.company.clock.nowUtc()));
    }

    void web03_confidentialNewsWaitsForTheGmAfterTheHead()
    {
        WebOffice o;
        const qint64 plain = *o.publishing().ask(o.designer, o.news());
        QCOMPARE(o.approvers(plain), QList<qint64>{o.org.head.userId});
        const qint64 secret = *o.publishing().ask(o.designer, o.news(true));
        QCOMPARE(o.approvers(secret), (QList<qint64>{o.org.head.userId, o.org.admin.userId}));
        QVERIFY(o.decides(o.org.head, secret));
        QCOMPARE(o.stored(secret).stage(), WebPublicationStage::Waiting);
        QVERIFY(o.decides(o.org.admin, secret, false));
        QCOMPARE(o.stored(secret).stage(), WebPublicationStage::Refused);
        QVERIFY(!o.publishing().publish(o.editor, secret, {}));
    }

    void web02_approvedNewsIsPublishedWithin48HoursByTheWebEditor()
    {
        WebOffice o;
        FixedClock &clock = o.org.company.clock;
        const qint64 id = *o.publishing().ask(o.designer, o.news());
        QVERIFY(!o.publishing().publish(o.editor, id, {})); // not approved yet
        clock.advanceSeconds(5 * 3600); // the clock starts at the approval, not at the asking
        QVERIFY(o.decides(o.org.head, id));
        const QDateTime approved = clock.nowUtc();
        QCOMPARE(WebPublishingRules::publishBy(o.stored(id)), approved.addSecs(48 * 3600));
        clock.advanceSeconds(47 * 3600);
        QCOMPARE(*WebPublishingRules::secondsLeft(o.stored(id), clock.nowUtc()), 3600);
        // Only the web editor publishes; the designer may not.
        QVERIFY(!o.publishing().publish(o.designer, id, {}));
        QVERIFY(o.publishing().publish(o.editor, id, QStringLiteral("https://shop.example.cn/news/2027-spring")));
        const WebPublication done = o.stored(id);
        QCOMPARE(done.stage(), WebPublicationStage::Published);
        QCOMPARE(done.publishedAt, clock.nowUtc());
        QCOMPARE(done.publishedUrl, QStringLiteral("https://shop.example.cn/news/2027-spring"));
        QVERIFY(!WebPublishingRules::publishedLate(done));
        QVERIFY(!o.publishing().publish(o.editor, id, {})); // once
        QCOMPARE(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'shop.web.publish' "
                                        "AND after_json LIKE '%\"late\":false%'")),
                 1);
    }

    void web02_publishedAfter48HoursIsRecordedLate()
    {
        WebOffice o;
        FixedClock &clock = o.org.company.clock;
        const qint64 id = *o.publishing().ask(o.designer, o.news());
        QVERIFY(o.decides(o.org.head, id));
        clock.advanceSeconds(48 * 3600 + 60);
        QCOMPARE(*WebPublishingRules::secondsLeft(o.stored(id), clock.nowUtc()), -60);
        QVERIFY(o.publishing().publish(o.editor, id, {}));
        QVERIFY(WebPublishingRules::publishedLate(o.stored(id)));
        QCOMPARE(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'shop.web.publish' "
                                        "AND after_json LIKE '%\"late\":true%'")),
                 1);
    }

    void web04_aFileOverItsLimitIsRefusedAndNothingIsStored()
    {
        WebOffice o;
        WebPublication p = o.news();
        p.files = {{0, QStringLiteral("banner.png"), WebFileKind::Picture, 0, QByteArray(512001, 'p')}};
        auto refused = o.publishing().ask(o.designer, p);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("512,001")));
        QCOMPARE(o.count(QStringLiteral("SELECT count(*) FROM web_publications")), 0);
        QCOMPARE(o.count(QStringLiteral("SELECT count(*) FROM approval_requests")), 0);
        // At the exact limits every kind goes in, and comes out as it went in.
        p.files = {{0, QStringLiteral("banner.png"), WebFileKind::Picture, 0, QByteArray(512000, 'p')},
                   {0, QStringLiteral("发货说明.pdf"), WebFileKind::Document, 0, QByteArray(1048576, 'd')}};
        const qint64 id = *o.publishing().ask(o.designer, p);
        const WebPublication stored = o.stored(id);
        QCOMPARE(stored.files.size(), 2);
        QCOMPARE(stored.files[1].name, QStringLiteral("发货说明.pdf"));
        QCOMPARE(stored.files[1].kind, WebFileKind::Document);
        QCOMPARE(stored.files[1].sizeBytes, 1048576);
        QCOMPARE(o.publishing().file(o.designer, stored.files[0].id)->content, QByteArray(512000, 'p'));
        // The database refuses a file over its limit even past the program.
        QSqlQuery q = o.org.company.db->query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE web_publication_files SET size = 512001 WHERE kind = 'picture'")));
    }

    void web05_incidentsAreLoggedReportedResolvedAndAudited()
    {
        WebOffice o;
        FixedClock &clock = o.org.company.clock;
        SecurityIncidents log(*o.org.company.db, clock);
        SecurityIncident i;
        i.kind = IncidentKind::Outage;
        i.happenedAt = clock.nowUtc().addSecs(-1800);
        i.whatHappened = QStringLiteral("商城首页打不开，服务器无响应。");
        QVERIFY(!log.record(o.org.lone, i)); // a reader only reads
        const qint64 id = *log.record(o.designer, i);
        SecurityIncident read = log.incidents(o.designer)->first();
        QCOMPARE(read.id, id);
        QVERIFY(SecurityIncidentRules::unreported(read));
        QCOMPARE(read.recordedBy, QStringLiteral("clerk"));
        read.reportedAt = clock.nowUtc();
        read.reportedBy = QStringLiteral("行政专员");
        read.partnerContact = QStringLiteral("合作公司技术部 王工");
        QVERIFY(log.update(o.designer, read));
        // The same stale copy a second time: someone changed it meanwhile.
        auto stale = log.update(o.designer, read);
        QVERIFY(!stale);
        const SecurityIncident reported = log.incidents(o.designer)->first();
        QCOMPARE(reported.reportedBy, QStringLiteral("行政专员"));
        QCOMPARE(reported.reportedAt, clock.nowUtc());
        QVERIFY(!SecurityIncidentRules::unreported(reported));
        QCOMPARE(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'shop.incident.%'")), 2);
        QCOMPARE(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'shop.incident.update' "
                                        "AND before_json LIKE '%\"reported_by\":\"\"%'")),
                 1);
        // An incident that cannot be is refused, and the record stays as it was.
        SecurityIncident wrong = reported;
        wrong.resolvedAt = clock.nowUtc();
        QVERIFY(!log.update(o.designer, wrong)); // resolved, but how?
        QCOMPARE(log.incidents(o.designer)->first().version, reported.version);
    }
};

QTEST_GUILESS_MAIN(WebPublishingTest)
#include "WebPublishingTest.moc"
