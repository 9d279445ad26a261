#pragma once

#include "PurchaseDesk.h"
#include "StockLedger.h"
#include "SuppliesActions.h"
#include "SuppliesArea.h"
#include "SupplyCatalogue.h"
#include "TestSupport.h"
#include "approval/Approvals.h"
#include "users/data/UserRepository.h"

#include <QSqlQuery>

namespace shopdesk::test {

// The Org company with the supplies permissions defined, a clerk of the office who may work in
// supplies, and two items: paper (reorder point 10) and pens.
struct SuppliesCompany
{
    Org org;
    Actor clerk;
    qint64 paper = 0, pens = 0, office = 0, sales = 0;

    SuppliesCompany()
    {
        SuppliesArea::define();
        clerk = org.clerk;
        clerk.scopes = {QStringLiteral("supplies")};
        // Stored too, for rules that ask about another user (SUP-06).
        if (!db().write([&] { return UserRepository(db()).setScopes(clerk.userId, clerk.scopes); }))
            qFatal("clerk scopes");
        paper = add(QStringLiteral("6901234567892"), QStringLiteral("A4复印纸"), QStringLiteral("纸张"), 10);
        pens = add(QStringLiteral("6902222222221"), QStringLiteral("中性笔 0.5mm 黑"), QStringLiteral("书写工具"), 0);
        for (const Department &d : *StockLedger(db(), clock()).departments(clerk))
            (d.name == QStringLiteral("行政部") ? office : sales) = d.id;
    }

    qint64 add(const QString &code, const QString &name, const QString &category, qint64 reorderPoint)
    {
        SupplyItem i;
        i.code = code;
        i.name = name;
        i.category = category;
        i.unit = QStringLiteral("包");
        i.reorderPoint = reorderPoint;
        auto id = SupplyCatalogue(db(), clock()).saveItem(clerk, i);
        if (!id)
            qFatal("supplies item: %s", qPrintable(id.error()));
        return *id;
    }

    Result<qint64> move(MovementKind kind, qint64 item, qint64 quantity, qint64 unitFen = -1)
    {
        MovementRequest r;
        r.kind = kind;
        r.quantity = quantity;
        if (unitFen >= 0)
            r.unitCost = Money::fromFen(unitFen);
        r.departmentId = kind == MovementKind::Receipt || kind == MovementKind::Adjustment ? 0 : office;
        r.reason = QStringLiteral("测试");
        r.reference = QStringLiteral("小票 0001");
        return StockLedger(db(), clock()).book(clerk, item, r);
    }

    SupplyItem item(qint64 id) { return *SupplyCatalogue(db(), clock()).item(clerk, id); }
    Database &db() { return *org.company.db; }
    FixedClock &clock() { return org.company.clock; }
};

// The approval id stored with a purchase request.
struct PurchaseProbe
{
    SuppliesCompany &c;
    std::optional<qint64> approvalOf(qint64 request)
    {
        QSqlQuery q = c.db().query();
        if (!q.exec(QStringLiteral("SELECT approval_id FROM purchase_requests WHERE id = %1").arg(request))
            || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    }
};

// Two suppliers and the purchasing desk: an approved request for paper and pens, and its order
// from the cheaper quote (SUP-01..03).
struct PurchaseChain
{
    SuppliesCompany c;
    qint64 deli = 0, chenguang = 0;
    PurchaseChain()
    {
        SupplyCatalogue catalogue(c.db(), c.clock());
        deli = *catalogue.saveSupplier(c.clerk, {0, QStringLiteral("得力"), {}, {}, {}, 1});
        chenguang = *catalogue.saveSupplier(c.clerk, {0, QStringLiteral("晨光"), {}, {}, {}, 1});
    }
    PurchaseDesk desk() { return PurchaseDesk(c.db(), c.clock()); }
    qint64 approvedRequest()
    {
        NewPurchaseRequest n;
        n.reason = QStringLiteral("月度补货");
        n.lines = {{0, c.paper, {}, QStringLiteral("A4复印纸"), {}, 20, 2500, 0},
                   {0, c.pens, {}, QStringLiteral("中性笔"), {}, 50, 200, 0}};
        auto id = desk().request(c.clerk, n);
        if (!id)
            qFatal("request: %s", qPrintable(id.error()));
        Actor head = c.org.head;
        const qint64 approval = *PurchaseProbe{c}.approvalOf(*id);
        if (Status s = Approvals(c.db(), c.clock()).decide(head, approval, true, {}); !s)
            qFatal("approve: %s", qPrintable(s.error()));
        return *id;
    }
    NewPurchaseOrder orderFor(qint64 request)
    {
        NewPurchaseOrder o;
        o.requestId = request;
        o.quotes = {{deli, QStringLiteral("得力"), 60000},
                    {chenguang, QStringLiteral("晨光"), 58000}}; // 20 x 24.00 + 50 x 2.00
        o.chosen = 1;
        o.deliveryDate = c.clock().nowUtc().date().addDays(5);
        o.unitFenByItem = {{c.paper, 2400}};
        return o;
    }
};

} // namespace shopdesk::test
