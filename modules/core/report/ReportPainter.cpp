#include "ReportPainter.h"

#include "PrintFont.h"
#include "ReportFigures.h"

#include <QDateTime>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace shopdesk {

namespace {

// One layout pass; paints only when `painter` is given. Returns the number of pages.
class Layout
{
public:
    Layout(const Report &report, QPagedPaintDevice &device, QPainter *painter, int totalPages)
        : m_report(report), m_device(device), m_painter(painter), m_totalPages(totalPages)
    {
        const int dpi = device.logicalDpiY();
        m_mm = dpi / 25.4;
        const QRectF paint = device.pageLayout().paintRectPixels(dpi);
        m_width = paint.width();
        m_height = paint.height();
        m_body = printFont(7.5);
        m_bold = printFont(7.5, true);
        m_small = printFont(6.5);
        m_titleFont = printFont(13, true);
        m_rowHeight = QFontMetricsF(m_body, &device).height() * 1.45;
        m_printed = ReportPainter::tr("Printed %1")
                        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }

    int run()
    {
        startPage();
        for (const ReportTable &table : m_report.tables)
            layTable(table);
        layEnd();
        return m_page;
    }

private:
    qreal footHeight() const
    {
        const QFontMetricsF fm(m_small, &m_device);
        const qreal lines = m_report.pageNotes.size() + (m_report.footer.isEmpty() ? 0 : 1) + 1;
        qreal h = 0;
        for (const QString &note : m_report.pageNotes)
            h += fm.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, note).height();
        return h + (lines - m_report.pageNotes.size()) * fm.height() + 2 * m_mm;
    }

    void startPage()
    {
        if (m_page > 0 && m_painter)
            m_device.newPage();
        ++m_page;
        m_y = 0;
        const QFontMetricsF titleMetrics(m_titleFont, &m_device);
        const QFontMetricsF smallMetrics(m_small, &m_device);
        const QString title = m_report.companyName.isEmpty()
            ? m_report.title
            : m_report.companyName + QStringLiteral("  ") + m_report.title;
        if (m_painter) {
            m_painter->setFont(m_titleFont);
            m_painter->drawText(QRectF(0, 0, m_width, titleMetrics.height()), Qt::AlignHCenter | Qt::AlignTop, title);
            m_painter->setFont(m_small);
            m_painter->drawText(QRectF(0, titleMetrics.height(), m_width, smallMetrics.height()), Qt::AlignHCenter,
                                m_report.subtitle);
            m_painter->drawText(QRectF(0, 0, m_width, smallMetrics.height()), Qt::AlignRight | Qt::AlignTop,
                                ReportPainter::tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
            m_painter->drawText(QRectF(0, 0, m_width, smallMetrics.height()), Qt::AlignLeft | Qt::AlignTop, m_printed);
            paintFoot();
        }
        m_y = titleMetrics.height() + smallMetrics.height() + 2 * m_mm;
    }

    void paintFoot()
    {
        const QFontMetricsF fm(m_small, &m_device);
        qreal y = m_height - footHeight() + 2 * m_mm;
        m_painter->setFont(m_small);
        m_painter->setPen(QPen(Qt::black, 0.2 * m_mm));
        m_painter->drawLine(QPointF(0, y - m_mm), QPointF(m_width, y - m_mm));
        for (const QString &note : m_report.pageNotes) {
            const QRectF box = fm.boundingRect(QRectF(0, y, m_width, 1e6), Qt::TextWordWrap, note);
            m_painter->drawText(QRectF(0, y, m_width, box.height()), Qt::TextWordWrap, note);
            y += box.height();
        }
        if (!m_report.footer.isEmpty())
            m_painter->drawText(QRectF(0, y, m_width, fm.height()), Qt::AlignLeft, m_report.footer);
    }

    qreal bottom() const { return m_height - footHeight(); }

    QList<qreal> columnWidths(const ReportTable &table) const
    {
        QList<int> weights = table.widths;
        while (weights.size() < table.header.size())
            weights.append(6);
        const qreal total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
        QList<qreal> widths;
        for (int w : weights)
            widths.append(m_width * w / total);
        return widths;
    }

    qreal headerHeight(const ReportTable &table, const QList<qreal> &widths) const
    {
        const QFontMetricsF fm(m_bold, &m_device);
        qreal h = m_rowHeight;
        for (int c = 0; c < table.header.size(); ++c)
            h = std::max(h,
                         fm.boundingRect(QRectF(0, 0, widths.at(c) - m_mm, 1e6), Qt::TextWordWrap | Qt::AlignCenter,
                                         table.header.at(c))
                                 .height()
                             + m_mm);
        return h;
    }

    void paintRow(const ReportTable &table, const QStringList &cells, const QList<qreal> &widths, qreal height,
                  bool header, bool shaded)
    {
        if (!m_painter)
            return;
        qreal x = 0;
        m_painter->setFont(header ? m_bold : m_body);
        for (int c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, m_y, widths.at(c), height);
            if (header || shaded)
                m_painter->fillRect(cell, header ? QColor(225, 225, 225) : QColor(245, 245, 245));
            m_painter->setPen(QPen(QColor(90, 90, 90), 0.15 * m_mm));
            m_painter->drawRect(cell);
            m_painter->setPen(Qt::black);
            const bool text = c < table.frozenColumns || table.textColumns.contains(c);
            const QString content = cells.value(c);
            // Figures right-aligned, so that their places line up down a column.
            const bool figure = !header && !text && ReportFigures::isFigure(content);
            const Qt::Alignment align = figure ? (Qt::AlignRight | Qt::AlignVCenter)
                : (!header && text)            ? (Qt::AlignLeft | Qt::AlignVCenter)
                                               : Qt::AlignCenter;
            m_painter->drawText(cell.adjusted(0.6 * m_mm, 0, -0.6 * m_mm, 0), int(align) | Qt::TextWordWrap,
                                figure ? ReportFigures::grouped(content) : content);
            x += widths.at(c);
        }
    }

    // One line, unless a cell breaks lines or is running text that wraps (measured only then:
    // a month grid of 500 people has 16,000 cells).
    qreal rowHeight(const ReportTable &table, const QStringList &cells, const QList<qreal> &widths) const
    {
        qreal height = m_rowHeight;
        const QFontMetricsF fm(m_body, &m_device);
        for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
            const QString &text = cells.at(c);
            if (!text.contains(QLatin1Char('\n')) && !table.textColumns.contains(c))
                continue;
            const QRectF box = fm.boundingRect(QRectF(0, 0, widths.at(c) - 1.2 * m_mm, 1e6), Qt::TextWordWrap, text);
            height = std::max(height, box.height() + 1.5 * m_mm);
        }
        return height;
    }

    void layTable(const ReportTable &table)
    {
        const QList<qreal> widths = columnWidths(table);
        const qreal headH = headerHeight(table, widths);
        const QFontMetricsF boldMetrics(m_bold, &m_device);
        auto tableHead = [&](bool continued) {
            if (!table.title.isEmpty()) {
                if (m_painter) {
                    m_painter->setFont(m_bold);
                    m_painter->drawText(QRectF(0, m_y, m_width, boldMetrics.height()), Qt::AlignLeft,
                                        continued ? ReportPainter::tr("%1 (continued)").arg(table.title) : table.title);
                }
                m_y += boldMetrics.height() + 0.5 * m_mm;
            }
            paintRow(table, table.header, widths, headH, true, false);
            m_y += headH;
        };
        // A table starts on a new page unless its title, header and a few rows fit.
        if (m_y + boldMetrics.height() + headH + 3 * m_rowHeight > bottom())
            startPage();
        tableHead(false);
        for (int r = 0; r < table.rows.size(); ++r) {
            const qreal height = rowHeight(table, table.rows.at(r), widths);
            if (m_y + height > bottom()) {
                startPage();
                tableHead(true);
            }
            paintRow(table, table.rows.at(r), widths, height, false, r % 2 == 1);
            m_y += height;
        }
        m_y += 3 * m_mm;
    }

    void layEnd()
    {
        const QFontMetricsF fm(m_body, &m_device);
        qreal notesHeight = 0;
        for (const QString &note : m_report.endNotes)
            notesHeight += fm.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, note).height();
        const qreal signatureHeight = m_report.signatures.isEmpty() ? 0 : 14 * m_mm;
        if (m_y + notesHeight + signatureHeight > bottom())
            startPage();
        if (m_painter)
            m_painter->setFont(m_body);
        for (const QString &note : m_report.endNotes) {
            const QRectF box = fm.boundingRect(QRectF(0, m_y, m_width, 1e6), Qt::TextWordWrap, note);
            if (m_painter)
                m_painter->drawText(QRectF(0, m_y, m_width, box.height()), Qt::TextWordWrap, note);
            m_y += box.height();
        }
        if (m_report.signatures.isEmpty() || !m_painter)
            return;
        // Signature lines: a label, then a line to sign on and a date.
        const qreal slot = m_width / m_report.signatures.size();
        const qreal lineY = m_y + 10 * m_mm;
        for (int i = 0; i < m_report.signatures.size(); ++i) {
            const qreal x = i * slot;
            const QString label = m_report.signatures.at(i);
            m_painter->drawText(QRectF(x, lineY - fm.height(), slot, fm.height()), Qt::AlignLeft | Qt::AlignBottom,
                                label);
            const qreal labelWidth = fm.horizontalAdvance(label) + 2 * m_mm;
            m_painter->setPen(QPen(Qt::black, 0.2 * m_mm));
            m_painter->drawLine(QPointF(x + labelWidth, lineY), QPointF(x + slot - 6 * m_mm, lineY));
        }
    }

    const Report &m_report;
    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    int m_totalPages;
    qreal m_mm = 1, m_width = 0, m_height = 0, m_y = 0, m_rowHeight = 0;
    int m_page = 0;
    QFont m_body, m_bold, m_small, m_titleFont;
    QString m_printed; // when, on every page: which of two copies is the later
};

void setUpPage(const Report &report, QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
}

} // namespace

int ReportPainter::pageCount(const Report &report, QPagedPaintDevice &device)
{
    setUpPage(report, device);
    return Layout(report, device, nullptr, 0).run();
}

Status ReportPainter::paint(const Report &report, QPagedPaintDevice &device)
{
    const int pages = pageCount(report, device);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Cannot start printing."));
    Layout(report, device, &painter, pages).run();
    painter.end();
    return success();
}

Status ReportPainter::writePdf(const Report &report, const QString &path)
{
    // QSaveFile: a failed write leaves the file that was there before.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("ShopDesk"));
        if (Status s = paint(report, writer); !s)
            return s;
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

} // namespace shopdesk
