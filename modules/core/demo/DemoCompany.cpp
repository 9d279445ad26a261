#include "demo/DemoCompany.h"

#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"
#include "settings/data/SettingsStore.h"
#include "users/AuthService.h"
#include "users/PasswordHasher.h"
#include "users/UserService.h"
#include "users/data/UserRepository.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace shopdesk {

namespace {

struct DemoDepartment
{
    const char *name;
    const char *headPosition;
    const char *staffPosition;
    int weight; // share of the staff
};

// The company of the rules document: an e-commerce firm with an office, finance, the shop's
// operations, customer service and a warehouse.
const DemoDepartment kDepartments[] = {
    {"总经办", "总经理", "总经理助理", 1}, {"行政部", "行政经理", "行政专员", 2},
    {"财务部", "财务经理", "会计", 2},     {"电商运营部", "运营经理", "运营专员", 4},
    {"客服部", "客服主管", "客服专员", 4}, {"仓储物流部", "仓储主管", "仓管员", 3},
};

const char *kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                           "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
const char *kGiven[] = {"伟", "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",
                        "勇", "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀英", "霞",   "平",
                        "刚", "桂英", "晓东", "海燕", "建华", "子涵", "浩然", "雨欣", "思远", "佳怡"};

// The staff while they are added: the running number that makes staff numbers and clock PINs,
// and the people the demo logins belong to.
struct StaffInProgress
{
    OrgRepository &org;
    QRandomGenerator &rng;
    QDate today;
    DemoSummary &summary;
    int next = 0;
    qint64 generalManager = 0, officeHead = 0, officeClerk = 0;
};

// The department's i-th person, the name, phone and hire date drawn from the seed in this order.
EmployeeSummary newEmployee(StaffInProgress &staff, const DemoDepartment &dep, qint64 departmentId, int i,
                            qint64 supervisorId)
{
    QRandomGenerator &rng = staff.rng;
    const int next = staff.next;
    EmployeeSummary e;
    e.staffNo = QStringLiteral("E%1").arg(next + 1, 4, 10, QChar(u'0'));
    e.name = QString::fromUtf8(kSurnames[rng.bounded(int(std::size(kSurnames)))])
        + QString::fromUtf8(kGiven[rng.bounded(int(std::size(kGiven)))]);
    e.departmentId = departmentId;
    e.position = QString::fromUtf8(i == 0 ? dep.headPosition : dep.staffPosition);
    e.supervisorId = supervisorId;
    e.clockPin = QString::number(1001 + next); // the time clock's PINs
    e.phone = QStringLiteral("13%1").arg(rng.bounded(100000000, 999999999));
    e.hireDate = staff.today.addDays(-int(rng.bounded(60, 2500)));
    return e;
}

// The department's first person is its head, reporting to the general manager (the very first
// person of the company); the others report to the head.
Status addDepartmentStaff(StaffInProgress &staff, const DemoDepartment &dep, qint64 departmentId, int size)
{
    qint64 head = 0;
    for (int i = 0; i < size; ++i, ++staff.next) {
        auto id = staff.org.addEmployee(newEmployee(staff, dep, departmentId, i, i == 0 ? staff.generalManager : head));
        if (!id)
            return id.failure();
        ++staff.summary.employees;
        if (i == 0) {
            head = *id;
            Status h = staff.org.setDepartmentHead(departmentId, *id);
            if (!h)
                return h;
        }
        if (staff.generalManager == 0)
            staff.generalManager = *id;
        if (&dep == &kDepartments[1] && i == 0)
            staff.officeHead = *id;
        if (&dep == &kDepartments[1] && i == 1)
            staff.officeClerk = *id;
    }
    return success();
}

// The departments, each with its weight's share of the staff (at least one); the last takes
// the rest.
Status addStaff(StaffInProgress &staff, int employees)
{
    int totalWeight = 0;
    for (const auto &dep : kDepartments)
        totalWeight += dep.weight;
    for (const auto &dep : kDepartments) {
        auto depId = staff.org.addDepartment(QString::fromUtf8(dep.name));
        if (!depId)
            return depId.failure();
        ++staff.summary.departments;
        const bool last = &dep == &kDepartments[std::size(kDepartments) - 1];
        const int size = last ? employees - staff.next : qMax(1, employees * dep.weight / totalWeight);
        if (Status s = addDepartmentStaff(staff, dep, *depId, size); !s)
            return s;
    }
    return success();
}

// The administrator made by CompanyDatabase::create is the general manager.
Result<UserRecord> makeAdminTheGeneralManager(UserRepository &users, qint64 generalManager)
{
    auto admin = users.findByName(QStringLiteral("admin"));
    if (!admin)
        return admin.failure();
    UserRecord a = *admin;
    a.employeeId = generalManager;
    a.displayName = QStringLiteral("总经理");
    auto saved = users.update(a);
    if (!saved)
        return saved.failure();
    return a;
}

// The office head and the office's first clerk sign in as "manager" and "clerk".
Status addDemoUsers(Database &d, const QDateTime &now, qint64 officeHead, qint64 officeClerk)
{
    const DemoUser demoUsers[] = {
        {QStringLiteral("manager"),
         QStringLiteral("行政经理"),
         QStringLiteral("Manager2026"),
         officeHead,
         Level::Clerk,
         {Role::DepartmentHead, Role::Hr},
         {QStringLiteral("hr"), QStringLiteral("supplies"), QStringLiteral("contracts"),
          QStringLiteral("phone_approvals")}},
        {QStringLiteral("clerk"),
         QStringLiteral("行政专员"),
         QStringLiteral("Clerk2026"),
         officeClerk,
         Level::Clerk,
         {Role::Custodian},
         {QStringLiteral("supplies"), QStringLiteral("contracts"), QStringLiteral("phone_approvals")}},
    };
    for (const DemoUser &u : demoUsers)
        if (auto id = DemoCompany::addUser(d, u, now); !id)
            return id.failure();
    return success();
}

// The audit trail's record of the demo, by the administrator.
Status recordDemoCreated(Database &d, const Clock &clock, const UserRecord &admin, const DemoOptions &options)
{
    const Actor system{admin.id, admin.userName, Level::DatabaseAdmin};
    return AuditTrail(d, clock).record(system, QStringLiteral("demo.create"), QStringLiteral("company"),
                                       QStringLiteral("1"), {},
                                       {{QStringLiteral("employees"), options.employees},
                                        {QStringLiteral("months"), options.months},
                                        {QStringLiteral("seed"), qint64(options.seed)}});
}

// Something waiting in the inbox from the start: the administrator asks that the clerk may
// also work in people and attendance (RULE DB-02), for the office head to approve.
Status askForClerksHrScope(Database &d, const Clock &clock)
{
    UserRepository users(d);
    auto clerk = users.findByName(QStringLiteral("clerk"));
    auto admin = users.findByName(QStringLiteral("admin"));
    if (clerk && admin && clerk->employeeId != 0) {
        UserRecord wanted = *clerk;
        wanted.scopes.insert(QStringLiteral("hr"));
        const Actor gm{admin->id, admin->userName, Level::DatabaseAdmin, false, admin->employeeId};
        auto requested = UserService(d, clock).update(gm, wanted);
        if (!requested)
            return requested.failure();
    }
    return success();
}

} // namespace

Result<Actor> DemoCompany::actorNamed(Database &db, const Clock &clock, const QString &name)
{
    auto user = UserRepository(db).findByName(name);
    if (!user)
        return user.failure();
    if (user->id == 0)
        return Actor{};
    return AuthService(db, clock).loadActor(user->id);
}

Result<qint64> DemoCompany::addUser(Database &db, const DemoUser &du, const QDateTime &now)
{
    UserRepository users(db);
    UserRecord u;
    u.userName = du.name;
    u.displayName = du.display;
    u.employeeId = du.employeeId;
    u.level = du.level;
    u.roles = du.roles;
    u.scopes = du.scopes;
    u.passwordHash = PasswordHasher::hash(du.password);
    u.passwordChangedOn = now.toLocalTime().date();
    u.createdAt = toStoredInstant(now);
    auto id = users.insert(u);
    if (!id)
        return id.failure();
    if (Status p = users.setPassword(*id, u.passwordHash, u.passwordChangedOn, false, u.createdAt); !p)
        return p.failure();
    return id;
}

Result<DemoSummary> DemoCompany::create(const QString &path, const DemoOptions &options, const Clock &clock)
{
    if (options.employees < 6 || options.employees > 5000)
        return fail(tr("A demo company has 6 to 5000 employees."));
    if (options.months < 1 || options.months > 36)
        return fail(tr("A demo company covers 1 to 36 months."));
    auto db = CompanyDatabase::create(path, QStringLiteral("示例电商有限公司"), QStringLiteral("admin"),
                                      QStringLiteral("Admin2026"), clock);
    if (!db)
        return db.failure();
    Database &d = **db;
    QRandomGenerator rng(options.seed);
    const QDate today = clock.nowUtc().toLocalTime().date();
    DemoSummary summary;

    Status s = d.write([&]() -> Status {
        OrgRepository org(d);
        UserRepository users(d);
        SettingsStore(d).set(QStringLiteral("demo.months"), QString::number(options.months));
        SettingsStore(d).set(QStringLiteral("demo.seed"), QString::number(options.seed));
        StaffInProgress staff{org, rng, today, summary};
        if (Status added = addStaff(staff, options.employees); !added)
            return added;
        auto admin = makeAdminTheGeneralManager(users, staff.generalManager);
        if (!admin)
            return admin.failure();
        if (Status added = addDemoUsers(d, clock.nowUtc(), staff.officeHead, staff.officeClerk); !added)
            return added;
        return recordDemoCreated(d, clock, *admin, options);
    });
    if (!s)
        return s.failure();
    if (Status asked = askForClerksHrScope(d, clock); !asked)
        return asked.failure();
    summary.logins = {QStringLiteral("admin / Admin2026"), QStringLiteral("manager / Manager2026"),
                      QStringLiteral("clerk / Clerk2026")};
    return summary;
}

} // namespace shopdesk
