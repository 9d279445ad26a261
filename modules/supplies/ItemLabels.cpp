#include "ItemLabels.h"

#include "Code128.h"
#include "LabelPainter.h"
#include "SupplyCatalogue.h"

namespace shopdesk {

QString ItemLabels::title()
{
    return tr("Shelf labels");
}

Result<QList<SupplyItem>> ItemLabels::labels(const Actor &actor, const QStringList &codes, int copies) const
{
    if (copies < 1 || copies > maxCopies)
        return fail(tr("Copies per item must be between 1 and %1, not %2.").arg(maxCopies).arg(copies));
    SupplyCatalogue catalogue(m_db, m_clock);
    QList<SupplyItem> items;
    if (codes.isEmpty()) {
        auto all = catalogue.items(actor, {});
        if (!all)
            return all.failure();
        items = *all;
    }
    for (const QString &code : codes) {
        auto item = catalogue.itemByCode(actor, code);
        if (!item)
            return item.failure();
        items.append(*item);
    }
    if (items.isEmpty())
        return fail(tr("There are no items to print labels for."));
    // Before any page is printed or previewed: a code no barcode can carry, with its item named.
    for (const SupplyItem &item : std::as_const(items))
        if (auto bars = Code128::encode(item.code); !bars)
            return fail(tr("No label for %1: %2").arg(item.name, bars.error()));
    return withCopies(items, copies);
}

Status ItemLabels::writePdf(const Actor &actor, const QList<SupplyItem> &labels, const QString &path,
                            const LabelSheet &sheet) const
{
    return DataExport(m_db, m_clock)
        .save(actor, {title(), {}, {}}, QStringLiteral("pdf"), path, int(labels.size()),
              [&] { return LabelPainter::writePdf(labels, sheet, path); });
}

Status ItemLabels::mayPrint(const Actor &actor) const
{
    return DataExport(m_db, m_clock).mayExport(actor);
}

Status ItemLabels::recordPrint(const Actor &actor, const QList<SupplyItem> &labels) const
{
    return DataExport(m_db, m_clock).recordPrint(actor, {title(), {}, {}}, int(labels.size()));
}

} // namespace shopdesk
