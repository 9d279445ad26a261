#pragma once

#include "common/Result.h"
#include "domain/LabelSheet.h"
#include "domain/SupplyItem.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace shopdesk {

// Shelf labels on A4 label sheets (SUP-08): one label per entry of `labels` (an item printed
// three times is in the list three times), in the sheet's grid, as many pages as it takes. A
// label shows the item's name (elided when long), its specification and unit, its location, and
// the code as a Code 128 barcode with the code in text under it. Every code is encoded before
// the first page, so a code no barcode can carry stops the print with its item named.
class LabelPainter
{
    Q_DECLARE_TR_FUNCTIONS(LabelPainter)
public:
    static Status paint(const QList<SupplyItem> &labels, const LabelSheet &sheet, QPagedPaintDevice &device);
    // A4 PDF, written whole or not at all.
    static Status writePdf(const QList<SupplyItem> &labels, const LabelSheet &sheet, const QString &path);
};

} // namespace shopdesk
