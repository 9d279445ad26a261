#include "LabelActions.h"

#include "ItemLabels.h"
#include "report/LabelPainter.h"
#include "ui/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

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
    if (labels.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer.setFullPage(true); // the sheet is measured from the paper's edge
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(ItemLabels::title());
    Status painted = success();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        painted = LabelPainter::paint(ItemLabels::printed(labels), LabelSheet::a4x24(), *p);
    });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!painted) // nothing usable went to the printer: no record of a print
        return MessageBox::warning(parent, ItemLabels::title(), painted.error());
    if (!printed)
        return;
    if (Status s = ItemLabels(*context.database, *context.clock).recordPrint(context.actor, labels); !s)
        MessageBox::warning(parent, ItemLabels::title(), s.error());
}

QString LabelActions::savePdf(QWidget *parent, const AppContext &context, const QList<SupplyItem> &items)
{
    const QList<SupplyItem> labels = askLabels(parent, context, items);
    if (labels.isEmpty())
        return {};
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(Tr::tr("shelf-labels") + QStringLiteral(".pdf"));
    const QString path = FileDialog::saveFileName(parent, ItemLabels::title(), suggested, Tr::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (Status s = ItemLabels(*context.database, *context.clock).writePdf(context.actor, labels, path); !s) {
        MessageBox::warning(parent, ItemLabels::title(), s.error());
        return {};
    }
    return path;
}

} // namespace shopdesk
