// Customer service on a database (issue 18, RULES CS-01..04): the supervisor's roster and who
// covers now, feedback linked to an order by its number, a bad-customer flag from proposal to the
// later orders it shows on, and the month's counts per agent.
#include "CustomerFlags.h"
#include "CustomerServiceRoster.h"
#include "FeedbackBook.h"
#include "OrderBook.h"
#include "ServiceMonthReport.h"
#include "ShopFixture.h"

using namespace shopdesk;
using namespace shopdesk::test;

namespace {
// The service side of the shop company: the assistant and the planner are agents, the editor the
// service supervisor.
struct ServiceDesk
{
    ShopCompany s;
    Actor agent, agent2, supervisor;

    ServiceDesk()
    {
        agent = s.assistant;
        agent2 = s.planner;
        supervisor = s.editor;
        supervisor.roles = {Role::ServiceSupervisor};
    }
    CustomerServiceRoster roster() { return CustomerServiceRoster(s.db(), s.clock()); }
    FeedbackBook feedback() { return FeedbackBook(s.db(), s.clock()); }
    CustomerFlags flags() { return CustomerFlags(s.db(), s.clock()); }
    qint64 employeeOf(const Actor &a) { return a.employeeId; }
    ServicePools pools()
    {
        ServicePools p;
        p.chatAgents = {agent.employeeId, agent2.employeeId};
        p.weekendStaff = {s.pm.employeeId, agent.employeeId, agent2.employeeId};
        p.dutyManagers = {s.org.salesHeadEmployee, s.org.officeHeadEmployee};
        return p;
    }
    qint64 order(const QString &number, const QDateTime &createdAt,
                 const QString &customer = QStringLiteral("tb_50871"))
    {
        Order o;
        o.channel = QStringLiteral("taobao");
        o.number = number;
        o.customer = customer;
        o.contactName = QStringLiteral("陈小姐");
        o.phone = QStringLiteral("189-2112-5280");
        o.address = QStringLiteral("广东省 深圳市 南山区 科技园");
        o.lines = {{QStringLiteral("MUG-01"), QStringLiteral("青花瓷马克杯"), 1, 3900, 0}};
        o.goodsMinor = 3900;
        o.totalMinor = 3900;
        o.createdAt = createdAt;
        auto id = OrderBook(s.db(), s.clock()).record(agent, o);
        return id ? *id : 0;
    }
    int audited(const char *action)
    {
        QSqlQuery q = s.db().query();
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(QString::fromLatin1(action));
        q.exec();
        return q.next() ? q.value(0).toInt() : -1;
    }
};
} // namespace

class CustomerServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void cs01_theSupervisorGeneratesTheRestOfTheMonthAndAdjustsADay()
    {
        ServiceDesk d; // 2026-03-02 09:00 in China, a Monday
        QVERIFY(!d.roster().setPools(d.agent, d.pools())); // an agent does not keep the roster
        QVERIFY(d.roster().setPools(d.supervisor, d.pools()));
        QCOMPARE(d.roster().pools(d.agent)->weekendStaff.size(), 3);
        auto filled = d.roster().generate(d.supervisor, QDate(2026, 3, 1));
        QVERIFY2(filled, qPrintable(filled.error()));
        QCOMPARE(*filled, 30); // 2 to 31 March; the 1st is past
        const QList<RosterDay> month = *d.roster().month(d.agent, QDate(2026, 3, 15));
        QCOMPARE(month.size(), 31);
        QCOMPARE(month[0].chat, 0);
        QVERIFY(month[6].restDay); // Saturday 7 March
        QVERIFY(d.pools().weekendStaff.contains(month[6].chat));
        QVERIFY(d.pools().chatAgents.contains(month[1].chat));
        QVERIFY(!month[1].chatName.isEmpty());
        // Adjusted: the 3rd's chat is the other agent now.
        const qint64 other = month[2].chat == d.agent.employeeId ? d.agent2.employeeId : d.agent.employeeId;
        QVERIFY(d.roster().assign(d.supervisor, QDate(2026, 3, 3), ServiceDuty::Chat, other));
        QCOMPARE(d.roster().month(d.agent, QDate(2026, 3, 1))->at(2).chat, other);
        QVERIFY(!d.roster().assign(d.agent, QDate(2026, 3, 3), ServiceDuty::Chat, other));
        QCOMPARE(d.audited("shop.service.roster"), 1);
        QCOMPARE(d.audited("shop.service.assign"), 1);
        // Generated again later in the month, the days before stay as they were.
        d.s.clock().advanceSeconds(10 * 86400);
        QCOMPARE(*d.roster().generate(d.supervisor, QDate(2026, 3, 1)), 20);
        QCOMPARE(d.roster().month(d.agent, QDate(2026, 3, 1))->at(2).chat, other);
        // A month that is over is refused.
        QVERIFY(!d.roster().generate(d.supervisor, QDate(2026, 2, 1)));
    }

    void cs01_whoCoversNowFollowsTheChatHoursSetting()
    {
        ServiceDesk d;
        QVERIFY(d.roster().setPools(d.supervisor, d.pools()));
        QVERIFY(d.roster().generate(d.supervisor, QDate(2026, 3, 1)));
        const RosterDay today = d.roster().month(d.agent, QDate(2026, 3, 1))->at(1);
        auto now = d.roster().coverNow(); // 09:00 in China
        QVERIFY(now && *now);
        QCOMPARE((*now)->duty, ServiceDuty::Chat);
        QCOMPARE((*now)->employeeId, today.chat);
        d.s.clock().advanceSeconds(9 * 3600 + 10 * 60); // 18:10
        QCOMPARE((**d.roster().coverNow()).employeeId, today.hotline);
        QCOMPARE((**d.roster().coverNow()).duty, ServiceDuty::Hotline);
        // Chat until 19:00 from now on: at 18:10 it is chat again.
        QVERIFY(!d.roster().setHours(d.supervisor, {QTime(19, 0), QTime(9, 0)}));
        QVERIFY(d.roster().setHours(d.supervisor, {QTime(9, 0), QTime(19, 0)}));
        QCOMPARE(d.roster().hours().to, QTime(19, 0));
        QCOMPARE((**d.roster().coverNow()).duty, ServiceDuty::Chat);
        // Before the chat opens on the 2nd, last night's hotline: the 1st has nobody (not generated).
        d.s.clock().set(QDateTime(QDate(2026, 3, 2), QTime(0, 30), Qt::UTC)); // 08:30 in China
        QVERIFY(!*d.roster().coverNow());
    }

    void cs01_theRosterPrintsAMonthOnA4()
    {
        ServiceDesk d;
        QVERIFY(d.roster().setPools(d.supervisor, d.pools()));
        QVERIFY(d.roster().generate(d.supervisor, QDate(2026, 3, 1)));
        const Report r = *d.roster().report(d.agent, QDate(2026, 3, 1));
        QVERIFY(!r.landscape);
        QCOMPARE(r.tables.first().rows.size(), 31);
        QVERIFY(r.subtitle.contains(QStringLiteral("08:50-18:10")));
        QCOMPARE(r.tables.first().rows[1][0], QStringLiteral("2026-03-02"));
        QVERIFY(!r.tables.first().rows[1][2].isEmpty());
        QVERIFY(r.tables.first().rows[0][2].isEmpty()); // the 1st was not generated
    }

    void cs02_feedbackIsLinkedToTheOrderByItsNumber()
    {
        ServiceDesk d;
        const qint64 order = d.order(QStringLiteral("3712345678900000001"), d.s.clock().nowUtc().addSecs(-3600));
        QVERIFY(order);
        Feedback f;
        f.kind = FeedbackKind::Complaint;
        f.text = QStringLiteral("杯子有裂纹，要求换货");
        auto id = d.feedback().record(d.agent, f, QStringLiteral(" 3712345678900000001 "));
        QVERIFY2(id, qPrintable(id.error()));
        const Feedback stored = d.feedback().between(d.agent, QDate(2026, 3, 2), QDate(2026, 3, 2))->first();
        QCOMPARE(stored.orderId, order);
        QCOMPARE(stored.orderNumber, QStringLiteral("3712345678900000001"));
        QCOMPARE(stored.customer, QStringLiteral("tb_50871")); // from the order
        QCOMPARE(stored.agent, QStringLiteral("assistant"));
        QVERIFY(!d.feedback().record(d.agent, f, QStringLiteral("999"))); // no such order
        QVERIFY(!d.feedback().setOutcome(d.agent, *id, QString(), true)); // resolved, but how?
        QVERIFY(d.feedback().setOutcome(d.agent, *id, QStringLiteral("补发新杯，顺丰单号 SF123"), true));
        QVERIFY(d.feedback().between(d.agent, QDate(2026, 3, 2), QDate(2026, 3, 2))->first().resolved);
        QVERIFY(!d.feedback().record(d.s.org.lone, f)); // a reader records nothing
        QCOMPARE(d.audited("shop.feedback.record"), 1);
        QCOMPARE(d.audited("shop.feedback.outcome"), 1);
    }

    void cs03_aFlagConfirmedByTheSupervisorShowsOnLaterOrders()
    {
        ServiceDesk d;
        FixedClock &clock = d.s.clock();
        const qint64 before = d.order(QStringLiteral("3712345678900000002"), clock.nowUtc().addSecs(-60));
        CustomerFlag f;
        f.customer = QStringLiteral("tb_50871");
        f.phone = QStringLiteral("18921125280");
        f.orderId = before;
        f.evidence = QStringLiteral("三次签收后以“未收到”申请退款，快递有签收照片");
        const qint64 id = *d.flags().propose(d.agent, f);
        QCOMPARE(d.flags().flags(d.agent)->first().state, FlagState::Proposed);
        QVERIFY(!d.flags().decide(d.agent2, id, true, {})); // an agent does not confirm
        QVERIFY(!d.flags().decide(d.supervisor, id, false, {})); // rejecting needs a reason
        clock.advanceSeconds(3600);
        QVERIFY(d.flags().decide(d.supervisor, id, true, QStringLiteral("证据属实")));
        QVERIFY(!d.flags().decide(d.supervisor, id, false, QStringLiteral("改主意"))); // decided once
        const QDateTime confirmed = clock.nowUtc();
        // The order placed before the confirmation does not carry it; a later one, by phone, does.
        QVERIFY(
            d.flags()
                .onOrder(d.agent, QStringLiteral("tb_50871"), QStringLiteral("18921125280"), confirmed.addSecs(-3600))
                ->isEmpty());
        auto later = d.flags().onOrder(d.agent, QStringLiteral("another_account"), QStringLiteral("189 2112 5280"),
                                       confirmed.addSecs(600));
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().decidedBy, QStringLiteral("editor"));
        QVERIFY(d.flags()
                    .onOrder(d.agent, QStringLiteral("tb_other"), QStringLiteral("13900000000"), confirmed)
                    ->isEmpty());
        // The supervisor does not decide their own proposal.
        CustomerFlag own = f;
        own.orderId = 0;
        const qint64 theirs = *d.flags().propose(d.supervisor, own);
        QVERIFY(!d.flags().decide(d.supervisor, theirs, true, {}));
        QCOMPARE(d.audited("shop.flag.decide"), 1);
    }

    void cs04_theMonthCountsContactsInTimeAndLateFeedbackAndFlagsPerAgent()
    {
        ServiceDesk d;
        FixedClock &clock = d.s.clock();
        OrderBook book(d.s.db(), clock);
        const qint64 a = d.order(QStringLiteral("3712345678900000003"), clock.nowUtc());
        const qint64 b = d.order(QStringLiteral("3712345678900000004"), clock.nowUtc());
        QVERIFY(book.happen(d.agent, a, OrderEventKind::Accepted));
        QVERIFY(book.happen(d.agent, b, OrderEventKind::Accepted));
        clock.advanceSeconds(600); // exactly ten minutes: in time
        QVERIFY(book.happen(d.agent, a, OrderEventKind::Contacted));
        clock.advanceSeconds(1); // one second more: late
        QVERIFY(book.happen(d.agent2, b, OrderEventKind::Contacted));
        Feedback f;
        f.kind = FeedbackKind::Complaint;
        f.phone = QStringLiteral("18921125280");
        f.text = QStringLiteral("发货慢");
        f.outcome = QStringLiteral("道歉并送优惠券");
        f.resolved = true;
        QVERIFY(d.feedback().record(d.agent2, f));
        f.kind = FeedbackKind::Praise;
        f.resolved = false;
        QVERIFY(d.feedback().record(d.agent2, f));
        const Report r = *ServiceMonthReport(d.s.db(), clock).build(d.agent, QDate(2026, 3, 20));
        const QList<QStringList> rows = r.tables.first().rows;
        QCOMPARE(rows.size(), 3); // two agents and the total
        const auto row = [&](const QString &agent) {
            for (const QStringList &line : rows)
                if (line.first() == agent)
                    return line;
            return QStringList();
        };
        QCOMPARE(row(QStringLiteral("assistant")).mid(1, 3),
                 (QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("100.0")}));
        QCOMPARE(row(QStringLiteral("planner")).mid(1, 7),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0.0"), QStringLiteral("2"),
                              QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0")}));
        QCOMPARE(rows.last().mid(1, 2), (QStringList{QStringLiteral("1"), QStringLiteral("1")}));
        // Another month has none of it.
        const Report april = *ServiceMonthReport(d.s.db(), clock).build(d.agent, QDate(2026, 4, 1));
        QCOMPARE(april.tables.first().rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(CustomerServiceTest)
#include "CustomerServiceTest.moc"
