// Customer service's rules without a database (issue 18): a fair roster month and who covers at
// each moment (CS-01), what feedback needs (CS-02), when a bad-customer flag shows (CS-03).
#include "domain/CustomerFeedback.h"
#include "domain/CustomerFlag.h"
#include "domain/ServiceRoster.h"

#include <QTest>

#include <algorithm>

using namespace shopdesk;

namespace {
// The days of `month` with rest days as a plain week would have them, but for `holidays`.
QList<RosterDay> daysOf(const QDate &month, const QList<QDate> &holidays = {}, const QList<QDate> &makeUp = {})
{
    QList<RosterDay> days;
    for (QDate d = month; d.month() == month.month(); d = d.addDays(1)) {
        RosterDay r;
        r.day = d;
        r.restDay = (d.dayOfWeek() >= 6 || holidays.contains(d)) && !makeUp.contains(d);
        days.append(r);
    }
    return days;
}

ServicePools office()
{
    ServicePools p;
    p.chatAgents = {11, 12, 13};
    p.weekendStaff = {21, 22, 23, 24};
    p.dutyManagers = {31, 32, 11}; // agent 11 is also a duty manager
    return p;
}

// Max minus min of the people's counts, everyone in `pool` counted (0 for nobody assigned).
int spread(const QList<qint64> &pool, const QHash<qint64, int> &counts)
{
    QList<int> values;
    for (qint64 id : pool)
        values << counts.value(id);
    return *std::max_element(values.begin(), values.end()) - *std::min_element(values.begin(), values.end());
}

RosterDay named(const QDate &day, qint64 chat, const char *chatName, qint64 hotline, const char *hotlineName)
{
    RosterDay d;
    d.day = day;
    d.chat = chat;
    d.chatName = QString::fromUtf8(chatName);
    d.hotline = hotline;
    d.hotlineName = QString::fromUtf8(hotlineName);
    return d;
}
} // namespace

class ServiceRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void cs01_aMonthIsFairInEveryPool()
    {
        // October 2026: the National Day week (1-7) off, Saturday 10 a make-up working day.
        QList<QDate> holidays;
        for (int d = 1; d <= 7; ++d)
            holidays << QDate(2026, 10, d);
        const QList<RosterDay> days = daysOf(QDate(2026, 10, 1), holidays, {QDate(2026, 10, 10)});
        const QList<RosterDay> roster = ServiceRosterRules::generate(days, office(), {}, 0);
        QCOMPARE(roster.size(), 31);
        QHash<qint64, int> workday, rest, hotline;
        for (const RosterDay &d : roster) {
            const ServicePools p = office();
            QVERIFY((d.restDay ? p.weekendStaff : p.chatAgents).contains(d.chat));
            QVERIFY(p.dutyManagers.contains(d.hotline));
            // The day's chat person holds its hotline too only when every other manager has had
            // more evenings so far.
            if (d.chat == d.hotline)
                for (qint64 other : p.dutyManagers)
                    QVERIFY2(other == d.hotline || hotline.value(other) > hotline.value(d.hotline),
                             qPrintable(d.day.toString(Qt::ISODate)));
            ++(d.restDay ? rest : workday)[d.chat];
            ++hotline[d.hotline];
        }
        // The holidays are rest days; the make-up Saturday is a working day.
        QVERIFY(roster[2].restDay);
        QVERIFY(!roster[9].restDay);
        QCOMPARE(roster[9].day, QDate(2026, 10, 10));
        QVERIFY(office().chatAgents.contains(roster[9].chat));
        QVERIFY(spread(office().chatAgents, workday) <= 1);
        QVERIFY(spread(office().weekendStaff, rest) <= 1);
        QVERIFY(spread(office().dutyManagers, hotline) <= 1);
        int restDays = 0;
        for (const RosterDay &d : roster)
            restDays += d.restDay ? 1 : 0;
        QCOMPARE(restDays, 7 + 6); // the week off and six weekend days (3, 4 fall in it; 10 is worked)
    }

    void cs01_theKeptDaysCountSoTheRestOfTheMonthEvensOut()
    {
        // The first half was worked by agent 11 alone (the others were away); now all three are back.
        ServiceRosterRules::Counts kept;
        kept.workdayChat[11] = 9;
        const QList<RosterDay> rest = daysOf(QDate(2026, 11, 16));
        const QList<RosterDay> roster = ServiceRosterRules::generate(rest, office(), kept, 0);
        QHash<qint64, int> workday;
        for (const RosterDay &d : roster)
            if (!d.restDay)
                ++workday[d.chat];
        // 11 working days left: 12 and 13 take them, as far as they must to catch up.
        QCOMPARE(workday.value(11), 0);
        QVERIFY(qAbs(workday.value(12) - workday.value(13)) <= 1);
    }

    void cs01_theMonthShiftChangesWhoStarts()
    {
        const QList<RosterDay> days = daysOf(QDate(2026, 12, 1));
        const qint64 first = ServiceRosterRules::generate(days, office(), {}, 0).first().chat;
        const qint64 next = ServiceRosterRules::generate(days, office(), {}, 1).first().chat;
        QVERIFY(first != next);
    }

    void cs01_anEmptyPoolMakesNoRoster()
    {
        ServicePools p = office();
        p.weekendStaff.clear();
        QVERIFY(ServiceRosterRules::poolsProblem(p).contains(QStringLiteral("CS-01")));
        QVERIFY(ServiceRosterRules::generate(daysOf(QDate(2026, 12, 1)), p, {}, 0).isEmpty());
    }

    void cs01_whoCoversChangesAt0850And1810()
    {
        const ChatHours hours; // 08:50 to 18:10
        const QDate day(2026, 12, 3);
        const RosterDay today = named(day, 12, "客服小王", 31, "值班经理张");
        const RosterDay yesterday = named(day.addDays(-1), 13, "客服小李", 32, "值班经理刘");
        const auto at = [&](int h, int m) {
            return ServiceRosterRules::coverAt(QDateTime(day, QTime(h, m), Qt::UTC), hours, today, yesterday);
        };
        QCOMPARE(at(8, 49)->name, QStringLiteral("值班经理刘")); // last night's hotline
        QCOMPARE(at(8, 49)->duty, ServiceDuty::Hotline);
        QCOMPARE(at(8, 49)->until, QDateTime(day, QTime(8, 50), Qt::UTC));
        QCOMPARE(at(8, 50)->name, QStringLiteral("客服小王"));
        QCOMPARE(at(8, 50)->duty, ServiceDuty::Chat);
        QCOMPARE(at(18, 9)->until, QDateTime(day, QTime(18, 10), Qt::UTC));
        QCOMPARE(at(18, 10)->name, QStringLiteral("值班经理张")); // tonight's hotline
        QCOMPARE(at(23, 59)->until, QDateTime(day.addDays(1), QTime(8, 50), Qt::UTC));
        QVERIFY(!ServiceRosterRules::coverAt(QDateTime(day, QTime(12, 0), Qt::UTC), hours, RosterDay{}, yesterday));
    }

    void cs02_feedbackNeedsTheWordsTheCustomerAndAnOutcomeWhenResolved()
    {
        Feedback f;
        f.kind = FeedbackKind::Complaint;
        f.text = QStringLiteral("收到的杯子有裂纹");
        QVERIFY(FeedbackRules::problem(f).contains(QStringLiteral("CS-02"))); // linked to nobody
        f.phone = QStringLiteral("13800138000");
        QCOMPARE(FeedbackRules::problem(f), QString());
        f.resolved = true;
        QVERIFY(!FeedbackRules::problem(f).isEmpty());
        f.outcome = QStringLiteral("补发新杯");
        QCOMPARE(FeedbackRules::problem(f), QString());
        f.channel = QStringLiteral("fax");
        QVERIFY(!FeedbackRules::problem(f).isEmpty());
        f.channel = QStringLiteral("phone");
        f.text = QStringLiteral("  ");
        QVERIFY(!FeedbackRules::problem(f).isEmpty());
    }

    void cs03_aConfirmedFlagShowsOnTheCustomersLaterOrdersOnly()
    {
        CustomerFlag f;
        f.customer = QStringLiteral("tb_买家001");
        f.phone = QStringLiteral("138-0013-8000");
        f.evidence = QStringLiteral("三次签收后恶意退款");
        QCOMPARE(CustomerFlagRules::problem(f), QString());
        const QDateTime confirmed(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
        const QDateTime later = confirmed.addSecs(60), earlier = confirmed.addSecs(-60);
        QVERIFY(!CustomerFlagRules::showsOn(f, f.customer, QString(), later)); // still proposed
        f.state = FlagState::Confirmed;
        f.decidedAt = confirmed;
        QVERIFY(CustomerFlagRules::showsOn(f, QStringLiteral("tb_买家001"), QString(), later));
        QVERIFY(CustomerFlagRules::showsOn(f, QStringLiteral("另一个账号"), QStringLiteral("13800138000"), later));
        QVERIFY(CustomerFlagRules::showsOn(f, QString(), QStringLiteral("+86 138 0013 8000").mid(4), confirmed));
        QVERIFY(!CustomerFlagRules::showsOn(f, QStringLiteral("tb_买家001"), QString(), earlier));
        QVERIFY(!CustomerFlagRules::showsOn(f, QStringLiteral("tb_买家002"), QStringLiteral("13900000000"), later));
        f.state = FlagState::Rejected;
        QVERIFY(!CustomerFlagRules::showsOn(f, QStringLiteral("tb_买家001"), QString(), later));
        CustomerFlag nobody;
        nobody.evidence = QStringLiteral("x");
        nobody.phone = QStringLiteral("--");
        QVERIFY(!CustomerFlagRules::problem(nobody).isEmpty());
        QCOMPARE(CustomerFlagRules::phoneKey(QStringLiteral("138-0013 8000")), QStringLiteral("13800138000"));
    }
};

QTEST_GUILESS_MAIN(ServiceRulesTest)
#include "ServiceRulesTest.moc"
