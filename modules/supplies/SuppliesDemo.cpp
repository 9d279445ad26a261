#include "SuppliesDemo.h"

#include "InvoiceDesk.h"
#include "LocalPurchaseAudit.h"
#include "PurchaseDesk.h"
#include "ReorderPlanner.h"
#include "Requisitions.h"
#include "approval/Approvals.h"
#include "common/Clock.h"
#include "data/StockLedgerRepository.h"
#include "data/SupplyItemRepository.h"
#include "database/data/Database.h"
#include "ledgers/Budgets.h"
#include "ledgers/PaymentVouchers.h"
#include "organisation/data/OrgRepository.h"
#include "users/data/UserRepository.h"

#include <QRandomGenerator>

namespace shopdesk {

namespace {
struct DemoItem
{
    const char *name;
    const char *category;
    const char *unit;
    const char *specification;
    qint64 priceFen;
    int usedPerMonth;
};

// What a small office uses, with believable prices and monthly use.
const DemoItem kItems[] = {
    {"A4复印纸", "纸张", "包", "70g 500张/包", 2450, 40},
    {"A3复印纸", "纸张", "包", "70g 500张/包", 4900, 4},
    {"便利贴", "纸张", "本", "76×76mm 100张", 350, 15},
    {"牛皮纸信封", "纸张", "个", "DL 220×110mm", 45, 60},
    {"中性笔 0.5mm 黑", "书写工具", "支", "按动式", 250, 60},
    {"中性笔 0.5mm 红", "书写工具", "支", "按动式", 250, 10},
    {"中性笔替芯", "书写工具", "支", "0.5mm 黑", 80, 80},
    {"记号笔", "书写工具", "支", "双头 黑", 300, 8},
    {"白板笔", "书写工具", "支", "可擦 蓝", 350, 6},
    {"荧光笔", "书写工具", "支", "黄", 280, 6},
    {"笔记本", "本册", "本", "B5 80页", 650, 20},
    {"会议记录本", "本册", "本", "A5 皮面", 1800, 5},
    {"文件夹", "文件管理", "个", "A4 双强力夹", 850, 12},
    {"档案盒", "文件管理", "个", "A4 背宽55mm", 650, 15},
    {"拉链袋", "文件管理", "个", "A4 透明", 180, 20},
    {"长尾夹", "文件管理", "盒", "32mm 12只/盒", 600, 6},
    {"回形针", "文件管理", "盒", "29mm 100枚/盒", 250, 4},
    {"订书机", "桌面用品", "台", "24/6 可订20页", 2200, 1},
    {"订书钉", "桌面用品", "盒", "24/6 1000枚", 150, 10},
    {"剪刀", "桌面用品", "把", "21cm", 900, 1},
    {"美工刀", "桌面用品", "把", "18mm 大号", 650, 1},
    {"透明胶带", "桌面用品", "卷", "48mm×100y", 450, 15},
    {"双面胶", "桌面用品", "卷", "12mm×10y", 200, 8},
    {"固体胶", "桌面用品", "支", "21g", 350, 6},
    {"计算器", "桌面用品", "台", "12位 太阳能", 3500, 0},
    {"硒鼓 HP 88A", "打印耗材", "个", "CC388A 原装", 42000, 2},
    {"墨盒 Canon 黑", "打印耗材", "个", "PG-845", 11500, 1},
    {"色带", "打印耗材", "盒", "针式打印机 LQ-630K", 2800, 2},
    {"快递面单", "打印耗材", "卷", "100×150mm 500张", 2300, 12},
    {"纸巾", "清洁用品", "提", "三层 10包/提", 3200, 10},
    {"垃圾袋", "清洁用品", "卷", "45×55cm 30只", 550, 12},
    {"洗手液", "清洁用品", "瓶", "500ml", 1900, 3},
    {"抹布", "清洁用品", "包", "超细纤维 10条", 2500, 1},
    {"饮用水", "茶水用品", "桶", "18.9L", 1800, 30},
    {"纸杯", "茶水用品", "包", "9盎司 50只", 900, 12},
    {"茶叶", "茶水用品", "盒", "绿茶 250g", 6800, 1},
    {"五号电池", "电子配件", "板", "4节/板", 1000, 4},
    {"U盘", "电子配件", "个", "64GB USB3.0", 4500, 1},
    {"鼠标", "电子配件", "个", "无线 静音", 5900, 1},
    {"网线", "电子配件", "根", "超六类 3米", 1500, 1},
};

const char *const kSuppliers[][3] = {
    {"得力办公用品专营店", "王经理", "0571-87001234"}, {"晨光文具批发部", "陈小姐", "0571-86553210"},
    {"齐心办公直供", "李先生", "400-820-1688"},        {"京东企业购", "客户经理 赵敏", "400-606-5500"},
    {"西湖区本地桶装水站", "老刘", "13905710088"},
};
Actor actorOf(const UserRecord &u)
{
    return {u.id, u.userName, u.level, u.disabled, u.employeeId, u.scopes, u.roles, {}};
}

// The purchasing desk at work (SUP-01..04): the clerk turns the reorder suggestions into a
// request, the office's head approves it, the clerk orders from the cheaper of two quotes and
// half has arrived; a second request waits in the head's inbox, and the rest of the suggestions
// are left for the clerk.
Status purchases(Database &db, const Clock &clock)
{
    UserRepository users(db);
    auto clerkUser = users.findByName(QStringLiteral("clerk"));
    auto managerUser = users.findByName(QStringLiteral("manager"));
    if (!clerkUser || !managerUser || clerkUser->id == 0 || managerUser->id == 0 || clerkUser->employeeId == 0)
        return success(); // a company without the demo's users, or too small for an office clerk
    const Actor clerk = actorOf(*clerkUser), manager = actorOf(*managerUser);
    auto suggestions = ReorderPlanner(db, clock).suggestions(clerk);
    auto suppliers = SupplyItemRepository(db).suppliers();
    if (!suggestions || !suppliers || suggestions->size() < 2 || suppliers->size() < 2)
        return success();
    PurchaseDesk desk(db, clock);
    const QList<ReorderSuggestion> first = suggestions->mid(0, qMax<qsizetype>(1, suggestions->size() / 3));
    auto ordered = desk.request(clerk, {QStringLiteral("月度补货"), PurchaseDesk::linesFor(first)});
    if (!ordered)
        return ordered.failure();
    auto request = desk.requests(clerk, 1);
    if (!request || request->isEmpty())
        return request.failure();
    if (Status s = Approvals(db, clock).decide(manager, request->first().approvalId, true, QStringLiteral("同意")); !s)
        return s;
    NewPurchaseOrder order;
    order.requestId = *ordered;
    const qint64 estimate = request->first().estimatedFen();
    order.quotes = {{suppliers->at(0).id, suppliers->at(0).name, estimate + estimate / 20},
                    {suppliers->at(1).id, suppliers->at(1).name, estimate}};
    order.chosen = 1;
    order.deliveryDate = clock.nowUtc().date().addDays(3);
    auto orderId = desk.order(clerk, order);
    if (!orderId)
        return orderId.failure();
    auto placed = desk.orderById(clerk, *orderId);
    if (!placed)
        return placed.failure();
    QHash<qint64, qint64> half;
    for (const PurchaseLine &l : placed->lines)
        if (l.quantity > 1)
            half.insert(l.id, l.quantity / 2);
    if (!half.isEmpty()) {
        if (auto received = desk.receive(clerk, *orderId, half); !received)
            return received.failure();
        // SUP-04: the supplier's invoice for what arrived matches; the head signs its voucher.
        QList<InvoiceLine> invoiced;
        for (const PurchaseLine &l : placed->lines)
            if (half.contains(l.id))
                invoiced.append({l.id, half.value(l.id), half.value(l.id) * l.unitFen});
        auto invoice = InvoiceDesk(db, clock).record(
            clerk,
            {*orderId, QStringLiteral("33010000-%1").arg(*orderId, 8, 10, QLatin1Char('0')), clock.nowUtc().date(),
             invoiced});
        if (!invoice)
            return invoice.failure();
        // A second invoice asks for one more than arrived: its difference waits for the head.
        const PurchaseLine &first = placed->lines.first();
        auto early =
            InvoiceDesk(db, clock).record(clerk,
                                          {*orderId,
                                           QStringLiteral("33010000-%1").arg(*orderId + 1, 8, 10, QLatin1Char('0')),
                                           clock.nowUtc().date(),
                                           {{first.id, 1, first.unitFen}}});
        if (!early)
            return early.failure();
        auto voucher = Approvals(db, clock).waitingFor(manager);
        for (const ApprovalRequest &a : voucher ? *voucher : QList<ApprovalRequest>())
            if (a.type == PaymentVouchers::TypeId)
                if (Status s = Approvals(db, clock).decide(manager, a.id, true, QStringLiteral("同意付款")); !s)
                    return s;
    }
    auto waiting = desk.request(
        clerk, {QStringLiteral("打印耗材补货"), PurchaseDesk::linesFor(suggestions->mid(first.size(), 1))});
    return waiting ? success() : waiting.failure();
}
// RULE FIN-01: finance's office-supplies budget for the office this year, set before the
// purchasing history so that its requests commit against it.
Status budget(Database &db, const Clock &clock, const Actor &admin, qint64 office)
{
    auto set = Budgets(db, clock).setLine(admin, PurchaseDesk::budgetYear(clock), office,
                                          PurchaseDesk::kDefaultBudgetCategory, 2'000'000);
    return set ? success() : set.failure();
}

// The departments' side (SUP-05, SUP-06): the clerk keeps the office's supplies and the manager
// stands in as custodian of the next department; one requisition filled, one waiting for its
// custodian; the oldest local purchase accepted, the newest queried.
Status departmentSupplies(Database &db, const Clock &clock, const Actor &clerk, const Actor &manager, qint64 office)
{
    auto all = OrgRepository(db).departments();
    if (!all)
        return all.failure();
    qint64 other = 0;
    for (const Department &d : *all)
        if (d.id != office && !other)
            other = d.id;
    Requisitions desk(db, clock);
    if (Status s = desk.nameCustodian(clerk, office, clerk.userId); !s)
        return s;
    if (other)
        if (Status s = desk.nameCustodian(clerk, other, manager.userId); !s)
            return s;
    auto items = SupplyItemRepository(db).items({});
    if (!items || items->size() < 3)
        return items ? success() : items.failure();
    auto line = [&](int i, qint64 quantity) {
        const SupplyItem &item = items->at(i);
        return RequisitionLine{0, item.id, item.code, item.name, item.unit, quantity, 0};
    };
    auto filled = desk.request(clerk, office, QStringLiteral("新员工入职"), {line(0, 2), line(1, 1)});
    if (!filled)
        return filled.failure();
    if (auto issued = desk.fill(clerk, *filled); !issued)
        return issued.failure();
    if (other)
        if (auto waiting = desk.request(clerk, other, QStringLiteral("月度领用"), {line(2, 3)}); !waiting)
            return waiting.failure();
    LocalPurchaseAudit audit(db, clock);
    auto local = audit.localPurchases(clerk);
    if (!local || local->isEmpty())
        return local ? success() : local.failure();
    if (Status s = audit.review(clerk, local->last().movementId, LocalPurchaseStatus::Accepted, {}); !s)
        return s;
    if (local->size() > 1)
        return audit.review(clerk, local->first().movementId, LocalPurchaseStatus::Queried,
                            QStringLiteral("单价高于协议价，请补充说明"));
    return success();
}
} // namespace

Result<SuppliesDemoSummary> SuppliesDemo::create(Database &db, const Clock &clock, int months, quint32 seed,
                                                 int itemCount, int movementCount)
{
    const int shipped = int(std::size(kItems));
    itemCount = qMax(itemCount, shipped);
    months = qMax(1, months);
    QRandomGenerator random(seed ^ 0x5u);
    auto clerk = UserRepository(db).findByName(QStringLiteral("clerk"));
    if (!clerk)
        return clerk.failure();
    const qint64 userId = clerk->id ? clerk->id : 1;
    auto departments = OrgRepository(db).departments();
    if (!departments)
        return departments.failure();
    if (departments->isEmpty())
        return fail(tr("The demo company has no departments."));

    auto made = db.write([&]() -> Result<SuppliesDemoSummary> {
        random.seed(seed ^ 0x5u); // the same data when the transaction is tried again
        SuppliesDemoSummary summary;
        SupplyItemRepository catalogue(db);
        QList<qint64> supplierIds;
        for (const auto &s : kSuppliers) {
            auto id = catalogue.addSupplier(
                {0, QString::fromUtf8(s[0]), QString::fromUtf8(s[1]), QString::fromUtf8(s[2]), {}, 1});
            if (!id)
                return id.failure();
            supplierIds.append(*id);
        }
        summary.suppliers = int(supplierIds.size());

        struct Stocked
        {
            SupplyItem item;
            qint64 priceFen;
            int usedPerMonth;
            StockPosition position;
        };
        QList<Stocked> stocked;
        for (int n = 0; n < itemCount; ++n) {
            const DemoItem &d = kItems[n % shipped];
            SupplyItem i;
            const int variant = n / shipped;
            i.code = QStringLiteral("69%1").arg(20000000000LL + n * 7919LL);
            i.name = QString::fromUtf8(d.name) + (variant ? QStringLiteral(" 型%1").arg(variant) : QString());
            i.category = QString::fromUtf8(d.category);
            i.unit = QString::fromUtf8(d.unit);
            i.specification = QString::fromUtf8(d.specification);
            i.location = QStringLiteral("%1号柜 第%2层").arg(1 + n % 6).arg(1 + n % 4);
            i.reorderPoint = d.usedPerMonth / 2;
            i.leadTimeDays = n % 3 == 0 ? 3 : 7;
            i.preferredSupplierId = supplierIds[n % supplierIds.size()];
            auto id = catalogue.add(i);
            if (!id)
                return id.failure();
            i.id = *id;
            stocked.append({i, d.priceFen, qMax(1, d.usedPerMonth), {}});
        }
        summary.items = int(stocked.size());

        // The movements, oldest first, spread evenly over the working hours (09:00-17:00 Beijing
        // time) of the months before today; an item is picked as often as it is used.
        QList<int> cumulative;
        int usePerMonth = 0;
        for (const Stocked &s : stocked) {
            usePerMonth += s.usedPerMonth;
            cumulative.append(usePerMonth);
        }
        const int wanted = movementCount > 0 ? movementCount : usePerMonth * months / 3; // issues are in handfuls
        const QDate first = clock.nowUtc().date().addDays(-30LL * months);
        const int days = 30 * months;
        StockLedgerRepository ledger(db);
        auto book = [&](Stocked &s, const MovementRequest &r, const QDateTime &at) -> Status {
            auto rows = StockRules::rows(s.position, r);
            if (!rows)
                return rows.failure();
            for (StockMovement m : *rows) {
                m.itemId = s.item.id;
                m.byUserId = userId;
                m.at = at;
                if (auto id = ledger.append(m); !id)
                    return id.failure();
                s.position = StockRules::after(s.position, m);
                ++summary.movements;
            }
            return success();
        };
        for (int n = 0; n < wanted; ++n) {
            const qint64 step = qint64(days) * n;
            const QDateTime at(first.addDays(step / wanted),
                               QTime(1, 0).addSecs(int(8 * 3600 * (step % wanted) / wanted)), Qt::UTC);
            const int pick = int(random.bounded(quint32(usePerMonth)));
            Stocked &s =
                stocked[int(std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin())];
            const qint64 handful = 1 + random.bounded(quint32(qMax(1, s.usedPerMonth / 4)));
            const Department &d = departments->at(int(random.bounded(quint32(departments->size()))));
            MovementRequest r;
            r.departmentId = d.id;
            const quint32 roll = random.bounded(100u);
            if (s.position.onHand < handful) {
                // The shelf is short: the office's order arrives first (SUP-02).
                MovementRequest receipt{
                    MovementKind::Receipt,
                    qMax<qint64>(s.item.reorderPoint, 1) + 2 * s.usedPerMonth,
                    Money::fromFen(s.priceFen - s.priceFen / 20 + random.bounded(quint32(s.priceFen / 10 + 1))),
                    0,
                    QStringLiteral("采购到货"),
                    QStringLiteral("PO-%1").arg(n + 1, 6, 10, QLatin1Char('0'))};
                if (Status done = book(s, receipt, at); !done)
                    return done.failure();
            }
            if (roll < 3 && s.position.onHand > 0) {
                r.kind = MovementKind::Return;
                r.quantity = 1;
                r.reason = QStringLiteral("多领退回");
            } else if (roll < 5) {
                r.kind = MovementKind::LocalPurchase;
                r.quantity = handful;
                r.unitCost = Money::fromFen(s.priceFen + s.priceFen / 10);
                r.reason = QStringLiteral("急用，部门自购");
                r.reference = QStringLiteral("小票 %1").arg(n + 1, 5, 10, QLatin1Char('0'));
            } else {
                r.kind = MovementKind::Issue;
                r.quantity = handful;
                r.reason = QStringLiteral("%1领用").arg(d.name);
            }
            if (Status done = book(s, r, at); !done)
                return done.failure();
        }
        return summary;
    });
    if (!made)
        return made;
    UserRepository users(db);
    auto admin = users.findById(1);
    auto clerkUser = users.findByName(QStringLiteral("clerk"));
    auto managerUser = users.findByName(QStringLiteral("manager"));
    const bool demoUsers = admin && clerkUser && managerUser && clerkUser->id && managerUser->id;
    qint64 office = 0;
    if (demoUsers)
        if (auto clerkPerson = OrgRepository(db).employee(clerkUser->employeeId))
            office = clerkPerson->departmentId;
    if (demoUsers && office)
        if (Status s = budget(db, clock, actorOf(*admin), office); !s)
            return s.failure();
    if (Status s = purchases(db, clock); !s)
        return s.failure();
    if (demoUsers && office)
        if (Status s = departmentSupplies(db, clock, actorOf(*clerkUser), actorOf(*managerUser), office); !s)
            return s.failure();
    return made;
}

} // namespace shopdesk
