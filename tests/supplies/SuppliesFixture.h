#pragma once

#include "StockLedger.h"
#include "SuppliesActions.h"
#include "SuppliesArea.h"
#include "SupplyCatalogue.h"
#include "TestSupport.h"

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
        return StockLedger(db(), clock()).book(clerk, item, r);
    }

    SupplyItem item(qint64 id) { return *SupplyCatalogue(db(), clock()).item(clerk, id); }
    Database &db() { return *org.company.db; }
    FixedClock &clock() { return org.company.clock; }
};

} // namespace shopdesk::test
