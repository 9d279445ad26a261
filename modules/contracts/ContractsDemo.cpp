#include "ContractsDemo.h"

#include "ContractRegister.h"
#include "ContractsArea.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"
#include "users/data/UserRepository.h"

#include <QRandomGenerator>

namespace shopdesk {

namespace {
Actor actorOf(const UserRecord &u)
{
    return {u.id, u.userName, u.level, u.disabled, u.employeeId, u.scopes, u.roles, {}};
}

struct DemoType
{
    const char *code, *name;
    QList<const char *> titles;
    QList<const char *> parties;
    qint64 minFen, maxFen;
};
} // namespace

Result<int> ContractsDemo::create(Database &db, const Clock &clock, quint32 seed, int perMonth)
{
    ContractsArea::define();
    UserRepository users(db);
    auto admin = users.findById(1);
    auto clerk = users.findByName(QStringLiteral("clerk"));
    if (!admin || !clerk || clerk->id == 0)
        return 0; // a company without the demo's users
    // RULE CON-06: the office clerk keeps the archive.
    clerk->scopes.insert(QStringLiteral("contracts"));
    if (Status s = db.write([&]() -> Status { return users.setScopes(clerk->id, clerk->scopes); }); !s)
        return s.failure();
    const Actor custodian = actorOf(*clerk);
    const Actor administrator = actorOf(*admin);
    auto people = OrgRepository(db).employees();
    if (!people)
        return people.failure();

    ContractRegister book(db, clock);
    const QList<DemoType> types{
        {"CG",
         "采购合同",
         {"办公用品年度采购", "打印机及耗材采购", "仓库货架采购", "包装材料采购"},
         {"杭州得力文具有限公司", "北京办公设备有限公司", "上海包装材料有限公司"},
         500'000,
         8'000'000},
        {"XS",
         "销售合同",
         {"企业团购礼品销售", "年货礼盒批量销售", "定制文创产品销售"},
         {"上海某科技有限公司", "苏州工业园区管委会工会", "杭州某银行支行"},
         2'000'000,
         30'000'000},
        {"ZL",
         "租赁合同",
         {"办公室租赁", "仓库租赁", "车辆租赁"},
         {"上海万达物业管理有限公司", "上海物流有限公司", "一嗨汽车租赁有限公司"},
         3'000'000,
         60'000'000},
        {"FW",
         "服务合同",
         {"快递物流服务", "网站运维服务", "保洁服务", "宽带及电话服务"},
         {"顺丰速运有限公司", "上海物流有限公司", "中国电信股份有限公司上海分公司", "阿里云计算有限公司"},
         300'000,
         12'000'000},
        {"LY",
         "旅游合同",
         {"黄山三日游团队合同", "千岛湖两日游团队合同", "年会包场服务合同"},
         {"黄山旅游发展股份有限公司", "杭州千岛湖旅游有限公司"},
         1'000'000,
         5'000'000},
    };
    QList<qint64> typeIds;
    for (const DemoType &t : types) {
        auto id = book.addType(administrator, {0, QString::fromLatin1(t.code), QString::fromUtf8(t.name)});
        if (!id)
            return id.failure();
        typeIds << *id;
    }
    auto archive = book.addArchive(
        administrator, {0, QStringLiteral("行政部档案室"), QStringLiteral("三楼 302，防火防潮档案柜"), clerk->id, {}});
    if (!archive)
        return archive.failure();

    QRandomGenerator rng(seed ^ 0xC0A7u);
    const QDate today = clock.nowUtc().toLocalTime().date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-12);
    int made = 0;
    for (QDate month = first; month <= today; month = month.addMonths(1)) {
        for (int i = 0; i < perMonth; ++i) {
            const int k = int(rng.bounded(int(types.size())));
            const DemoType &t = types.at(k);
            Contract c;
            c.typeId = typeIds.at(k);
            c.archiveId = *archive;
            c.title = QString::fromUtf8(t.titles.at(int(rng.bounded(int(t.titles.size())))));
            c.counterparties = QString::fromUtf8(t.parties.at(int(rng.bounded(int(t.parties.size())))));
            c.signedOn = month.addDays(int(rng.bounded(month.daysInMonth())));
            if (c.signedOn > today)
                c.signedOn = today;
            c.startsOn = c.signedOn.addDays(int(rng.bounded(15)));
            c.endsOn = c.startsOn.addMonths(QList<int>{1, 3, 6, 12, 24}.at(int(rng.bounded(5)))).addDays(-1);
            c.valueFen = 100 * ((t.minFen + qint64(rng.bounded(double(t.maxFen - t.minFen)))) / 100);
            c.status = c.endsOn < today ? ContractStatus::Completed : ContractStatus::Active;
            if (rng.bounded(25) == 0)
                c.status = ContractStatus::Terminated;
            if (!people->isEmpty())
                c.responsibleEmployeeId = people->at(int(rng.bounded(int(people->size())))).id;
            c.cabinet = QStringLiteral("%1号柜").arg(1 + k);
            c.shelf = QStringLiteral("第%1层").arg(1 + int(rng.bounded(4)));
            c.box = QStringLiteral("%1-%2").arg(c.signedOn.year()).arg(c.signedOn.month(), 2, 10, QLatin1Char('0'));
            auto registered = book.registerContract(custodian, c);
            if (!registered)
                return registered.failure();
            ++made;
        }
    }
    return made;
}

} // namespace shopdesk
