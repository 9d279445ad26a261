#pragma once

#include "LabelSheet.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;

namespace shopdesk {

// What one printed label says: a title, a few lines under it, and its code both as a symbol a
// scanner reads and as text.
struct PrintedLabel
{
    enum class Symbol { Code128, Qr };
    QString title;
    QStringList details; // at most three fit
    QString code;
    Symbol symbol = Symbol::Code128;
    bool codeAsText = true; // false: the title already says what the code carries
};

// Labels on A4 label sheets: one label per entry of `labels` (a label printed three times is in
// the list three times), in the sheet's grid, as many pages as it takes. A Code 128 label has its
// lines at the top and the bars under them (a shelf, SUP-08); a QR label has the square on the
// left and its lines beside it (a contract folder or an archive box, CON-02). Every code is
// encoded before the first page, so a code no symbol can carry stops the print with its label
// named.
class LabelPainter
{
    Q_DECLARE_TR_FUNCTIONS(LabelPainter)
public:
    static Status paint(const QList<PrintedLabel> &labels, const LabelSheet &sheet, QPagedPaintDevice &device);
    // A4 PDF, written whole or not at all.
    static Status writePdf(const QList<PrintedLabel> &labels, const LabelSheet &sheet, const QString &path,
                           const QString &title);
};

} // namespace shopdesk
