#include "ItemLabels.h"

#include "SupplyCatalogue.h"
#include "report/Barcode.h"

namespace shopdesk {

QString ItemLabels::title()
{
    return tr("Shelf labels");
}

QList<PrintedLabel> ItemLabels::printed(const QList<SupplyItem> &items)
{
    QList<PrintedLabel> labels;
    for (const SupplyItem &item : items) {
        QString detail = item.specification;
        if (!item.unit.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral("    ")) + tr("Unit: %1").arg(item.unit);
        labels.append({item.name,
                       {detail, item.location.isEmpty() ? QString() : tr("Location: %1").arg(item.location)},
                       item.code,
                       PrintedLabel::Symbol::Code128});
    }
    return labels;
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
        if (auto bars = Barcode::code128(item.code); !bars)
            return fail(tr("No label for %1: %2").arg(item.name, bars.error()));
    return withCopies(items, copies);
}

Status ItemLabels::writePdf(const Actor &actor, const QList<SupplyItem> &labels, const QString &path,
                            const LabelSheet &sheet) const
{
    return DataExport(m_db, m_clock)
        .save(actor, {title(), {}, {}}, QStringLiteral("pdf"), path, int(labels.size()),
              [&] { return LabelPainter::writePdf(printed(labels), sheet, path, title()); });
}

Status ItemLabels::mayPrint(const Actor &actor) const
{
    return DataExport(m_db, m_clock).mayExport(actor);
}

} // namespace shopdesk
