#include "OrderDemo.h"

#include "OrderBook.h"
#include "common/Clock.h"
#include "data/OrderRepository.h"
#include "data/ProductRepository.h"
#include "database/data/Database.h"
#include "domain/ShopTime.h"

#include <QRandomGenerator>

namespace shopdesk {

namespace {
const char *const kNames[] = {"陈静", "王磊", "李娜", "张伟", "刘洋", "杨帆", "赵敏", "黄丽", "周杰", "吴芳",
                              "徐强", "孙悦", "马超", "朱琳", "胡军", "郭婷", "何平", "林晨", "高峰", "罗欣"};
const char *const kPlaces[] = {"广东省 深圳市 南山区 科技园南路 18 号", "上海市 浦东新区 张江路 665 弄 3 号",
                               "北京市 朝阳区 望京街 9 号 2 单元",      "浙江省 杭州市 西湖区 文三路 90 号",
                               "江苏省 南京市 鼓楼区 中山北路 28 号",   "四川省 成都市 武侯区 人民南路四段 12 号",
                               "湖北省 武汉市 洪山区 珞喻路 1037 号",   "福建省 厦门市 思明区 湖滨南路 57 号"};
const char *const kRemarks[] = {"请用礼盒包装，附贺卡", "周末送货，工作日无人", "易碎品，多加气泡膜",
                                "发顺丰，运费已补", "不要放发票在箱内"};

struct Channel
{
    const char *key;
    const char *currency;
    int percent;
};
// Where the shop's orders come from, and in what money.
const Channel kChannels[] = {{"taobao", "CNY", 60}, {"jd", "CNY", 15}, {"web", "CNY", 15}, {"shopify", "USD", 10}};

struct Sku
{
    QString code, title;
    qint64 priceFen;
};

QString numberOf(const Channel &c, int n, const QDate &day)
{
    const QString key = QString::fromLatin1(c.key);
    if (key == u"taobao")
        return QStringLiteral("37%1%2").arg(day.toString(QStringLiteral("yyMMdd"))).arg(n, 11, 10, QLatin1Char('0'));
    if (key == u"jd")
        return QStringLiteral("28%1").arg(n + 400000000LL, 10, 10, QLatin1Char('0'));
    if (key == u"web")
        return QStringLiteral("W%1-%2").arg(day.toString(QStringLiteral("yyyyMMdd"))).arg(n, 7, 10, QLatin1Char('0'));
    return QString::number(1001 + n);
}

// The event that follows `state` on the way to delivery, and the text it carries.
OrderEventKind nextStep(OrderState state)
{
    switch (state) {
    case OrderState::New: return OrderEventKind::Accepted;
    case OrderState::Accepted: return OrderEventKind::Contacted;
    case OrderState::Contacted: return OrderEventKind::Confirmed;
    case OrderState::Confirmed: return OrderEventKind::HandedOver;
    case OrderState::HandedOver: return OrderEventKind::Packed;
    case OrderState::Packed: return OrderEventKind::Shipped;
    default: return OrderEventKind::Delivered;
    }
}
} // namespace

Result<int> OrderDemo::create(Database &db, const Clock &clock, quint32 seed, int orderCount, int linesPerOrder)
{
    const int wanted = orderCount > 0 ? orderCount : kDefaultOrders;
    ProductQuery onSale;
    onSale.status = ProductStatus::Listed;
    auto products = ProductRepository(db).all(onSale);
    if (!products)
        return products.failure();
    QList<Sku> skus;
    for (const Product &p : std::as_const(*products))
        skus.append({p.code, p.title, p.priceFen});
    if (skus.isEmpty())
        return 0; // no shop to order from
    // The shop's assistant (the department's head in a company without one) records them.
    QSqlQuery who = db.query();
    if (Status s = Database::execPrepared(
            who,
            QStringLiteral("SELECT id FROM users WHERE username IN ('ops', 'admin') ORDER BY username DESC LIMIT 1"),
            {});
        !s)
        return s.failure();
    const qint64 userId = who.next() ? who.value(0).toLongLong() : 1;
    const Actor recorder{userId, QStringLiteral("ops"), Level::Clerk};

    const QDateTime now = clock.nowUtc();
    QRandomGenerator rng(seed ^ 0x0D3Eu);
    constexpr int kChunk = 20'000;
    constexpr int kOrdersARecord = 1000;
    int written = 0;
    for (int from = 0; from < wanted; from += kChunk) {
        const QRandomGenerator chunkRng = rng;
        Status chunk = db.write([&]() -> Status {
            rng = chunkRng; // a write that starts again makes the same orders
            OrderRepository repo(db);
            QList<Order> recorded;
            for (int n = from; n < qMin(wanted, from + kChunk); ++n) {
                // Spread over the year to now, the newest a few minutes old: the three newest not yet
                // taken on, the next three accepted 15, 7 and 2 minutes ago (ORD-02: one overdue).
                const int age = wanted - 1 - n; // 0: the newest
                const qint64 acceptedAgo = age == 3 ? 15 * 60 : age == 4 ? 7 * 60 : 2 * 60;
                const qint64 secondsAgo = age < 3 ? (age + 1) * 180
                    : age < 6                     ? acceptedAgo + 120
                                                  : qint64(wanted - 1 - n) * 365 * 86400 / wanted + 90;
                Order o;
                int roll = int(rng.bounded(100u));
                const Channel *channel = &kChannels[0];
                for (const Channel &c : kChannels) {
                    if (roll < c.percent) {
                        channel = &c;
                        break;
                    }
                    roll -= c.percent;
                }
                o.channel = QString::fromLatin1(channel->key);
                o.currency = QString::fromLatin1(channel->currency);
                o.createdAt = now.addSecs(-secondsAgo);
                o.number = numberOf(*channel, n, ShopTime::dayOf(o.createdAt));
                const int person = int(rng.bounded(quint32(std::size(kNames))));
                o.contactName = QString::fromUtf8(kNames[person]);
                o.customer = o.channel == u"shopify"
                    ? QStringLiteral("buyer%1@example.com").arg(n)
                    : QStringLiteral("%1_%2").arg(o.channel).arg(rng.bounded(90000u) + 10000);
                o.phone = QStringLiteral("1%1%2")
                              .arg(3 + rng.bounded(7u))
                              .arg(rng.bounded(1000000000u), 9, 10, QLatin1Char('0'));
                o.address = QString::fromUtf8(kPlaces[rng.bounded(quint32(std::size(kPlaces)))]);
                const int lines =
                    linesPerOrder > 0 ? linesPerOrder : 1 + int(rng.bounded(100u) < 30) + int(rng.bounded(100u) < 10);
                for (int l = 0; l < lines; ++l) {
                    const Sku &s = skus.at(int(rng.bounded(quint32(skus.size()))));
                    // A US dollar price is the yuan price at about seven to the dollar.
                    const qint64 price = o.currency == u"USD" ? qMax<qint64>(99, s.priceFen / 7) : s.priceFen;
                    o.lines.append({s.code, s.title, 1 + qint64(rng.bounded(100u) < 20), price, 0});
                }
                for (const OrderLine &l : std::as_const(o.lines))
                    o.goodsMinor += l.amountMinor();
                o.shippingMinor = o.goodsMinor >= 9900 ? 0 : (o.currency == u"USD" ? 500 : 1000);
                o.discountMinor = rng.bounded(100u) < 15 ? o.goodsMinor / 10 : 0;
                o.totalMinor = o.goodsMinor + o.shippingMinor - o.discountMinor;
                auto id = repo.add(o, userId, toStoredInstant(o.createdAt));
                if (!id)
                    return id.failure();
                o.id = *id;
                // RULE ORD-05: the audit record of the orders, which verify compares them with, a
                // thousand orders a record as an import writes them.
                recorded.append(o);
                if (recorded.size() == kOrdersARecord || n + 1 == qMin(wanted, from + kChunk)) {
                    if (Status s = OrderBook::auditRecorded(db, clock, recorder, recorded); !s)
                        return s;
                    recorded.clear();
                }

                // How far it got: the newest at every step (three waiting for the packing table), the rest as far as
                // the time since allowed (a step never lies ahead of now).
                const int steps = age < 3 ? 0 : age < 6 ? 1 : age < 8 ? 3 : age < 11 ? 4 : 7;
                const int outcome = int(rng.bounded(100u));
                QDateTime at = o.createdAt.addSecs(age < 6 ? 120 : 60 + rng.bounded(240u));
                auto event = [&](OrderEventKind kind, const QString &text, qint64 amount) -> Status {
                    QString why;
                    const auto next = OrderRules::after(o.state, kind, &why);
                    if (!next)
                        return fail(why);
                    if (auto e = repo.addEvent({0, o.id, kind, text, amount, {}, at}, userId); !e)
                        return e.failure();
                    o.state = *next;
                    if (kind == OrderEventKind::Accepted)
                        o.acceptedAt = at;
                    if (kind == OrderEventKind::Confirmed)
                        o.confirmedAt = at;
                    return success();
                };
                // The buyer's remark for the packing table, on every twentieth order and today's.
                if (rng.bounded(100u) < 5 || (age >= 3 && age < 11)) {
                    const QString remark = QString::fromUtf8(kRemarks[rng.bounded(quint32(std::size(kRemarks)))]);
                    if (Status s = event(OrderEventKind::Note, remark, 0); !s)
                        return s;
                }
                for (int step = 0; step < steps && at < now; ++step) {
                    if (outcome < 3 && step == 2) { // the customer changed their mind
                        if (Status s = event(OrderEventKind::Cancelled, QStringLiteral("客户取消：拍错了"), 0); !s)
                            return s;
                        break;
                    }
                    const OrderEventKind kind = nextStep(o.state);
                    const QString text = kind == OrderEventKind::Shipped
                        ? QStringLiteral("顺丰速运 SF%1").arg(rng.bounded(1000000000u) + 1000000000LL)
                        : QString();
                    if (Status s = event(kind, text, 0); !s)
                        return s;
                    at = at.addSecs(kind == OrderEventKind::Accepted        ? 180 + rng.bounded(300u)
                                        : kind == OrderEventKind::Confirmed ? 3600 + rng.bounded(36000u)
                                        : kind == OrderEventKind::Shipped   ? 2 * 86400
                                                                            : 1800);
                }
                if (o.state == OrderState::Delivered && outcome >= 3 && outcome < 5 && at < now) {
                    if (Status s = event(OrderEventKind::Refunded, QStringLiteral("破损补偿"), o.totalMinor / 5); !s)
                        return s;
                }
                if (Status s = repo.setProgress(o, OrderRules::deadline(o)); !s)
                    return s;
                ++written;
            }
            return success();
        });
        if (!chunk)
            return chunk.failure();
    }
    if (Status s = OrderRepository(db).refreshStatistics(); !s)
        return s.failure();
    return written;
}

} // namespace shopdesk
