#pragma once

#include "report/LabelPainter.h"
#include "ui/Module.h"

class QWidget;

namespace shopdesk {

// Labels on A4 sheets from any panel (shelf labels, contract folders, archive boxes): Qt's print
// preview, or a PDF. As with the reports (ReportActions), the export right is asked first and
// every print or file leaves an audit record (DB-04); problems are shown in a message box.
namespace LabelPrinting {
void preview(QWidget *parent, const AppContext &context, const QString &title, const QList<PrintedLabel> &labels,
             const LabelSheet &sheet = LabelSheet::a4x24());
// Asks where, suggesting `fileStem`.pdf in Documents; returns the path written, or "" when nothing was.
QString savePdf(QWidget *parent, const AppContext &context, const QString &title, const QString &fileStem,
                const QList<PrintedLabel> &labels, const LabelSheet &sheet = LabelSheet::a4x24());
} // namespace LabelPrinting

} // namespace shopdesk
