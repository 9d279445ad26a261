#include "SupplyImport.h"

#include "SuppliesActions.h"
#include "SupplyCatalogue.h"
#include "audit/AuditTrail.h"
#include "data/SupplyItemRepository.h"
#include "database/data/Database.h"
#include "imports/XlsxSheet.h"

#include <algorithm>

namespace shopdesk {

namespace {
// Problems in the order of the file, whichever check found them.
void sortByLine(QList<ImportProblem> &problems)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
}

// The audit record of an imported card names the file it came from.
QJsonObject fromFile(QJsonObject card, const QString &fileName)
{
    card.insert(QStringLiteral("file"), fileName);
    return card;
}

template<typename Preview>
QStringList figures(const Preview &p)
{
    return {p.fileName,
            SupplyImport::tr("Rows read: %1").arg(p.rowsRead),
            SupplyImport::tr("New: %1").arg(p.added.size()),
            SupplyImport::tr("Changed: %1").arg(p.changed.size()),
            SupplyImport::tr("Unchanged: %1").arg(p.unchanged),
            SupplyImport::tr("Problems (their rows are not imported): %1").arg(p.problems.size())};
}
} // namespace

Result<SupplyItemImportPreview> SupplyImport::previewItems(const Actor &actor, const QByteArray &bytes,
                                                           const QString &fileName) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::ManageItems); !allowed)
        return allowed.failure();
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    auto list = SupplyListRows::items(*records);
    if (!list)
        return fail(tr("%1: %2").arg(fileName, list.error()));
    SupplyItemRepository repo(m_db);
    auto items = repo.items({});
    if (!items)
        return items.failure();
    auto suppliers = repo.suppliers();
    if (!suppliers)
        return suppliers.failure();

    SupplyItemImportPreview p;
    p.fileName = fileName;
    p.rowsRead = list->rowsRead;
    p.problems = list->problems;
    QHash<QString, SupplyItem> byCode;
    for (const SupplyItem &i : *items)
        byCode.insert(i.code, i);
    QHash<QString, qint64> supplierIds;
    for (const Supplier &s : *suppliers) {
        supplierIds.insert(s.name, s.id);
        p.supplierNames.insert(s.id, s.name);
    }
    for (const SupplyItemRow &row : list->rows) {
        if (!row.preferredSupplier.isEmpty() && !supplierIds.contains(row.preferredSupplier)) {
            p.problems.append({row.line, tr("preferred supplier"), row.preferredSupplier,
                               tr("no supplier of this name; import the supplier list first")});
            continue;
        }
        const SupplyItem before = byCode.value(row.code);
        const SupplyItem after = row.appliedTo(before, supplierIds.value(row.preferredSupplier));
        if (before.id == 0)
            p.added.append(after);
        else if (SupplyListRows::sameCard(before, after))
            ++p.unchanged;
        else
            p.changed.append({before, after});
    }
    sortByLine(p.problems);
    return p;
}

Result<SupplierImportPreview> SupplyImport::previewSuppliers(const Actor &actor, const QByteArray &bytes,
                                                             const QString &fileName) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::ManageItems); !allowed)
        return allowed.failure();
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    auto list = SupplyListRows::suppliers(*records);
    if (!list)
        return fail(tr("%1: %2").arg(fileName, list.error()));
    auto suppliers = SupplyItemRepository(m_db).suppliers();
    if (!suppliers)
        return suppliers.failure();

    SupplierImportPreview p;
    p.fileName = fileName;
    p.rowsRead = list->rowsRead;
    p.problems = list->problems;
    QHash<QString, Supplier> byName;
    for (const Supplier &s : *suppliers)
        byName.insert(s.name, s);
    for (const SupplierRow &row : list->rows) {
        const Supplier before = byName.value(row.name);
        const Supplier after = row.appliedTo(before);
        if (before.id == 0)
            p.added.append(after);
        else if (SupplyListRows::sameCard(before, after))
            ++p.unchanged;
        else
            p.changed.append({before, after});
    }
    return p;
}

QStringList SupplyImport::summary(const SupplyItemImportPreview &preview)
{
    return figures(preview);
}

QStringList SupplyImport::summary(const SupplierImportPreview &preview)
{
    return figures(preview);
}

Result<int> SupplyImport::import(const Actor &actor, const SupplyItemImportPreview &preview)
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::ManageItems); !allowed)
        return allowed.failure();
    return m_db.write([&]() -> Result<int> {
        SupplyItemRepository repo(m_db);
        AuditTrail audit(m_db, m_clock);
        for (const SupplyItem &item : preview.added) {
            auto taken = repo.byCode(item.code);
            if (!taken)
                return taken.failure();
            if (*taken)
                return conflict(tr("%1 (%2) was added by someone else since the preview; read the file again.")
                                    .arg(item.code, item.name));
            auto id = repo.add(item);
            if (!id)
                return id.failure();
            if (Status s = audit.record(actor, QStringLiteral("supplies.item.import"), QStringLiteral("supply_items"),
                                        QString::number(*id), {}, fromFile(auditContent(item), preview.fileName));
                !s)
                return s.failure();
        }
        for (const auto &[before, after] : preview.changed) {
            auto changed = repo.update(after); // the card only: stock stays the ledger's (SUP-07)
            if (!changed)
                return changed.failure();
            if (!*changed)
                return conflict(tr("%1 (%2) was changed by someone else since the preview; read the file again.")
                                    .arg(before.code, before.name));
            if (Status s = audit.record(actor, QStringLiteral("supplies.item.import"), QStringLiteral("supply_items"),
                                        QString::number(after.id), auditContent(before),
                                        fromFile(auditContent(after), preview.fileName));
                !s)
                return s.failure();
        }
        return int(preview.added.size() + preview.changed.size());
    });
}

Result<int> SupplyImport::import(const Actor &actor, const SupplierImportPreview &preview)
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::ManageItems); !allowed)
        return allowed.failure();
    return m_db.write([&]() -> Result<int> {
        SupplyItemRepository repo(m_db);
        AuditTrail audit(m_db, m_clock);
        auto stored = repo.suppliers();
        if (!stored)
            return stored.failure();
        for (const Supplier &supplier : preview.added) {
            if (std::any_of(stored->cbegin(), stored->cend(),
                            [&](const Supplier &s) { return s.name == supplier.name; }))
                return conflict(
                    tr("%1 was added by someone else since the preview; read the file again.").arg(supplier.name));
            auto id = repo.addSupplier(supplier);
            if (!id)
                return id.failure();
            if (Status s = audit.record(actor, QStringLiteral("supplies.supplier.import"), QStringLiteral("suppliers"),
                                        QString::number(*id), {}, fromFile(auditContent(supplier), preview.fileName));
                !s)
                return s.failure();
        }
        for (const auto &[before, after] : preview.changed) {
            auto changed = repo.updateSupplier(after);
            if (!changed)
                return changed.failure();
            if (!*changed)
                return conflict(
                    tr("%1 was changed by someone else since the preview; read the file again.").arg(before.name));
            if (Status s = audit.record(actor, QStringLiteral("supplies.supplier.import"), QStringLiteral("suppliers"),
                                        QString::number(after.id), auditContent(before),
                                        fromFile(auditContent(after), preview.fileName));
                !s)
                return s.failure();
        }
        return int(preview.added.size() + preview.changed.size());
    });
}

} // namespace shopdesk
