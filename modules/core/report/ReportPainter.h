#pragma once

#include "common/Result.h"
#include "report/Report.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace shopdesk {

// Paints a report on A4 pages of any paged device (QPdfWriter for PDF, QPrinter for print and
// preview): the title on every page, each table's header repeated on every page it runs onto,
// page numbers "page n of m", the notes (a legend) at the foot of every page, signature lines
// at the end. Chinese text uses the system's CJK font, which the PDF embeds.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
public:
    static Status paint(const Report &report, QPagedPaintDevice &device);
    static Status writePdf(const Report &report, const QString &path);
    // Pages the report takes on the device (after the same layout as paint).
    static int pageCount(const Report &report, QPagedPaintDevice &device);
};

} // namespace shopdesk
