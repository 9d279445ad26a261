#include "LabelPrinting.h"

#include "report/DataExport.h"
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
    Q_DECLARE_TR_FUNCTIONS(LabelPrinting)
};
} // namespace

void LabelPrinting::preview(QWidget *parent, const AppContext &context, const QString &title,
                            const QList<PrintedLabel> &labels, const LabelSheet &sheet)
{
    DataExport exports(*context.database, *context.clock);
    if (Status may = exports.mayExport(context.actor); !may)
        return MessageBox::warning(parent, title, may.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer.setFullPage(true); // the sheet is measured from the paper's edge
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    Status painted = success();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *p) { painted = LabelPainter::paint(labels, sheet, *p); });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!painted) // nothing usable went to the printer: no record of a print
        return MessageBox::warning(parent, title, painted.error());
    if (!printed)
        return;
    if (Status s = exports.recordPrint(context.actor, {title, {}, {}}, int(labels.size())); !s)
        MessageBox::warning(parent, title, s.error());
}

QString LabelPrinting::savePdf(QWidget *parent, const AppContext &context, const QString &title,
                               const QString &fileStem, const QList<PrintedLabel> &labels, const LabelSheet &sheet)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(fileStem + QStringLiteral(".pdf"));
    const QString path = FileDialog::saveFileName(parent, title, suggested, Tr::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (Status s = DataExport(*context.database, *context.clock)
                       .save(context.actor, {title, {}, {}}, QStringLiteral("pdf"), path, int(labels.size()),
                             [&] { return LabelPainter::writePdf(labels, sheet, path, title); });
        !s) {
        MessageBox::warning(parent, title, s.error());
        return {};
    }
    return path;
}

} // namespace shopdesk
