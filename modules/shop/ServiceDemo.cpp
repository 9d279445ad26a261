#include "ServiceDemo.h"

#include "CustomerFlags.h"
#include "CustomerServiceRoster.h"
#include "FeedbackBook.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"
#include "domain/ShopTime.h"
#include "organisation/data/OrgRepository.h"

#include <QRandomGenerator>

#include <iterator>

namespace shopdesk::ServiceDemo {

Result<Summary> create(Database &db, const Clock &clock)
{
    Summary summary;
    auto ops = DemoCompany::actorNamed(db, clock, QStringLiteral("ops"));
    auto planner = DemoCompany::actorNamed(db, clock, QStringLiteral("planner"));
    if (!ops || !planner)
        return !ops ? ops.failure() : planner.failure();
    if (ops->userId == 0 || planner->userId == 0)
        return summary;
    OrgRepository org(db);
    auto people = org.employees();
    auto head = org.employee(ops->employeeId);
    if (!people || !head)
        return !people ? people.failure() : head.failure();
    QList<qint64> shop, others;
    for (const EmployeeSummary &e : std::as_const(*people))
        (e.departmentId == head->departmentId && e.id != head->id ? shop : others).append(e.id);
    if (shop.size() < 3)
        return summary;
    // The service supervisor: one of the department's people, signing in as `service`.
    const DemoUser supervisorUser{
        QStringLiteral("service"), QStringLiteral("客服主管"), QStringLiteral("Shop2026"), shop.last(), Level::Clerk,
        {Role::ServiceSupervisor}, {QStringLiteral("shop")}};
    Status added = db.write([&]() -> Status {
        auto id = DemoCompany::addUser(db, supervisorUser, clock.nowUtc());
        return id ? success() : id.failure();
    });
    if (!added)
        return added.failure();
    auto supervisor = DemoCompany::actorNamed(db, clock, supervisorUser.name);
    if (!supervisor)
        return supervisor.failure();
    summary.login = QStringLiteral("service / Shop2026");

    // RULE CS-01: the department's people take the chat; the weekend rotation adds two of the back
    // office; the department head and the general manager's office hold the hotline.
    ServicePools pools;
    pools.chatAgents = shop.mid(0, qMin<int>(3, int(shop.size())));
    pools.weekendStaff = shop;
    for (qint64 id : others.mid(0, 2))
        pools.weekendStaff.append(id);
    pools.dutyManagers = {head->id};
    if (head->supervisorId)
        pools.dutyManagers.append(head->supervisorId);
    if (!others.isEmpty() && !pools.dutyManagers.contains(others.first()))
        pools.dutyManagers.append(others.first());
    CustomerServiceRoster roster(db, clock);
    if (Status s = roster.setPools(*supervisor, pools); !s)
        return s.failure();
    // A year of rosters, this month's included, each generated as on its 1st.
    const QDate today = ShopTime::dayOf(clock.nowUtc());
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 11; back >= 0; --back) {
        const QDate month = thisMonth.addMonths(-back);
        FixedClock monthStart(ShopTime::dayStart(month).addSecs(8 * 3600));
        auto days = CustomerServiceRoster(db, monthStart).generate(*supervisor, month);
        if (!days)
            return days.failure();
        summary.rosterDays += *days;
    }

    // RULE CS-02: a fortnight of calls and chats, some about orders.
    struct Said
    {
        int daysAgo;
        const char *channel;
        FeedbackKind kind;
        const char *customer, *phone, *text, *outcome;
        bool resolved;
    };
    const Said said[] = {
        {13, "phone", FeedbackKind::Question, "tb_清风徐来", "13812345678", "问保温杯能否装碳酸饮料", "已说明不建议",
         true},
        {11, "chat", FeedbackKind::Complaint, "jd_阿明", "13998765432", "杯盖有划痕", "补发新杯盖", true},
        {9, "phone", FeedbackKind::ReturnRequest, "tb_小鱼儿", "13711112222", "尺寸不合适要求退货",
         "同意七天无理由退货", true},
        {6, "review", FeedbackKind::Praise, "tb_晴天", "", "包装很用心，物流快", "", false},
        {4, "chat", FeedbackKind::Complaint, "tb_老王", "13655556666", "三天未发货", "", false},
        {2, "email", FeedbackKind::Question, "shopify_anna", "", "Can you ship to Hong Kong?", "已回复可发顺丰", true},
        {1, "phone", FeedbackKind::Complaint, "tb_小鱼儿", "13711112222", "退款还没到账", "已催财务，承诺两日内",
         false},
    };
    FixedClock at(clock.nowUtc());
    FeedbackBook book(db, at);
    for (const Said &s : said) {
        at.set(clock.nowUtc().addDays(-s.daysAgo));
        Feedback f;
        f.channel = QString::fromLatin1(s.channel);
        f.kind = s.kind;
        f.customer = QString::fromUtf8(s.customer);
        f.phone = QString::fromUtf8(s.phone);
        f.text = QString::fromUtf8(s.text);
        f.outcome = QString::fromUtf8(s.outcome);
        f.resolved = s.resolved;
        if (auto id = book.record(s.daysAgo % 2 ? *planner : *ops, f); !id)
            return id.failure();
        ++summary.feedback;
    }

    // The year before: the everyday calls, about one a working day.
    struct Everyday
    {
        const char *channel;
        FeedbackKind kind;
        const char *text, *outcome;
    };
    const Everyday everyday[] = {
        {"chat", FeedbackKind::Question, "什么时候发货", "已告知48小时内发出"},
        {"phone", FeedbackKind::Question, "能否开增值税专用发票", "已说明可开，请提供税号"},
        {"chat", FeedbackKind::Complaint, "物流三天没有更新", "已联系快递，次日更新"},
        {"phone", FeedbackKind::ReturnRequest, "颜色与图片不符，要求换货", "同意换货，运费我方承担"},
        {"review", FeedbackKind::Praise, "做工好，客服耐心", ""},
        {"chat", FeedbackKind::Complaint, "少发了一个杯垫", "已补发"},
        {"email", FeedbackKind::Question, "是否支持批量定制刻字", "已转产品经理报价"},
    };
    const char *buyers[] = {"tb_晨光", "jd_李女士", "tb_木子", "shopify_tom", "tb_青青", "jd_老周", "tb_一米阳光"};
    QRandomGenerator rng(0x5e7c1ceu);
    for (int back = 365; back > 14; --back) {
        const QDate day = today.addDays(-back);
        if (day.dayOfWeek() >= 6 || rng.bounded(5) == 0)
            continue;
        const Everyday &e = everyday[rng.bounded(int(std::size(everyday)))];
        at.set(ShopTime::dayStart(day).addSecs((9 + rng.bounded(8)) * 3600 + rng.bounded(60) * 60));
        Feedback f;
        f.channel = QString::fromLatin1(e.channel);
        f.kind = e.kind;
        f.customer = QString::fromUtf8(buyers[rng.bounded(int(std::size(buyers)))]);
        f.text = QString::fromUtf8(e.text);
        f.outcome = QString::fromUtf8(e.outcome);
        f.resolved = !f.outcome.isEmpty() && rng.bounded(10) > 0;
        if (auto id = book.record(rng.bounded(2) ? *planner : *ops, f); !id)
            return id.failure();
        ++summary.feedback;
    }

    // RULE CS-03: one confirmed, one waiting for the supervisor.
    CustomerFlags flags(db, at);
    CustomerFlag refunds;
    refunds.customer = QStringLiteral("tb_小鱼儿");
    refunds.phone = QStringLiteral("13711112222");
    refunds.evidence = QStringLiteral("半年内四次签收后申请“未收到货”退款，快递均有签收照片。");
    at.set(clock.nowUtc().addDays(-8));
    auto first = flags.propose(*planner, refunds);
    if (!first)
        return first.failure();
    at.set(clock.nowUtc().addDays(-7));
    if (Status s = flags.decide(*supervisor, *first, true, QStringLiteral("证据属实，今后订单先确认再发货")); !s)
        return s.failure();
    CustomerFlag abuse;
    abuse.customer = QStringLiteral("tb_老王");
    abuse.phone = QStringLiteral("13655556666");
    abuse.evidence = QStringLiteral("电话中辱骂客服，要求差价补偿。");
    at.set(clock.nowUtc().addDays(-1));
    if (auto second = flags.propose(*ops, abuse); !second)
        return second.failure();
    summary.flags = 2;
    return summary;
}

} // namespace shopdesk::ServiceDemo
