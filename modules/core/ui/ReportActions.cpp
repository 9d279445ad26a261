#include "ReportActions.h"

#include "report/ReportFiles.h"
#include "report/ReportPainter.h"
#include "ui/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace shopdesk {

void ReportActions::preview(QWidget *parent, const AppContext &context, const Report &report,
                            const ExportSubject &subject)
{
    DataExport exports(*context.database, *context.clock);
    if (Status may = exports.mayExport(context.actor); !may)
        return MessageBox::warning(parent, report.title, may.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(report.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&report](QPrinter *p) { ReportPainter::paint(report, *p); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = exports.recordPrint(context.actor, subject, DataExport::rowCount(report)); !s)
        MessageBox::warning(parent, report.title, s.error());
}

QString ReportActions::save(QWidget *parent, const AppContext &context, const Report &report,
                            const ExportSubject &subject, const QString &format, const QString &fileStem)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(fileStem + QLatin1Char('.') + format);
    const QString filter = format == u"pdf" ? QCoreApplication::translate("ReportActions", "PDF (*.pdf)")
        : format == u"xlsx"                 ? QCoreApplication::translate("ReportActions", "Excel workbook (*.xlsx)")
                                            : QCoreApplication::translate("ReportActions", "CSV, UTF-8 (*.csv)");
    const QString path = FileDialog::saveFileName(parent, report.title, suggested, filter);
    if (path.isEmpty())
        return {};
    const Status written =
        DataExport(*context.database, *context.clock).saveReport(context.actor, subject, report, format, path);
    if (!written) {
        MessageBox::warning(parent, report.title, written.error());
        return {};
    }
    return path;
}

} // namespace shopdesk
