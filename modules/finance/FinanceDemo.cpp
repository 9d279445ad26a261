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

const char *const kPositions[][2] = {
    // position, phone cap in fen ("" for the actual bill): RULE FIN-10
    {"总经理", ""},        {"行政经理", "12000"}, {"财务经理", "12000"}, {"运营经理", "12000"},
    {"客服主管", "12000"}, {"仓储主管", "12000"}, {"运营专员", "8000"},  {"总经理助理", "0"},
    {"行政专员", "0"},     {"会计", "0"},         {"客服专员", "0"},     {"仓管员", "0"},
};
} // namespace

Result<FinanceDemoSummary> FinanceDemo::create(Database &db, const Clock &clock, quint32 seed)
{
    FinanceDemoSummary summary;
    UserRepository users(db);
    auto admin = users.findById(1);
    auto clerkUser = users.findByName(QStringLiteral("clerk"));
    auto managerUser = users.findByName(QStringLiteral("manager"));
    if (!admin || !clerkUser || !managerUser || clerkUser->id == 0 || managerUser->id == 0)
        return summary; // a company without the demo's users
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

    // RULE FIN-01: the year's lines for every department.
    Budgets budgets(db, clock);
    for (const Department &d : *departments)
        for (const auto &[category, yuan] :
             {std::pair{"办公费", 30000}, std::pair{"招待费", 20000}, std::pair{"差旅费", 40000}})
            if (auto set = budgets.setLine(chief, today.year(), d.id, QString::fromUtf8(category), qint64(yuan) * 100);
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

    // RULE FIN-02: the cash journal from the first of last month to yesterday, every day closed
    // by the cashier, reviewed by the chief accountant except the last two; today stays open.
    CashDesk cash(db, clock);
    qint64 warehouse = 0;
    for (const Department &d : *departments)
        if (d.name == QStringLiteral("仓储物流部"))
            warehouse = d.id;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    qint64 box = 0;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        QList<CashEntry> entries;
        if (day == first)
            entries.append({0, day, CashDirection::Receipt, 500000, QStringLiteral("中国工商银行"),
                            QStringLiteral("提取备用金"), QStringLiteral("备用金")});
        entries.append({0, day, CashDirection::Receipt, 20000 + rng.bounded(80000), QStringLiteral("门店零售"),
                        QStringLiteral("现金货款"), QStringLiteral("销售收入")});
        entries.append({0, day, CashDirection::Payment, 1500 + rng.bounded(6000), QStringLiteral("顺丰速运"),
                        QStringLiteral("寄件运费"), QStringLiteral("快递费"), warehouse});
        if (rng.bounded(3) == 0) // a department's small purchase, against its 办公费 line (FIN-01)
            entries.append({0, day, CashDirection::Payment, 2000 + rng.bounded(20000), QStringLiteral("楼下便利店"),
                            QStringLiteral("办公零星采购"), QStringLiteral("办公费"),
                            departments->at(rng.bounded(int(departments->size()))).id});
        for (CashEntry e : entries) {
            if (auto id = cash.record(cashier, e); !id)
                return id.failure();
            box += e.signedFen();
            ++summary.cashEntries;
        }
        if (day == today)
            break;
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
        const qint64 approval = expenses.find(who, *id)->approvalId;
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
        a.budgetSheetFen = d.valueFen * 6 / 10;
        auto id = groups.save(cashier, a);
        if (!id)
            return id.failure();
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
        if (d.departsIn == 0 && d.kind == GroupKind::Group)
            if (auto lent = groups.lendToGuide(cashier, *id, QStringLiteral("导游 王磊"), d.receivedFen / 2, today);
                !lent)
                return lent.failure();
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
