#pragma once

#include "Listings.h"
#include "PriceChanges.h"
#include "ProductCatalogue.h"
#include "ProductStock.h"
#include "Promotions.h"
#include "ShopArea.h"
#include "TestSupport.h"
#include "approval/Approvals.h"

namespace shopdesk::test {

// The e-commerce department of the test company: its head (`org.sales`, the leader who approves),
// a product manager, a planner, a web editor and an assistant who keeps the stock, all with the
// shop scope; and two products, a listed mug with 10 in stock and a draft teapot with none.
struct ShopCompany
{
    Org org;
    Actor pm, planner, editor, assistant;
    qint64 mug = 0, teapot = 0;

    ShopCompany()
    {
        ShopArea::define();
        pm = person("pm", "E11", "产品经理", Role::ProductManager);
        planner = person("planner", "E12", "网站策划", Role::Planner);
        editor = person("editor", "E13", "网站编辑", Role::WebEditor);
        assistant = person("assistant", "E14", "电商助理", {});
        mug = add(QStringLiteral("MUG-01"), QStringLiteral("青花瓷马克杯"), 3900);
        teapot = add(QStringLiteral("POT-01"), QStringLiteral("紫砂茶壶"), 25800);
        QVERIFY2_OR_DIE(stock().book(assistant, mug, {ProductMovementKind::Receipt, 10, QStringLiteral("首批到货")}));
        listNow(mug);
    }
    Database &db() { return *org.company.db; }
    FixedClock &clock() { return org.company.clock; }
    QDate today() { return clock().nowUtc().toLocalTime().date(); }
    ProductCatalogue catalogue() { return ProductCatalogue(db(), clock()); }
    ProductStock stock() { return ProductStock(db(), clock()); }
    PriceChanges prices() { return PriceChanges(db(), clock()); }
    Listings listings() { return Listings(db(), clock()); }
    Promotions promotions() { return Promotions(db(), clock()); }
    Approvals approvals() { return Approvals(db(), clock()); }
    Product product(qint64 id) { return *catalogue().product(org.admin, id); }

    // The leader's decision on the newest request waiting for them.
    Status leaderDecides(bool approve)
    {
        auto waiting = approvals().waitingFor(org.sales);
        if (!waiting || waiting->isEmpty())
            return fail(QStringLiteral("nothing waits for the leader"));
        return approvals().decide(org.sales, waiting->first().id, approve,
                                  approve ? QString() : QStringLiteral("不行"));
    }
    qint64 add(const QString &code, const QString &title, qint64 priceFen)
    {
        Product p;
        p.code = code;
        p.title = title;
        p.category = QStringLiteral("茶具");
        p.costFen = priceFen / 2;
        p.priceFen = priceFen;
        p.lowStockAt = 3;
        auto id = catalogue().save(assistant, p);
        if (!id)
            qFatal("product: %s", qPrintable(id.error()));
        return *id;
    }
    // Through the whole PRD-02 route: asked, approved, carried out.
    void listNow(qint64 productId)
    {
        auto asked = listings().ask(pm, productId, ListingKind::List, QStringLiteral("新品上架"));
        if (!asked || !leaderDecides(true) || !listings().carryOut(editor, *asked))
            qFatal("listing failed");
    }

private:
    static void QVERIFY2_OR_DIE(const Result<qint64> &r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error()));
    }
    Actor person(const QString &user, const char *staffNo, const char *name, const QString &role)
    {
        OrgRepository chart(db());
        const qint64 salesDept = chart.employee(org.salesHeadEmployee)->departmentId;
        qint64 employee = 0;
        const Status added = db().write([&]() -> Status {
            EmployeeSummary e;
            e.staffNo = QString::fromLatin1(staffNo);
            e.name = QString::fromUtf8(name);
            e.departmentId = salesDept;
            e.supervisorId = org.salesHeadEmployee;
            auto id = chart.addEmployee(e);
            employee = id ? *id : 0;
            return id ? success() : id.failure();
        });
        if (!added)
            qFatal("employee: %s", qPrintable(added.error()));
        Actor a = org.user(user, employee, Level::Clerk);
        // The assistant keeps the stock and the cards; the others may also take data out (DB-04).
        a.scopes = {QStringLiteral("shop")};
        if (!role.isEmpty())
            a.scopes.insert(QStringLiteral("export"));
        if (!role.isEmpty())
            a.roles = {role};
        // Kept in the file too, for shopdeskctl signing in as them.
        UserRepository users(db());
        const Status kept = db().write([&]() -> Status {
            if (Status s = users.setScopes(a.userId, a.scopes); !s)
                return s;
            return users.setRoles(a.userId, a.roles);
        });
        if (!kept)
            qFatal("user: %s", qPrintable(kept.error()));
        return a;
    }
};

} // namespace shopdesk::test
