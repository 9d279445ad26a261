#pragma once

#include "domain/SupplyItem.h"
#include "ui/Module.h"

class QWidget;

namespace shopdesk {

// Shelf labels from the Stock page (SUP-08): how many copies of each chosen item, then A4 label
// sheets in Qt's print preview, or saved as a PDF. As with the reports (ReportActions), the
// export right is asked first and every print or file leaves an audit record (DB-04); problems
// are shown in a message box.
namespace LabelActions {
void preview(QWidget *parent, const AppContext &context, const QList<SupplyItem> &items);
// Returns the path written, or "" when nothing was.
QString savePdf(QWidget *parent, const AppContext &context, const QList<SupplyItem> &items);
} // namespace LabelActions

} // namespace shopdesk
