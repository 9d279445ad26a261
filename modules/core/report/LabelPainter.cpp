#include "LabelPainter.h"

#include "Barcode.h"
#include "PrintFont.h"

#include <QDir>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace shopdesk {

namespace {

// A short code's bars would stretch across the label; scanners read 0.25-0.5 mm modules best.
constexpr qreal kWidestModuleMm = 0.5;

// One label's content in `box` (device dots). Code 128: three lines of text at the top, the
// bars filling what is left, the code in text under them. QR: the square on the left, as high
// as the label, the lines and the code beside it.
class Label
{
public:
    Label(QPainter &painter, QPagedPaintDevice &device, qreal dotsPerMm)
        : m_painter(painter), m_dotsPerMm(dotsPerMm), m_name(printFont(9, true)), m_detail(printFont(7)),
          m_code(printFont(8)), m_nameHeight(QFontMetricsF(m_name, &device).height()),
          m_detailHeight(QFontMetricsF(m_detail, &device).height()),
          m_codeHeight(QFontMetricsF(m_code, &device).height()), m_device(device)
    {
        m_code.setLetterSpacing(QFont::PercentageSpacing, 110);
    }

    void paint(const QRectF &box, const PrintedLabel &label, const BarPattern &pattern)
    {
        if (label.symbol == PrintedLabel::Symbol::Qr)
            return paintQr(box, label, pattern);
        qreal y = box.top();
        line(QRectF(box.left(), y, box.width(), m_nameHeight), m_name, label.title);
        y += m_nameHeight;
        for (int i = 0; i < 2; ++i) {
            line(QRectF(box.left(), y, box.width(), m_detailHeight), m_detail, label.details.value(i));
            y += m_detailHeight;
        }
        const qreal gap = m_detailHeight * 0.3;
        const qreal barWidth = qMin(box.width(), pattern.width / pattern.module * kWidestModuleMm * m_dotsPerMm);
        const QRectF barBox(box.center().x() - barWidth / 2, y + gap, barWidth, box.bottom() - m_codeHeight - y - gap);
        Barcode::paint(m_painter, barBox, pattern);
        m_painter.setFont(m_code);
        m_painter.drawText(QRectF(box.left(), box.bottom() - m_codeHeight, box.width(), m_codeHeight),
                           Qt::AlignHCenter | Qt::AlignVCenter, label.code);
    }

private:
    void paintQr(const QRectF &box, const PrintedLabel &label, const BarPattern &pattern)
    {
        const qreal side = qMin(box.height(), box.width() * 0.4);
        Barcode::paint(m_painter, QRectF(box.left(), box.top(), side, side), pattern);
        const qreal gap = 2 * m_dotsPerMm;
        const QRectF text(box.left() + side + gap, box.top(), box.width() - side - gap, box.height());
        qreal y = text.top();
        if (label.codeAsText) {
            line(QRectF(text.left(), y, text.width(), m_codeHeight), m_code, label.code);
            y += m_codeHeight;
        }
        line(QRectF(text.left(), y, text.width(), m_nameHeight), fitted(m_name, label.title, text.width()),
             label.title);
        y += m_nameHeight;
        for (const QString &detail : label.details) {
            if (y + m_detailHeight > text.bottom())
                break;
            line(QRectF(text.left(), y, text.width(), m_detailHeight), fitted(m_detail, detail, text.width()), detail);
            y += m_detailHeight;
        }
    }

    // `font`, a little smaller where `text` would not fit `width` (down to 6 points, then elided):
    // a box's place or a range of numbers is read whole.
    QFont fitted(QFont font, const QString &text, qreal width) const
    {
        while (font.pointSizeF() > 6 && QFontMetricsF(font, &m_device).horizontalAdvance(text) > width)
            font.setPointSizeF(font.pointSizeF() - 0.5);
        return font;
    }

    void line(const QRectF &rect, const QFont &font, const QString &text)
    {
        m_painter.setFont(font);
        const QString shown = QFontMetricsF(font, &m_device).elidedText(text, Qt::ElideRight, rect.width());
        m_painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    }

    QPainter &m_painter;
    qreal m_dotsPerMm;
    QFont m_name, m_detail, m_code;
    qreal m_nameHeight, m_detailHeight, m_codeHeight;
    QPagedPaintDevice &m_device;
};

} // namespace

Status LabelPainter::paint(const QList<PrintedLabel> &labels, const LabelSheet &sheet, QPagedPaintDevice &device)
{
    if (labels.isEmpty())
        return fail(tr("There are no labels to print: choose at least one."));
    QHash<QString, BarPattern> patterns; // by symbol and code
    auto key = [](const PrintedLabel &l) { return QString::number(int(l.symbol)) + l.code; };
    for (const PrintedLabel &label : labels) {
        if (patterns.contains(key(label)))
            continue;
        auto bars = label.symbol == PrintedLabel::Symbol::Qr ? Barcode::qr(label.code) : Barcode::code128(label.code);
        if (!bars)
            return fail(tr("The label of %1 cannot be printed. %2").arg(label.title, bars.error()));
        patterns.insert(key(label), *bars);
    }

    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Cannot start printing."));
    const int dpi = device.logicalDpiX();
    const qreal dotsPerMm = dpi / 25.4;
    // The sheet is measured from the paper's corner; the device may paint from its margins.
    painter.translate(-device.pageLayout().paintRectPixels(dpi).topLeft());
    Label label(painter, device, dotsPerMm);
    for (int i = 0; i < labels.size(); ++i) {
        if (i > 0 && sheet.pageOf(i) != sheet.pageOf(i - 1))
            device.newPage();
        const QRectF mm = sheet.contentRectMm(i);
        const QRectF box(mm.left() * dotsPerMm, mm.top() * dotsPerMm, mm.width() * dotsPerMm, mm.height() * dotsPerMm);
        label.paint(box, labels.at(i), patterns.value(key(labels.at(i))));
    }
    painter.end();
    return success();
}

Status LabelPainter::writePdf(const QList<PrintedLabel> &labels, const LabelSheet &sheet, const QString &path,
                              const QString &title)
{
    // QSaveFile: a failed write leaves the file that was there before.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200); // whole dots per module (Barcode::paint) at a printer's fineness
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ShopDesk"));
        if (Status s = paint(labels, sheet, writer); !s)
            return s;
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

} // namespace shopdesk
