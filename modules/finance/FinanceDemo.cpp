#include "FinanceDemo.h"

#include "AllowanceDesk.h"
#include "CashDesk.h"
#include "ExpenseDesk.h"
#include "GroupDesk.h"
#include "MonthEnd.h"
#include "approval/Approvals.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "database/data/Database.h"
#include "ledgers/Budgets.h"
#include "organisation/data/OrgRepository.h"
#include "users/PasswordHasher.h"
#include "users/data/UserRepository.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace shopdesk {

namespace {
Actor actorOf(const UserRecord &u)
{
    return {u.id, u.userName, u.level, u.disabled, u.employeeId, u.scopes, u.roles, {}};
}

// The finance department's head and first accountant sign in as "accountant" and "cashier".
Result<UserRecord> addUser(Database &db, const Clock &clock, const char *name, const char *display,
                           const char *password, qint64 employee, const QString &role)
{
    UserRepository users(db);
    UserRecord u;
    u.userName = QString::fromLatin1(name);
    u.displayName = QString::fromUtf8(display);
    u.employeeId = employee;
    u.level = Level::Clerk;
    u.roles = {role};
    u.scopes = {QStringLiteral("finance"), QStringLiteral("export")};
    u.passwordHash = PasswordHasher::hash(QString::fromLatin1(password));
    u.passwordChangedOn = clock.nowUtc().toLocalTime().date();
    u.createdAt = toStoredInstant(clock.nowUtc());
    auto made = db.write([&]() -> Result<qint64> {
        auto id = users.insert(u);
        if (!id)
            return id;
        Status s = users.setPassword(*id, u.passwordHash, u.passwordChangedOn, false, u.createdAt);
        if (s)
            s = users.setScopes(*id, u.scopes);
        if (s)
            s = users.setRoles(*id, u.roles);
        if (!s)
            return s.failure();
        return id;
    });
    if (!made)
        return made.failure();
    u.id = *made;
    return u;
}

// A one-page PDF that looks like the scan of a Chinese e-invoice, so that the reimbursement's
// scan can be opened in the demo (FIN-04).
QByteArray invoiceScan(const QString &number, const QDate &issued, const QString &seller, const QString &item,
                       qint64 fen)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&out);
    pdf.setPageSize(QPageSize(QSizeF(240, 140), QPageSize::Millimeter)); // the invoice's own size
    pdf.setResolution(150);
    QPainter p(&pdf);
    const QRect page(0, 0, pdf.width(), pdf.height());
    p.setPen(QPen(QColor(150, 60, 40), 3));
    p.drawRect(page.adjusted(30, 90, -30, -30));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(16);
    p.setFont(font);
    p.drawText(QRect(0, 10, page.width(), 80), Qt::AlignCenter, QStringLiteral("电子发票（普通发票）"));
    font.setPointSize(10);
    p.setFont(font);
    p.setPen(Qt::black);
    const QStringList lines = {QStringLiteral("发票号码：%1").arg(number),
                               QStringLiteral("开票日期：%1").arg(issued.toString(QStringLiteral("yyyy年MM月dd日"))),
                               QStringLiteral("销售方：%1").arg(seller), QStringLiteral("项目名称：%1").arg(item),
                               QStringLiteral("价税合计（小写）：¥%1").arg(Money::fromFen(fen).toPlainString())};
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QPoint(80, 190 + i * 100), lines.at(i));
    p.end();
    return out.data();
}

// The people the demo acts as.
struct Staff
{
    Actor gm, chief, cashier, clerk, manager;
    QList<Department> departments;
    qint64 warehouse = 0;
};

// A weekday of the cash box: the shop's takings, the courier, now and then a department's small
// purchase against its 办公费 line (FIN-01), and `extra` petty entries for a bigger journal.
QList<CashEntry> workdayEntries(QRandomGenerator &rng, const QDate &day, const Staff &s, int extra)
{
    QList<CashEntry> entries;
    entries.append({0, day, CashDirection::Receipt, 20000 + rng.bounded(80000), QStringLiteral("门店零售"),
                    QStringLiteral("现金货款"), QStringLiteral("销售收入")});
    entries.append({0, day, CashDirection::Payment, 1500 + rng.bounded(6000), QStringLiteral("顺丰速运"),
                    QStringLiteral("寄件运费"), QStringLiteral("快递费"), s.warehouse});
    if (rng.bounded(3) == 0)
        entries.append({0, day, CashDirection::Payment, 2000 + rng.bounded(20000), QStringLiteral("楼下便利店"),
                        QStringLiteral("办公零星采购"), QStringLiteral("办公费"),
                        s.departments.at(rng.bounded(int(s.departments.size()))).id});
    for (int i = 0; i < extra; ++i)
        entries.append({0, day, i % 2 ? CashDirection::Receipt : CashDirection::Payment, 100 + rng.bounded(5000),
                        i % 2 ? QStringLiteral("门店零售") : QStringLiteral("同城跑腿"),
                        i % 2 ? QStringLiteral("现金货款") : QStringLiteral("零星支出"), QStringLiteral("杂项")});
    return entries;
}

// RULE FIN-02: on the month's last working day the takings go to the bank and the box keeps its
// float of ¥5,000.
constexpr qint64 kFloatFen = 500000;
std::optional<CashEntry> bankDeposit(const QDate &day, qint64 boxFen)
{
    QDate next = day.addDays(1);
    while (next.dayOfWeek() > 5)
        next = next.addDays(1);
    if (next.month() == day.month() || boxFen <= kFloatFen)
        return std::nullopt;
    return CashEntry{0,
                     day,
                     CashDirection::Payment,
                     boxFen - kFloatFen,
                     QStringLiteral("中国工商银行"),
                     QStringLiteral("现金货款存入银行"),
                     QStringLiteral("银行存款")};
}

// The first working day on or after the `dayOfMonth`th of `day`'s month.
QDate workdayFrom(const QDate &day, int dayOfMonth)
{
    QDate d(day.year(), day.month(), dayOfMonth);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

// RULE FIN-06: operations' budget sheet for a group: the coach, the hotel, meals and tickets.
Status budgetSheet(GroupDesk &groups, const Actor &actor, qint64 id, qint64 totalFen)
{
    const qint64 coach = totalFen * 30 / 100, hotel = totalFen * 45 / 100;
    for (const GroupBudgetLine &line :
         {GroupBudgetLine{0, QStringLiteral("旅游大巴"), coach}, GroupBudgetLine{0, QStringLiteral("住宿"), hotel},
          GroupBudgetLine{0, QStringLiteral("餐费及门票"), totalFen - coach - hotel}})
        if (Status s = groups.addBudgetLine(actor, id, line); !s)
            return s;
    return success();
}

// RULE FIN-01..10: the months before last month as they went, day by day on a clock that walks
// with them: the cash box kept, closed and reviewed every working day; each month an office
// purchase reimbursed with its invoice scan, a trip on an advance, a group from signing to
// settlement; the month's allowances posted and the month closed early the next one.
Status pastMonths(Database &db, const Staff &s, QRandomGenerator &rng, const QDate &from, const QDate &to,
                  int extraPerDay, qint64 &box, FinanceDemoSummary &summary)
{
    FixedClock at(QDateTime(from, QTime(10, 0)).toUTC()); // 10:00 on the office's clock
    CashDesk cash(db, at);
    ExpenseDesk expenses(db, at);
    Approvals approvals(db, at);
    AllowanceDesk allowances(db, at);
    GroupDesk groups(db, at);
    MonthEnd monthEnd(db, at);
    const qint64 office = expenses.departmentOf(s.clerk);
    qint64 toner = 0, trip = 0, group = 0;
    bool groupLeft = false;
    GroupAccount g; // the month's group
    for (QDate day = from; day < to; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        at.set(QDateTime(day, QTime(10, 0)).toUTC());
        if (day == workdayFrom(from, 1)) // the float drawn from the bank
            if (auto id = cash.record(s.cashier,
                                      {0, day, CashDirection::Receipt, kFloatFen, QStringLiteral("中国工商银行"),
                                       QStringLiteral("提取备用金"), QStringLiteral("备用金")});
                !id)
                return id.failure();
        if (day == workdayFrom(day, 2)) {
            ExpenseRequest r;
            r.departmentId = office;
            r.neededOn = day;
            for (auto [id, category, purpose, fen] :
                 {std::tuple{&toner, "办公费", "打印纸与硒鼓", 40000 + rng.bounded(30000)},
                  std::tuple{&trip, "差旅费", "供应商拜访差旅", 80000 + rng.bounded(60000)}}) {
                r.category = QString::fromUtf8(category);
                r.purpose = QString::fromUtf8(purpose);
                r.amountFen = fen;
                auto made = expenses.request(s.clerk, r);
                if (!made)
                    return made.failure();
                *id = *made;
                auto filed = expenses.find(s.clerk, *made);
                if (!filed)
                    return filed.failure();
                const qint64 approval = filed->approvalId;
                for (const Actor &a : {s.manager, s.gm})
                    if (Status ok = approvals.decide(a, approval, true, {}); !ok)
                        return ok;
                ++summary.expenses;
            }
            g.name = QStringLiteral("%1月 周边两日团（%2人）").arg(day.month()).arg(20 + rng.bounded(20));
            g.kind = GroupKind::Group;
            g.contractValueFen = 100 * (12'000 + rng.bounded(15'000)); // whole yuan
            g.signedOn = day;
            g.departureOn = day.addDays(10);
            g.returnOn = g.departureOn.addDays(1);
            auto made = groups.save(s.cashier, g);
            if (!made)
                return made.failure();
            group = *made;
            groupLeft = false;
            if (Status ok = budgetSheet(groups, s.cashier, group, g.contractValueFen * 6 / 10); !ok)
                return ok;
            if (Status ok = groups.receive(s.cashier, group, GroupRules::dueBeforeDepartureFen(g), day,
                                           QStringLiteral("银行转账"));
                !ok)
                return ok;
        }
        if (group != 0 && !groupLeft && day >= g.departureOn) { // FIN-11, recorded on the next workday
            if (Status ok = groups.recordDeparture(s.cashier, group, g.departureOn); !ok)
                return ok;
            groupLeft = true;
        }
        if (day == workdayFrom(day, 5))
            if (auto lent = expenses.lend(s.cashier, trip, 50000, QStringLiteral("借-%1").arg(trip), day); !lent)
                return lent.failure();
        if (day == workdayFrom(day, 8) && day.month() != from.month()) {
            const QDate month = QDate(day.year(), day.month(), 1).addMonths(-1);
            auto sheet = allowances.sheet(s.chief, month);
            if (!sheet)
                return sheet.failure();
            for (const AllowanceLine &l : *sheet)
                if (Status ok = allowances.enterBill(s.chief, month, l.employeeId, 5000 + rng.bounded(12000)); !ok)
                    return ok;
            if (Status ok = allowances.post(s.chief, month); !ok)
                return ok;
            if (Status ok = monthEnd.close(s.chief, month); !ok)
                return ok;
        }
        if (day == workdayFrom(day, 20)) {
            auto tonerRequest = expenses.find(s.clerk, toner);
            if (!tonerRequest)
                return tonerRequest.failure();
            const qint64 tonerFen = tonerRequest->amountFen - rng.bounded(3000);
            const QString number = QStringLiteral("0%1").arg(4400000 + rng.bounded(99999));
            const ExpenseInvoice invoice{number, day, tonerFen, QStringLiteral("发票%1.pdf").arg(number),
                                         invoiceScan(number, day, QStringLiteral("上海办公用品有限公司"),
                                                     QStringLiteral("*办公用品*打印纸、硒鼓"), tonerFen)};
            if (auto paid = expenses.reimburse(s.cashier, toner, {invoice}, day); !paid)
                return paid.failure();
            const qint64 tripFen = 40000 + rng.bounded(40000);
            if (auto paid =
                    expenses.reimburse(s.cashier, trip, {{QStringLiteral("T%1").arg(trip), day, tripFen, {}, {}}}, day);
                !paid)
                return paid.failure();
            if (Status ok = groups.receive(s.cashier, group, g.contractValueFen - GroupRules::dueBeforeDepartureFen(g),
                                           day, QStringLiteral("银行转账"));
                !ok)
                return ok;
            for (GroupDocument doc :
                 {GroupDocument::Contract, GroupDocument::ExpenseConfirmation, GroupDocument::ItemizedList})
                if (Status ok = groups.attach(s.cashier, group, doc, groupDocumentTitle(doc) + QStringLiteral(".pdf"),
                                              QByteArrayLiteral("%PDF-1.4 demo"));
                    !ok)
                    return ok;
            if (Status ok = groups.settle(s.cashier, group); !ok)
                return ok;
        }
        for (const CashEntry &e : workdayEntries(rng, day, s, extraPerDay)) {
            if (auto id = cash.record(s.cashier, e); !id)
                return id.failure();
            ++summary.cashEntries;
        }
        auto books = cash.day(s.cashier, day);
        if (!books)
            return books.failure();
        if (auto deposit = bankDeposit(day, books->expectedFen())) {
            if (auto id = cash.record(s.cashier, *deposit); !id)
                return id.failure();
            ++summary.cashEntries;
            books = cash.day(s.cashier, day);
            if (!books)
                return books.failure();
        }
        if (Status ok = cash.closeDay(s.cashier, day, books->expectedFen()); !ok)
            return ok;
        if (Status ok = cash.review(s.chief, day, {}); !ok)
            return ok;
        box = books->expectedFen();
    }
    return success();
}

const char *const kPositions[][2] = {
    // position, phone cap in fen ("" for the actual bill): RULE FIN-10
    {"总经理", ""},        {"行政经理", "12000"}, {"财务经理", "12000"}, {"运营经理", "12000"},
    {"客服主管", "12000"}, {"仓储主管", "12000"}, {"运营专员", "8000"},  {"总经理助理", "0"},
    {"行政专员", "0"},     {"会计", "0"},         {"客服专员", "0"},     {"仓管员", "0"},
};
} // namespace

Result<FinanceDemoSummary> FinanceDemo::create(Database &db, const Clock &clock, quint32 seed, int extraCashPerDay)
{
    FinanceDemoSummary summary;
    UserRepository users(db);
    auto admin = users.findById(1);
    auto clerkUser = users.findByName(QStringLiteral("clerk"));
    auto managerUser = users.findByName(QStringLiteral("manager"));
    if (!admin || !clerkUser || !managerUser || clerkUser->id == 0 || managerUser->id == 0
        || clerkUser->employeeId == 0)
        return summary; // a company without the demo's users, or too small for an office clerk
    OrgRepository org(db);
    auto departments = org.departments();
    auto people = org.employees();
    if (!departments || !people)
        return fail(QStringLiteral("demo: no organisation"));
    qint64 financeDept = 0;
    for (const Department &d : *departments)
        if (d.name == QStringLiteral("财务部"))
            financeDept = d.id;
    qint64 financeHead = 0, accountantEmployee = 0;
    for (const EmployeeSummary &e : *people)
        if (e.departmentId == financeDept)
            (e.position == QStringLiteral("财务经理") ? financeHead : accountantEmployee) = e.id;
    if (!financeHead || !accountantEmployee)
        return summary;
    auto chiefUser = addUser(db, clock, "accountant", "财务经理", "Accountant2026", financeHead, Role::ChiefAccountant);
    if (!chiefUser)
        return chiefUser.failure();
    auto cashierUser = addUser(db, clock, "cashier", "会计", "Cashier2026", accountantEmployee, Role::CashAccountant);
    if (!cashierUser)
        return cashierUser.failure();
    const Actor gm = actorOf(*admin), chief = actorOf(*chiefUser), cashier = actorOf(*cashierUser),
                clerk = actorOf(*clerkUser), manager = actorOf(*managerUser);
    QRandomGenerator rng(seed + 15);
    const QDate today = clock.nowUtc().toLocalTime().date();

    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1); // last month
    const QDate start = first.addMonths(-10); // a year with this month

    // RULE FIN-01: the lines of every department, for each year the demo spans.
    Budgets budgets(db, clock);
    for (int year = start.year(); year <= today.year(); ++year)
        for (const Department &d : *departments)
            for (const auto &[category, yuan] :
                 {std::pair{"办公费", 30000}, std::pair{"招待费", 20000}, std::pair{"差旅费", 40000}})
                if (auto set = budgets.setLine(chief, year, d.id, QString::fromUtf8(category), qint64(yuan) * 100);
                    !set)
                    return set.failure();

    // RULE FIN-10: allowance rules per position.
    AllowanceDesk allowances(db, clock);
    for (const auto &p : kPositions) {
        AllowanceRule r;
        r.position = QString::fromUtf8(p[0]);
        if (*p[1])
            r.phoneCapFen = QString::fromLatin1(p[1]).toLongLong();
        r.mealPerDayFen = 1000;
        r.mealDays = 30;
        if (Status s = allowances.saveRule(chief, r); !s)
            return s.failure();
    }

    Staff staff{gm, chief, cashier, clerk, manager, *departments, 0};
    for (const Department &d : *departments)
        if (d.name == QStringLiteral("仓储物流部"))
            staff.warehouse = d.id;
    qint64 box = 0;
    if (Status s = pastMonths(db, staff, rng, start, first, extraCashPerDay, box, summary); !s)
        return s.failure();
    // RULE FIN-03, FIN-10: the month before last, its allowances posted and closed this morning.
    const QDate beforeLast = first.addMonths(-1);
    auto pastSheet = allowances.sheet(chief, beforeLast);
    if (!pastSheet)
        return pastSheet.failure();
    for (const AllowanceLine &l : *pastSheet)
        if (Status s = allowances.enterBill(chief, beforeLast, l.employeeId, 5000 + rng.bounded(12000)); !s)
            return s.failure();
    if (Status s = allowances.post(chief, beforeLast); !s)
        return s.failure();
    if (Status s = MonthEnd(db, clock).close(chief, beforeLast); !s)
        return s.failure();

    // RULE FIN-02: the cash journal from the first of last month to yesterday, every day closed
    // by the cashier, reviewed by the chief accountant except the last two; today stays open.
    CashDesk cash(db, clock);
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        for (CashEntry e : workdayEntries(rng, day, staff, extraCashPerDay)) {
            if (auto id = cash.record(cashier, e); !id)
                return id.failure();
            box += e.signedFen();
            ++summary.cashEntries;
        }
        if (day == today)
            break;
        if (auto deposit = bankDeposit(day, box)) {
            if (auto id = cash.record(cashier, *deposit); !id)
                return id.failure();
            box -= deposit->amountFen;
            ++summary.cashEntries;
        }
        const qint64 short50 = rng.bounded(12) == 0 ? 50 : 0; // now and then 0.50 short
        if (Status s = cash.closeDay(cashier, day, box - short50); !s)
            return s.failure();
        box -= short50;
        if (day < today.addDays(-3))
            if (Status s = cash.review(chief, day, short50 ? QStringLiteral("找零差 0.50，已记录") : QString()); !s)
                return s.failure();
    }

    // RULE FIN-04, FIN-09: expense requests at every stage.
    ExpenseDesk expenses(db, clock);
    Approvals approvals(db, clock);
    const qint64 office = expenses.departmentOf(clerk);
    auto ask = [&](const Actor &who, const char *category, const char *purpose, qint64 fen, bool business,
                   bool approve) -> Result<qint64> {
        ExpenseRequest r;
        r.departmentId = office;
        r.category = QString::fromUtf8(category);
        r.purpose = QString::fromUtf8(purpose);
        r.amountFen = fen;
        r.businessExpense = business;
        r.neededOn = today;
        auto id = expenses.request(who, r);
        if (!id || !approve)
            return id;
        ++summary.expenses;
        auto filed = expenses.find(who, *id);
        if (!filed)
            return filed.failure();
        const qint64 approval = filed->approvalId;
        for (const Actor &a : {manager, gm})
            if (Status s = approvals.decide(a, approval, true, {}); !s && a.userId != who.userId)
                return s.failure();
        return id;
    };
    auto toner = ask(clerk, "办公费", "打印机硒鼓两支", 68000, false, true);
    if (!toner)
        return toner.failure();
    if (auto lent = expenses.lend(cashier, *toner, 70000 - 2000, QStringLiteral("借-%1-001").arg(today.year()), today);
        !lent)
        return lent.failure();
    const QString invoiceNumber = QStringLiteral("04403211");
    const ExpenseInvoice tonerInvoice{invoiceNumber, today, 64500, QStringLiteral("发票%1.pdf").arg(invoiceNumber),
                                      invoiceScan(invoiceNumber, today, QStringLiteral("上海办公用品有限公司"),
                                                  QStringLiteral("*办公用品*硒鼓 ×2"), 64500)};
    if (auto settled = expenses.reimburse(cashier, *toner, {tonerInvoice}, today); !settled)
        return settled.failure();
    auto trip = ask(clerk, "差旅费", "杭州供应商拜访差旅", 150000, false, true);
    if (!trip)
        return trip.failure();
    if (auto lent = expenses.lend(cashier, *trip, 100000, QStringLiteral("借-%1-002").arg(today.year()), today); !lent)
        return lent.failure();
    if (auto dinner = ask(clerk, "招待费", "重要客户晚餐", 120000, true, false); !dinner)
        return dinner.failure();
    if (auto chairs = ask(clerk, "办公费", "会议室椅子六把", 180000, false, false); !chairs)
        return chairs.failure();
    summary.expenses += 2;

    // RULE FIN-05..08, FIN-11: group accounts: two leaving today (one short of its payments),
    // one back with its balance overdue, one signed with nothing received, one settled.
    GroupDesk groups(db, clock);
    struct DemoGroup
    {
        const char *name;
        GroupKind kind;
        qint64 valueFen;
        int signedDaysAgo, departsIn, days;
        qint64 receivedFen;
    };
    const DemoGroup demoGroups[] = {
        {"黄山三日团（30人）", GroupKind::Group, 4'500'000, 20, 0, 3, 3'600'000},
        {"张先生 三亚自由行", GroupKind::Individual, 860'000, 10, 0, 5, 600'000},
        {"西湖一日游团（45人）", GroupKind::Group, 1'350'000, 30, -12, 1, 1'080'000},
        {"某科技公司年会包场", GroupKind::Group, 2'800'000, 3, 20, 1, 0},
        {"千岛湖两日团（25人）", GroupKind::Group, 2'250'000, 60, -40, 2, 2'250'000},
    };
    for (const DemoGroup &d : demoGroups) {
        GroupAccount a;
        a.name = QString::fromUtf8(d.name);
        a.kind = d.kind;
        a.contractValueFen = d.valueFen;
        a.signedOn = today.addDays(-d.signedDaysAgo);
        a.departureOn = today.addDays(d.departsIn);
        a.returnOn = a.departureOn.addDays(d.days - 1);
        auto id = groups.save(cashier, a);
        if (!id)
            return id.failure();
        if (Status s = budgetSheet(groups, cashier, *id, d.valueFen * 6 / 10); !s)
            return s.failure();
        const int travellers = d.kind == GroupKind::Individual ? 1 : 3; // the first of the list
        for (int t = 0; t < travellers; ++t) {
            const QString name = d.kind == GroupKind::Individual ? a.name.section(QLatin1Char(' '), 0, 0)
                                                                 : QStringLiteral("游客%1").arg(t + 1);
            const QString phone = QStringLiteral("139%1").arg(rng.bounded(10000000, 99999999));
            if (Status s = groups.addTraveller(cashier, *id, {0, name, phone}); !s)
                return s.failure();
        }
        const QDate paidOn = std::min(today, std::max(a.signedOn.addDays(1), first)); // the day after signing
        if (d.receivedFen > 0)
            if (Status s = groups.receive(cashier, *id, d.receivedFen, paidOn, QStringLiteral("银行转账")); !s)
                return s.failure();
        if (d.departsIn == 0 && d.kind == GroupKind::Group) {
            // The guide's cash is drawn from the bank first: the box keeps only its float.
            if (auto drawn =
                    cash.record(cashier,
                                {0, today, CashDirection::Receipt, d.receivedFen / 2, QStringLiteral("中国工商银行"),
                                 QStringLiteral("提取现金 导游借款"), QStringLiteral("银行存款")});
                !drawn)
                return drawn.failure();
            if (auto lent = groups.lendToGuide(cashier, *id, QStringLiteral("导游 王磊"), d.receivedFen / 2, today);
                !lent)
                return lent.failure();
        }
        a.receivedFen = d.receivedFen;
        if (d.departsIn <= 0 && GroupRules::departureProblem(a).isEmpty()) {
            // FIN-11: recorded for its day; one short of its payments stays behind for the GM.
            if (Status s = groups.recordDeparture(cashier, *id, a.departureOn); !s)
                return s.failure();
        }
        if (d.receivedFen == d.valueFen) {
            for (GroupDocument doc :
                 {GroupDocument::Contract, GroupDocument::ExpenseConfirmation, GroupDocument::ItemizedList})
                if (Status s = groups.attach(cashier, *id, doc, groupDocumentTitle(doc) + QStringLiteral(".pdf"),
                                             QByteArrayLiteral("%PDF-1.4 demo"));
                    !s)
                    return s.failure();
            if (Status s = groups.settle(cashier, *id); !s)
                return s.failure();
        }
    }

    // RULE FIN-10: last month's phone bills, the sheet posted to payroll.
    auto sheet = allowances.sheet(chief, first);
    if (!sheet)
        return sheet.failure();
    for (const AllowanceLine &l : *sheet)
        if (Status s = allowances.enterBill(chief, first, l.employeeId, 5000 + rng.bounded(12000)); !s)
            return s.failure();
    if (Status s = allowances.post(chief, first); !s)
        return s.failure();
    return summary;
}

} // namespace shopdesk
