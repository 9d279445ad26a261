#include "StockLedger.h"

#include "SuppliesActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/StockLedgerRepository.h"
#include "data/SupplyItemRepository.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"

#include <QJsonObject>

namespace shopdesk {

namespace {
QJsonObject movementJson(const StockMovement &m)
{
    return {{QStringLiteral("item_id"), m.itemId},
            {QStringLiteral("kind"), movementKindKey(m.kind)},
            {QStringLiteral("quantity"), m.quantity},
            {QStringLiteral("value_fen"), m.valueFen},
            {QStringLiteral("department_id"), m.departmentId},
            {QStringLiteral("reason"), m.reason},
            {QStringLiteral("reference"), m.reference}};
}
} // namespace

Result<qint64> StockLedger::book(const Actor &actor, qint64 itemId, const MovementRequest &request,
                                 std::optional<qint64> expectedOnHand)
{
    // RULE SUP-08: nobody moves supplies without permission.
    if (Status allowed = Permissions::require(actor, SuppliesAction::MoveStock); !allowed)
        return allowed.failure();
    // RULE SUP-07: a difference from the books is booked only by an approved stocktake.
    if (request.kind == MovementKind::Adjustment)
        return fail(tr("Stock is adjusted only by a stocktake that the office head approved."));
    return m_db.write([&]() -> Result<qint64> {
        auto item = SupplyItemRepository(m_db).find(itemId);
        if (!item)
            return item.failure();
        if (!*item)
            return fail(tr("The item no longer exists."));
        StockLedgerRepository ledger(m_db);
        auto position = ledger.position(itemId);
        if (!position)
            return position.failure();
        if (expectedOnHand && *expectedOnHand != position->onHand)
            return conflict(tr("The stock of %1 changed meanwhile: %2 %3 on hand now. Check the quantity and "
                               "book again.")
                                .arg((*item)->name)
                                .arg(position->onHand)
                                .arg((*item)->unit));
        auto id = appendInTransaction(m_db, m_clock, actor, itemId, request);
        if (!id && !id.isBusy())
            return fail(tr("%1: %2").arg((*item)->name, id.error()));
        return id;
    });
}

Result<qint64> StockLedger::appendInTransaction(Database &db, const Clock &clock, const Actor &actor, qint64 itemId,
                                                const MovementRequest &request)
{
    StockLedgerRepository ledger(db);
    auto position = ledger.position(itemId);
    if (!position)
        return position.failure();
    auto rows = StockRules::rows(*position, request);
    if (!rows)
        return rows.failure();
    qint64 first = 0;
    for (StockMovement m : *rows) {
        m.itemId = itemId;
        m.byUserId = actor.userId;
        m.at = clock.nowUtc();
        auto id = ledger.append(m);
        if (!id)
            return id;
        first = first ? first : *id;
        if (Status s = AuditTrail(db, clock).record(actor, QStringLiteral("supplies.stock.move"),
                                                    QStringLiteral("supply_movements"), QString::number(*id), {},
                                                    movementJson(m));
            !s)
            return s.failure();
    }
    return first;
}

Result<QList<StockMovement>> StockLedger::movements(const Actor &actor, qint64 itemId, int limit) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    return StockLedgerRepository(m_db).movements(itemId, limit);
}

Result<QList<Department>> StockLedger::departments(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    return OrgRepository(m_db).departments();
}

} // namespace shopdesk
