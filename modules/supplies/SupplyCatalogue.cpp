#include "SupplyCatalogue.h"

#include "SuppliesActions.h"
#include "audit/AuditTrail.h"
#include "data/SupplyItemRepository.h"
#include "database/data/Database.h"

#include <QJsonObject>

namespace shopdesk {

QJsonObject auditContent(const SupplyItem &i)
{
    return {{QStringLiteral("code"), i.code},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("category"), i.category},
            {QStringLiteral("unit"), i.unit},
            {QStringLiteral("specification"), i.specification},
            {QStringLiteral("location"), i.location},
            {QStringLiteral("reorder_point"), i.reorderPoint},
            {QStringLiteral("lead_time_days"), i.leadTimeDays},
            {QStringLiteral("preferred_supplier_id"), i.preferredSupplierId}};
}

QJsonObject auditContent(const Supplier &s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("contact"), s.contact},
            {QStringLiteral("phone"), s.phone},
            {QStringLiteral("notes"), s.notes}};
}

namespace {
SupplyItem trimmed(SupplyItem i)
{
    for (QString *s : {&i.code, &i.name, &i.category, &i.unit, &i.specification, &i.location})
        *s = s->trimmed();
    return i;
}
} // namespace

Result<QList<SupplyItem>> SupplyCatalogue::items(const Actor &actor, const SupplyItemQuery &query) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    return SupplyItemRepository(m_db).items(query);
}

Result<SupplyItem> SupplyCatalogue::item(const Actor &actor, qint64 id) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    auto found = SupplyItemRepository(m_db).find(id);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The item no longer exists."));
    return **found;
}

Result<SupplyItem> SupplyCatalogue::itemByCode(const Actor &actor, const QString &code) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    auto found = SupplyItemRepository(m_db).byCode(code);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("No item has the code \"%1\".").arg(code.trimmed()));
    return **found;
}

Result<QStringList> SupplyCatalogue::categories(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    return SupplyItemRepository(m_db).categories();
}

Result<qint64> SupplyCatalogue::saveItem(const Actor &actor, const SupplyItem &given)
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::ManageItems); !allowed)
        return allowed.failure();
    const SupplyItem item = trimmed(given);
    if (item.code.isEmpty() || item.name.isEmpty() || item.unit.isEmpty())
        return fail(tr("Give the item's code, name and unit."));
    if (item.category.isEmpty()) // RULE SUP-08: items are kept by category
        return fail(tr("Choose the item's category."));
    if (item.reorderPoint < 0 || item.leadTimeDays < 0)
        return fail(tr("The reorder point and the lead time cannot be negative."));
    return m_db.write([&]() -> Result<qint64> {
        SupplyItemRepository repo(m_db);
        auto sameCode = repo.byCode(item.code);
        if (!sameCode)
            return sameCode.failure();
        if (*sameCode && (*sameCode)->id != item.id)
            return fail(tr("The code %1 is already used by %2.").arg(item.code, (*sameCode)->name));
        QJsonObject before;
        qint64 id = item.id;
        if (id == 0) {
            auto added = repo.add(item);
            if (!added)
                return added;
            id = *added;
        } else {
            auto stored = repo.find(id);
            if (!stored)
                return stored.failure();
            if (!*stored)
                return fail(tr("The item no longer exists."));
            before = auditContent(**stored);
            auto changed = repo.update(item);
            if (!changed)
                return changed.failure();
            if (!*changed)
                return conflict(
                    tr("Someone else changed %1 meanwhile; reload it and make the change again.").arg((*stored)->name));
        }
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("supplies.item.save"), QStringLiteral("supply_items"),
                                   QString::number(id), before, auditContent(item));
            !s)
            return s.failure();
        return id;
    });
}

Result<QList<Supplier>> SupplyCatalogue::suppliers(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    return SupplyItemRepository(m_db).suppliers();
}

Result<qint64> SupplyCatalogue::saveSupplier(const Actor &actor, const Supplier &given)
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::ManageItems); !allowed)
        return allowed.failure();
    Supplier supplier = given;
    supplier.name = supplier.name.trimmed();
    if (supplier.name.isEmpty())
        return fail(tr("Give the supplier's name."));
    return m_db.write([&]() -> Result<qint64> {
        SupplyItemRepository repo(m_db);
        auto all = repo.suppliers();
        if (!all)
            return all.failure();
        for (const Supplier &other : *all)
            if (other.id != supplier.id && other.name == supplier.name)
                return fail(tr("There is already a supplier named %1.").arg(supplier.name));
        QJsonObject before;
        qint64 id = supplier.id;
        if (id == 0) {
            auto added = repo.addSupplier(supplier);
            if (!added)
                return added;
            id = *added;
        } else {
            auto stored = repo.supplier(id);
            if (!stored)
                return stored.failure();
            if (!*stored)
                return fail(tr("The supplier no longer exists."));
            before = auditContent(**stored);
            auto changed = repo.updateSupplier(supplier);
            if (!changed)
                return changed.failure();
            if (!*changed)
                return conflict(
                    tr("Someone else changed %1 meanwhile; reload it and make the change again.").arg((*stored)->name));
        }
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("supplies.supplier.save"), QStringLiteral("suppliers"),
                                   QString::number(id), before, auditContent(supplier));
            !s)
            return s.failure();
        return id;
    });
}

} // namespace shopdesk
