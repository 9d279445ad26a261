#include "WebDemo.h"

#include "SecurityIncidents.h"
#include "WebPublishing.h"
#include "approval/Approvals.h"
#include "common/Clock.h"
#include "demo/DemoCompany.h"

namespace shopdesk::WebDemo {

namespace {
WebPublication publication(WebPublicationKind kind, const char *title, const char *text, bool confidential = false)
{
    WebPublication p;
    p.kind = kind;
    p.title = QString::fromUtf8(title);
    p.text = QString::fromUtf8(text);
    p.confidential = confidential;
    return p;
}
} // namespace

Result<Summary> create(Database &db, const Clock &clock)
{
    Summary summary;
    auto planner = DemoCompany::actorNamed(db, clock, QStringLiteral("planner"));
    auto ops = DemoCompany::actorNamed(db, clock, QStringLiteral("ops"));
    auto editor = DemoCompany::actorNamed(db, clock, QStringLiteral("editor"));
    if (!planner || !ops || !editor)
        return !planner ? planner.failure() : !ops ? ops.failure() : editor.failure();
    if (planner->userId == 0 || ops->userId == 0 || editor->userId == 0)
        return summary;
    const QDateTime now = clock.nowUtc();
    // Each step at its own time in the past; the clock the services read is moved along.
    FixedClock at(now.addDays(-20));
    WebPublishing web(db, at);
    Approvals approvals(db, at);
    auto asked = [&](const WebPublication &p) -> Result<qint64> {
        auto id = web.ask(*planner, p);
        if (!id)
            return id;
        ++summary.publications;
        return id;
    };
    auto approved = [&](qint64 id) -> Status {
        auto list = web.publications(*ops, true);
        if (!list)
            return list.failure();
        for (const WebPublication &p : *list)
            if (p.id == id)
                return approvals.decide(*ops, p.approvalId, true, QString());
        return fail(QStringLiteral("web demo: publication %1 not found").arg(id));
    };
    // Published in time, two weeks ago.
    auto done = asked(publication(WebPublicationKind::News, "双十一发货说明",
                                  "11月11日至11月13日的订单按付款顺序发出，预计延迟一至两天。"));
    if (!done)
        return done.failure();
    at.set(now.addDays(-19));
    if (Status s = approved(*done); !s)
        return s.failure();
    at.set(now.addDays(-18));
    if (Status s = web.publish(*editor, *done, QStringLiteral("https://www.example.cn/news/1111")); !s)
        return s.failure();
    // Approved 40 hours ago: 8 hours left on its clock.
    at.set(now.addSecs(-44 * 3600));
    auto nearly = asked(
        publication(WebPublicationKind::ProductInformation, "保温杯新品上架", "316不锈钢内胆，12小时保温，三色可选。"));
    if (!nearly)
        return nearly.failure();
    at.set(now.addSecs(-40 * 3600));
    if (Status s = approved(*nearly); !s)
        return s.failure();
    // Waiting for the department head and the general manager: it quotes a supplier's figures.
    at.set(now.addSecs(-3 * 3600));
    if (auto waiting = asked(publication(WebPublicationKind::News, "年度销售数据公布",
                                         "引用供应商提供的年度数据，含未公开的渠道份额。", true));
        !waiting)
        return waiting.failure();
    // The yearly home page review, proposed this week.
    at.set(now.addDays(-2));
    if (auto home = asked(publication(WebPublicationKind::HomePageReview, "2027 年首页改版",
                                      "首屏换为年货专题，导航精简为五项，移动端优先。"));
        !home)
        return home.failure();

    SecurityIncidents log(db, at);
    SecurityIncident outage;
    outage.kind = IncidentKind::Outage;
    outage.happenedAt = now.addDays(-30);
    outage.whatHappened = QStringLiteral("官网服务器宕机约40分钟，商城页面无法打开。");
    outage.reportedAt = outage.happenedAt.addSecs(15 * 60);
    outage.reportedBy = QStringLiteral("网站编辑");
    outage.partnerContact = QStringLiteral("合作公司运维值班");
    outage.resolution = QStringLiteral("机房电源故障，切换备用线路后恢复。");
    outage.resolvedAt = outage.happenedAt.addSecs(40 * 60);
    at.set(now.addDays(-29));
    if (auto id = log.record(*editor, outage); !id)
        return id.failure();
    SecurityIncident intrusion;
    intrusion.kind = IncidentKind::Intrusion;
    intrusion.happenedAt = now.addSecs(-5 * 3600);
    intrusion.whatHappened = QStringLiteral("网站后台出现多次陌生IP登录失败。");
    at.set(now.addSecs(-4 * 3600));
    if (auto id = log.record(*editor, intrusion); !id)
        return id.failure();
    summary.incidents = 2;
    return summary;
}

} // namespace shopdesk::WebDemo
