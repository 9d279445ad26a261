#include "ShopDemo.h"

#include "Listings.h"
#include "PriceChanges.h"
#include "Promotions.h"
#include "ShopArea.h"
#include "approval/Approvals.h"
#include "common/Clock.h"
#include "data/ProductRepository.h"
#include "data/ProductRequestRepository.h"
#include "data/ProductStockRepository.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"
#include "domain/ShopTime.h"
#include "organisation/data/OrgRepository.h"

#include <QRandomGenerator>

namespace shopdesk {

namespace {
// The company's gifts and tea ware, each in its specifications; sold `perMonth` a SKU.
struct Article
{
    const char *title, *category;
    QList<const char *> specs;
    qint64 costFen, priceFen;
    int perMonth;
};

const Article kArticles[] = {
    {"青花瓷马克杯", "杯具", {"350ml 白", "350ml 蓝"}, 1500, 3900, 40},
    {"紫砂茶壶", "茶具", {"200ml", "300ml"}, 9800, 25800, 8},
    {"玻璃公道杯", "茶具", {"250ml"}, 1100, 2900, 25},
    {"竹制茶盘", "茶具", {"小号", "大号"}, 4200, 12800, 10},
    {"故宫文创书签", "文创", {"金属款", "木质款"}, 600, 1900, 60},
    {"手绘帆布袋", "文创", {"米白", "黑色"}, 1300, 3500, 30},
    {"坚果年货礼盒", "礼盒", {"1.2kg", "2kg"}, 6800, 16800, 15},
    {"中秋月饼礼盒", "礼盒", {"8枚装"}, 5200, 12800, 12},
    {"祁门红茶礼罐", "茶叶", {"100g", "250g"}, 3500, 8800, 20},
    {"西湖龙井", "茶叶", {"50g", "125g", "250g"}, 4800, 12800, 18},
    {"真空保温杯", "杯具", {"500ml 银", "500ml 黑", "500ml 粉"}, 3200, 8900, 25},
    {"真丝丝巾", "服饰", {"90cm 青", "90cm 红"}, 8800, 26800, 6},
    {"定制笔记本", "文具", {"A5", "B5"}, 900, 2800, 35},
    {"钢笔礼盒", "文具", {"黑色", "藏青"}, 4500, 12800, 8},
    {"香薰蜡烛", "家居", {"桂花", "檀香", "柚子"}, 1800, 4900, 22},
    {"陶瓷花瓶", "家居", {"小号", "中号"}, 5600, 15800, 6},
    {"苏绣团扇", "文创", {"花鸟"}, 3800, 9800, 9},
    {"生肖剪纸挂画", "文创", {"马年"}, 1200, 3600, 28},
    {"木纹蓝牙音箱", "数码", {"标准版"}, 9900, 19900, 7},
    {"铝合金手机支架", "数码", {"银色", "深空灰"}, 800, 2500, 30},
};

struct Sku
{
    Product product;
    int perMonth = 1;
};

// EAN-13 from the shop's 12-digit number: 692026 (China, the shop) and six digits.
QString ean13(int n)
{
    const QString digits = QStringLiteral("692026%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 11, weight = 3; i >= 0; --i, weight = 4 - weight)
        sum += digits.at(i).digitValue() * weight;
    return digits + QString::number((10 - sum % 10) % 10);
}

QList<Sku> skus(int count)
{
    QList<Sku> base;
    for (const Article &a : kArticles)
        for (const char *spec : a.specs) {
            Sku s;
            s.product.title = QString::fromUtf8(a.title);
            s.product.category = QString::fromUtf8(a.category);
            s.product.specification = QString::fromUtf8(spec);
            s.product.costFen = a.costFen;
            s.product.priceFen = a.priceFen;
            s.perMonth = a.perMonth;
            base.append(s);
        }
    QList<Sku> list;
    for (int n = 0; n < count; ++n) {
        Sku s = base.at(n % base.size());
        const int round = n / int(base.size());
        s.product.code = QStringLiteral("SD%1").arg(n + 1, 5, 10, QLatin1Char('0'));
        if (round > 0)
            s.product.title += QStringLiteral(" %1款").arg(round + 1);
        s.product.barcode = ean13(n + 1);
        s.product.lowStockAt = qMax(3, s.perMonth / 4);
        list.append(s);
    }
    return list;
}

// A day and an hour of the office (Beijing, UTC+8) as UTC.
QDateTime officeTime(const QDate &day, int hour)
{
    return ShopTime::dayStart(day).addSecs(hour * 3600);
}
} // namespace

Result<ShopDemoSummary> ShopDemo::create(Database &db, const Clock &clock, quint32 seed, int skuCount,
                                         int movementCount)
{
    ShopArea::define();
    ShopDemoSummary summary;
    OrgRepository org(db);
    auto departments = org.departments();
    auto employees = org.employees();
    if (!departments || !employees)
        return departments ? employees.failure() : departments.failure();
    const Department *shop = nullptr;
    for (const Department &d : *departments)
        if (d.name == QStringLiteral("电商运营部"))
            shop = &d;
    if (!shop || shop->headEmployeeId == 0)
        return summary; // a company without the demo's e-commerce department
    QList<qint64> staff;
    for (const EmployeeSummary &e : *employees)
        if (e.departmentId == shop->id && e.id != shop->headEmployeeId)
            staff.append(e.id);
    auto someone = [&](int i) { return staff.isEmpty() ? shop->headEmployeeId : staff.at(i % staff.size()); };

    // The department's people, each signing in with the shop scope and their role (PRD-01..03).
    const QSet<QString> scopes{QStringLiteral("shop"), QStringLiteral("export")};
    const QList<DemoUser> people{
        {QStringLiteral("ops"),
         QStringLiteral("运营经理"),
         QStringLiteral("Shop2026"),
         shop->headEmployeeId,
         Level::Clerk,
         {Role::DepartmentHead},
         scopes},
        {QStringLiteral("product"),
         QStringLiteral("产品经理"),
         QStringLiteral("Shop2026"),
         someone(0),
         Level::Clerk,
         {Role::ProductManager},
         scopes},
        {QStringLiteral("planner"),
         QStringLiteral("网站策划"),
         QStringLiteral("Shop2026"),
         someone(1),
         Level::Clerk,
         {Role::Planner},
         {QStringLiteral("shop")}},
        {QStringLiteral("editor"),
         QStringLiteral("网站编辑"),
         QStringLiteral("Shop2026"),
         someone(2),
         Level::Clerk,
         {Role::WebEditor},
         {QStringLiteral("shop")}},
    };
    QList<Actor> actors;
    Status added = db.write([&]() -> Status {
        actors.clear();
        for (const DemoUser &u : people) {
            auto id = DemoCompany::addUser(db, u, clock.nowUtc());
            if (!id)
                return id.failure();
            actors.append({*id, u.name, u.level, false, u.employeeId, u.scopes, u.roles, {}});
        }
        return success();
    });
    if (!added)
        return added.failure();
    for (const DemoUser &u : people)
        summary.logins << QStringLiteral("%1 / %2").arg(u.name, u.password);
    const Actor &ops = actors[0], &pm = actors[1], &planner = actors[2], &editor = actors[3];

    // The shop opened a year ago with every SKU on sale and its first delivery.
    const QDate today = ShopTime::dayOf(clock.nowUtc());
    const QDate opened = today.addDays(-365);
    QList<Sku> list = skus(skuCount);
    QRandomGenerator rng(seed ^ 0x5409u);
    QList<qint64> onHand(list.size(), 0);
    // A write may run again from its start when another PC holds the file: what it changes
    // outside the database starts again with it.
    const QRandomGenerator rngBefore = rng;
    Status opening = db.write([&]() -> Status {
        rng = rngBefore;
        ProductRepository products(db);
        ProductRequestRepository listings(db);
        ProductStockRepository ledger(db);
        const QString at = toStoredInstant(officeTime(opened, 9));
        for (int i = 0; i < list.size(); ++i) {
            auto id = products.add(list[i].product, at, editor.userId);
            if (!id)
                return id.failure();
            list[i].product.id = *id;
            ListingChange first;
            first.productId = *id;
            first.kind = ListingKind::List;
            first.reason = QStringLiteral("开店首批商品");
            auto change = listings.addListingChange(first, pm.userId, at);
            if (!change)
                return change.failure();
            if (auto done = listings.markListingDone(*change, editor.userId, at); !done)
                return done.failure();
            if (Status s = products.setStatus(*id, ProductStatus::Listed); !s)
                return s;
            onHand[i] = 2 * list[i].perMonth + qint64(rng.bounded(20));
            ProductMovement m{0,
                              *id,
                              ProductMovementKind::Receipt,
                              onHand[i],
                              pm.userId,
                              {},
                              officeTime(opened, 10),
                              QStringLiteral("开店首批入库"),
                              QStringLiteral("PO-%1").arg(i + 1, 6, 10, QLatin1Char('0'))};
            if (auto row = ledger.append(m); !row)
                return row.failure();
        }
        return success();
    });
    if (!opening)
        return opening.failure();
    summary.products = int(list.size());
    summary.movements = int(list.size());

    // A year of sales, returns, counts and the deliveries that keep the shelves filled, oldest
    // first, each SKU picked as often as it sells. Selling out takes a SKU off sale (PRD-02).
    QList<int> cumulative;
    int perMonth = 0;
    for (const Sku &s : list)
        cumulative.append(perMonth += s.perMonth);
    const int wanted = movementCount > 0 ? movementCount : int(list.size()) * 100;
    QList<bool> onSale(list.size(), true);
    constexpr int kChunk = 50'000;
    for (int from = 0; from < wanted; from += kChunk) {
        const QRandomGenerator chunkRng = rng;
        const QList<qint64> chunkOnHand = onHand;
        const QList<bool> chunkOnSale = onSale;
        const int chunkMovements = summary.movements;
        Status chunk = db.write([&]() -> Status {
            rng = chunkRng;
            onHand = chunkOnHand;
            onSale = chunkOnSale;
            summary.movements = chunkMovements;
            ProductStockRepository ledger(db);
            ProductRepository products(db);
            ProductRequestRepository listings(db);
            for (int n = from; n < qMin(wanted, from + kChunk); ++n) {
                const qint64 step = 365LL * 9 * n / wanted; // office hours 09:00-18:00
                const QDateTime at = officeTime(opened.addDays(1 + int(step / 9)), 9 + int(step % 9));
                int k = int(std::upper_bound(cumulative.begin(), cumulative.end(), int(rng.bounded(quint32(perMonth))))
                            - cumulative.begin());
                // Off sale, nothing of it sells: the next SKU on sale does.
                for (int tries = 0; !onSale[k] && tries < list.size(); ++tries)
                    k = (k + 1) % int(list.size());
                if (!onSale[k])
                    break; // everything sold out
                ProductMovement m{0, list[k].product.id, ProductMovementKind::Sale, 0, pm.userId, {}, at, {}, {}};
                const quint32 roll = rng.bounded(100u);
                const qint64 quantity = 1 + rng.bounded(3u);
                if (roll < 3) {
                    m.kind = ProductMovementKind::Return;
                    m.quantity = 1;
                    m.reason = QStringLiteral("七天无理由退货");
                } else if (roll < 4 && onHand[k] > 0) {
                    m.kind = ProductMovementKind::Adjustment;
                    m.quantity = -1;
                    m.reason = QStringLiteral("盘点破损");
                } else if (const bool low = onHand[k] - quantity < list[k].product.lowStockAt; low && roll < 98) {
                    m.kind = ProductMovementKind::Receipt;
                    m.quantity = 2 * list[k].perMonth + qint64(rng.bounded(20));
                    m.reason = QStringLiteral("采购入库");
                    m.reference = QStringLiteral("PO-%1").arg(n + 100000, 6, 10, QLatin1Char('0'));
                } else {
                    // Now and then a low shelf is not refilled in time and an order takes the last.
                    m.quantity = low ? -onHand[k] : -quantity;
                    m.reason = QStringLiteral("网店订单");
                    m.reference = QStringLiteral("TB%1%2")
                                      .arg(ShopTime::inChina(at).toString(QStringLiteral("yyyyMMdd")))
                                      .arg(n, 7, 10, QLatin1Char('0'));
                }
                if (m.quantity == 0)
                    continue;
                if (auto row = ledger.append(m); !row)
                    return row.failure();
                onHand[k] += m.quantity;
                ++summary.movements;
                // RULE PRD-02: sold out, off sale by itself.
                if (ProductStockRules::delistsAutomatically(ProductStatus::Listed, onHand[k])) {
                    onSale[k] = false;
                    if (Status s = products.setStatus(m.productId, ProductStatus::Delisted); !s)
                        return s;
                    ListingChange off;
                    off.productId = m.productId;
                    off.kind = ListingKind::Delist;
                    off.automatic = true;
                    off.reason = QStringLiteral("正常下架：库存为零");
                    if (auto c = listings.addListingChange(off, pm.userId, toStoredInstant(at)); !c)
                        return c.failure();
                }
            }
            return success();
        });
        if (!chunk)
            return chunk.failure();
    }

    // The routes at work (PRD-01..03), each step on its own day.
    FixedClock at(officeTime(opened, 10));
    auto on = [&](const QDate &day, int hour) { at.set(officeTime(day, hour)); };
    Approvals approvals(db, at);
    auto leaderSigns = [&](bool approve) -> Status {
        auto waiting = approvals.waitingFor(ops);
        if (!waiting)
            return waiting.failure();
        if (waiting->isEmpty())
            return success();
        return approvals.decide(ops, waiting->first().id, approve, approve ? QString() : QStringLiteral("价格太低"));
    };
    PriceChanges prices(db, at);
    const int priceDays[] = {300, 200, 120, 40, 5, 1};
    for (int i = 0; i < int(std::size(priceDays)) && i < list.size(); ++i) {
        const Sku &s = list[(i * 7) % list.size()];
        auto current = ProductRepository(db).find(s.product.id);
        if (!current || !*current)
            continue;
        const qint64 now = (*current)->priceFen;
        PriceChange c;
        c.productId = s.product.id;
        c.proposedFen = i % 3 == 1 ? now + now / 10 : now - now / 10;
        c.competitors = {{QStringLiteral("京东自营"), now - now / 8},
                         {QStringLiteral("天猫旗舰店"), now},
                         {QStringLiteral("拼多多"), now - now / 5}};
        c.reason = i % 3 == 1 ? QStringLiteral("成本上涨，竞品同步提价") : QStringLiteral("竞品降价，保持价格优势");
        on(today.addDays(-priceDays[i]), 10);
        auto id = prices.ask(pm, c);
        if (!id)
            return id.failure();
        ++summary.priceChanges;
        if (priceDays[i] == 1)
            continue; // waiting for the leader
        on(today.addDays(-priceDays[i]), 15);
        if (Status s = leaderSigns(true); !s)
            return s.failure();
        if (priceDays[i] == 5)
            continue; // approved, for the web editor to publish
        on(today.addDays(-priceDays[i] + 1), 9);
        if (Status s = prices.publish(editor, *id); !s)
            return s.failure();
    }

    Promotions promotions(db, at);
    struct DemoPromotion
    {
        const char *title, *idea;
        int startsIn, days; // from today
        int percentOff;
        int stage; // 0 proposed, 1 specified, 2 approved, 3 published
    };
    const DemoPromotion promos[] = {
        {"老客户回购周", "老客户回购，礼盒类", -300, 14, 15, 3},
        {"茶具专场", "全店茶具与杯具", -170, 5, 20, 3},
        {"会员日特惠", "全店主推商品", -22, 3, 25, 3},
        {"本周特惠", "保温杯与红茶", -2, 7, 10, 3},
        {"新品尝鲜", "新上架文创商品", 20, 5, 15, 1},
        {"礼盒预售", "礼盒类预售", 40, 10, 0, 0},
    };
    for (int i = 0; i < int(std::size(promos)); ++i) {
        const DemoPromotion &d = promos[i];
        Promotion p;
        p.title = QString::fromUtf8(d.title);
        p.idea = QString::fromUtf8(d.idea);
        p.startsOn = today.addDays(d.startsIn);
        p.endsOn = p.startsOn.addDays(d.days - 1);
        for (int k = i; k < list.size() && p.productIds.size() < 4; k += int(std::size(promos)))
            p.productIds.append(list[k].product.id); // each promotion its own SKUs: none overlaps
        on(p.startsOn.addDays(-20), 10);
        auto id = promotions.propose(planner, p);
        if (!id)
            return id.failure();
        ++summary.promotions;
        if (d.stage < 1)
            continue;
        on(p.startsOn.addDays(-15), 10);
        Promotion spec = *promotions.promotion(pm, *id);
        spec.kind = PromotionKind::PercentOff;
        spec.percentOff = d.percentOff;
        if (Status s = promotions.specify(pm, spec); !s)
            return s.failure();
        if (d.stage < 2)
            continue;
        on(p.startsOn.addDays(-14), 11);
        if (Status s = leaderSigns(true); !s)
            return s.failure();
        on(p.startsOn.addDays(-1), 9);
        if (Status s = promotions.publish(editor, *id); !s)
            return s.failure();
    }

    // An out-of-the-ordinary delisting waiting for the leader.
    for (int k = list.size() - 1; k >= 0; --k) {
        auto p = ProductRepository(db).find(list[k].product.id);
        if (p && *p && (*p)->status == ProductStatus::Listed) {
            on(today.addDays(-1), 16);
            if (auto asked =
                    Listings(db, at).ask(pm, (*p)->id, ListingKind::Delist, QStringLiteral("供应商停产，先行下架"));
                !asked)
                return asked.failure();
            break;
        }
    }
    return summary;
}

} // namespace shopdesk
