#include "LabelActions.h"

#include "ItemLabels.h"
#include "ui/LabelPrinting.h"
#include "ui/MessageBox.h"

#include <QCoreApplication>

namespace shopdesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelActions)
};

// The labels for `items`, `copies` asked; empty when cancelled or refused (the reason shown).
QList<SupplyItem> askLabels(QWidget *parent, const AppContext &context, const QList<SupplyItem> &items)
{
    if (items.isEmpty()) {
        MessageBox::information(parent, ItemLabels::title(), Tr::tr("Choose one or more items in the list first."));
        return {};
    }
    const ItemLabels labels(*context.database, *context.clock);
    if (Status may = labels.mayPrint(context.actor); !may) {
        MessageBox::warning(parent, ItemLabels::title(), may.error());
        return {};
    }
    bool ok = false;
    const int copies = InputDialog::number(parent, ItemLabels::title(),
                                           Tr::tr("Labels for each of the %n item(s):", nullptr, int(items.size())), 1,
                                           1, ItemLabels::maxCopies, &ok);
    if (!ok)
        return {};
    QStringList codes;
    for (const SupplyItem &item : items)
        codes.append(item.code);
    // Read again, so the labels show the items as they are now, as shopdeskctl would print them.
    auto sheet = labels.labels(context.actor, codes, copies);
    if (!sheet) {
        MessageBox::warning(parent, ItemLabels::title(), sheet.error());
        return {};
    }
    return *sheet;
}

} // namespace

void LabelActions::preview(QWidget *parent, const AppContext &context, const QList<SupplyItem> &items)
{
    const QList<SupplyItem> labels = askLabels(parent, context, items);
    if (!labels.isEmpty())
        LabelPrinting::preview(parent, context, ItemLabels::title(), ItemLabels::printed(labels));
}

QString LabelActions::savePdf(QWidget *parent, const AppContext &context, const QList<SupplyItem> &items)
{
    const QList<SupplyItem> labels = askLabels(parent, context, items);
    if (labels.isEmpty())
        return {};
    return LabelPrinting::savePdf(parent, context, ItemLabels::title(), Tr::tr("shelf-labels"),
                                  ItemLabels::printed(labels));
}

} // namespace shopdesk
