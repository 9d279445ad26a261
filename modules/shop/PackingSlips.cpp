#include "PackingSlips.h"

#include "OrderBook.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "domain/ShopTime.h"
#include "report/Barcode.h"
#include "report/DataExport.h"
#include "report/PrintFont.h"
#include "settings/CompanySettings.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace shopdesk {

namespace {

// The paper's measures, in millimetres: margins, the barcode's box, the type sizes.
struct Measures
{
    qreal margin, barcodeWidth, barcodeHeight, title, body, remark;
};

Measures measuresOf(SlipPaper paper)
{
    if (paper == SlipPaper::A4)
        return {15, 80, 16, 18, 10, 12};
    return {4, 88, 18, 12, 8, 9};
}

// One slip painted top to bottom in device dots, a new page when the lines run past the foot.
class SlipPainter
{
public:
    SlipPainter(QPainter &painter, QPagedPaintDevice &device, SlipPaper paper)
        : m_painter(painter), m_device(device), m_paper(paper), m_m(measuresOf(paper)),
          m_dotsPerMm(device.logicalDpiX() / 25.4)
    {
        const QRectF page = device.pageLayout().fullRectPixels(device.logicalDpiX());
        m_area = page.adjusted(mm(m_m.margin), mm(m_m.margin), -mm(m_m.margin), -mm(m_m.margin));
    }

    void paint(const PackingSlip &slip, const BarPattern &bars, const QString &companyName)
    {
        const Order &o = slip.order;
        m_y = m_area.top();
        const bool a4 = m_paper == SlipPaper::A4;
        // The barcode first on a label (the scanner finds it at the top), top right on A4.
        const QRectF barBox = a4
            ? QRectF(m_area.right() - mm(m_m.barcodeWidth), m_y, mm(m_m.barcodeWidth), mm(m_m.barcodeHeight))
            : QRectF(m_area.left(), m_y, m_area.width(), mm(m_m.barcodeHeight));
        Barcode::paint(m_painter, barBox, bars);
        const QFont number = printFont(m_m.body, true);
        const qreal numberHeight = height(number);
        text(QRectF(barBox.left(), barBox.bottom(), barBox.width(), numberHeight), number, o.number, Qt::AlignHCenter);
        if (a4) {
            text(QRectF(m_area.left(), m_y, m_area.width() - barBox.width(), height(printFont(m_m.body))),
                 printFont(m_m.body), companyName);
            m_y += height(printFont(m_m.body));
            text(QRectF(m_area.left(), m_y, m_area.width() - barBox.width(), height(printFont(m_m.title, true))),
                 printFont(m_m.title, true), PackingSlips::title());
            m_y = barBox.bottom() + numberHeight + mm(4);
        } else {
            m_y = barBox.bottom() + numberHeight + mm(1.5);
        }
        const QFont body = printFont(m_m.body);
        const QFont bold = printFont(m_m.body, true);
        // Who gets the box.
        line(bold, PackingSlips::tr("To: %1  %2").arg(o.contactName, o.phone));
        wrapped(body, o.address);
        line(body, PackingSlips::tr("Order %1 at %2, %3").arg(o.number, o.channel, ShopTime::text(o.createdAt)));
        m_y += mm(2);
        // The remarks, framed and big: what makes a shipment wrong when missed.
        if (!slip.remarks.isEmpty()) {
            const QFont remark = printFont(m_m.remark, true);
            const QString all = PackingSlips::tr("Shipping remarks: %1").arg(slip.remarks.join(QStringLiteral("; ")));
            const QRectF room(m_area.left() + mm(2), m_y + mm(1.5), m_area.width() - mm(4), m_area.height());
            m_painter.setFont(remark);
            const QRectF needed = m_painter.boundingRect(room, Qt::TextWordWrap, all);
            const QRectF frame(m_area.left(), m_y, m_area.width(), needed.height() + mm(3));
            m_painter.setPen(QPen(Qt::black, mm(0.5)));
            m_painter.drawRect(frame);
            m_painter.drawText(QRectF(room.topLeft(), QSizeF(room.width(), needed.height())), Qt::TextWordWrap, all);
            m_y = frame.bottom() + mm(3);
        }
        table(o, bold, body);
        // The packer's and the checker's signatures.
        m_y += mm(a4 ? 12 : 4);
        if (m_y + height(body) > m_area.bottom())
            nextPage();
        line(body, PackingSlips::tr("Packed by: ____________    Checked by: ____________"));
    }

private:
    qreal mm(qreal v) const { return v * m_dotsPerMm; }
    qreal height(const QFont &f) const { return QFontMetricsF(f, &m_device).height(); }

    void nextPage()
    {
        m_device.newPage();
        m_y = m_area.top();
    }

    void text(const QRectF &rect, const QFont &font, const QString &s, Qt::Alignment align = Qt::AlignLeft)
    {
        m_painter.setFont(font);
        const QString shown = QFontMetricsF(font, &m_device).elidedText(s, Qt::ElideRight, rect.width());
        m_painter.drawText(rect, align | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    }
    void line(const QFont &font, const QString &s)
    {
        if (m_y + height(font) > m_area.bottom())
            nextPage();
        text(QRectF(m_area.left(), m_y, m_area.width(), height(font)), font, s);
        m_y += height(font);
    }
    void wrapped(const QFont &font, const QString &s)
    {
        m_painter.setFont(font);
        const QRectF room(m_area.left(), m_y, m_area.width(), m_area.bottom() - m_y);
        const QRectF used = m_painter.boundingRect(room, Qt::TextWordWrap, s);
        m_painter.drawText(room, Qt::TextWordWrap, s);
        m_y += qMax(used.height(), height(font));
    }

    // What goes in the box: a box to tick, the SKU, the title, the quantity.
    void table(const Order &o, const QFont &bold, const QFont &body)
    {
        const qreal rowHeight = height(body) * 1.35;
        const qreal tick = mm(m_paper == SlipPaper::A4 ? 8 : 5);
        const qreal sku = m_area.width() * (m_paper == SlipPaper::A4 ? 0.22 : 0.28);
        const qreal quantity = mm(m_paper == SlipPaper::A4 ? 18 : 10);
        const qreal title = m_area.width() - tick - sku - quantity;
        auto row = [&](const QFont &font, const QString &a, const QString &b, const QString &c, bool box) {
            if (m_y + rowHeight > m_area.bottom())
                nextPage();
            qreal x = m_area.left();
            if (box) {
                const qreal side = height(body) * 0.8;
                m_painter.setPen(QPen(Qt::black, mm(0.25)));
                m_painter.drawRect(QRectF(x + mm(0.5), m_y + (rowHeight - side) / 2, side, side));
            }
            x += tick;
            text(QRectF(x, m_y, sku - mm(1), rowHeight), font, a);
            x += sku;
            text(QRectF(x, m_y, title - mm(1), rowHeight), font, b);
            x += title;
            text(QRectF(x, m_y, quantity, rowHeight), font, c, Qt::AlignRight);
            m_y += rowHeight;
            m_painter.setPen(QPen(Qt::gray, mm(0.15)));
            m_painter.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
            m_painter.setPen(Qt::black);
        };
        row(bold, PackingSlips::tr("SKU"), PackingSlips::tr("Item"), PackingSlips::tr("Qty"), false);
        qint64 pieces = 0;
        for (const OrderLine &l : o.lines) {
            row(body, l.sku, l.title, QString::number(l.quantity), true);
            pieces += l.quantity;
        }
        m_y += mm(1);
        line(bold, PackingSlips::tr("%n piece(s) in the box", nullptr, int(pieces)));
    }

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    SlipPaper m_paper;
    Measures m_m;
    qreal m_dotsPerMm;
    QRectF m_area;
    qreal m_y = 0;
};

} // namespace

QString PackingSlips::title()
{
    return tr("Packing slip");
}

QPageLayout PackingSlips::pageLayout(SlipPaper paper)
{
    const QPageSize size = paper == SlipPaper::A4
        ? QPageSize(QPageSize::A4)
        : QPageSize(QSizeF(100, 150), QPageSize::Millimeter, QStringLiteral("100 x 150 mm"));
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF());
}

Result<QList<PackingSlip>> PackingSlips::slips(const Actor &actor, const QList<qint64> &orderIds) const
{
    if (orderIds.isEmpty())
        return fail(tr("Choose at least one order for its packing slip."));
    OrderBook book(m_db, m_clock);
    QList<PackingSlip> list;
    for (qint64 id : orderIds) {
        auto order = book.order(actor, id);
        if (!order)
            return order.failure();
        auto events = book.events(actor, id);
        if (!events)
            return events.failure();
        PackingSlip slip{*order, {}};
        for (const OrderEvent &e : std::as_const(*events))
            if (e.kind == OrderEventKind::Note)
                slip.remarks << e.text;
        list.append(slip);
    }
    return list;
}

Status PackingSlips::paint(const QList<PackingSlip> &slips, SlipPaper paper, const QString &companyName,
                           QPagedPaintDevice &device)
{
    if (slips.isEmpty())
        return fail(tr("Choose at least one order for its packing slip."));
    QList<BarPattern> bars;
    for (const PackingSlip &s : slips) {
        auto pattern = Barcode::code128(s.order.number);
        if (!pattern)
            return fail(tr("No packing slip for order %1: %2").arg(s.order.number, pattern.error()));
        bars.append(*pattern);
    }
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Cannot start printing."));
    // The slip is measured from the paper's corner; the device may paint from its margins.
    painter.translate(-device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft());
    SlipPainter slip(painter, device, paper);
    for (int i = 0; i < slips.size(); ++i) {
        if (i > 0)
            device.newPage();
        slip.paint(slips.at(i), bars.at(i), companyName);
    }
    painter.end();
    return success();
}

Status PackingSlips::writePdf(const Actor &actor, const QList<PackingSlip> &slips, SlipPaper paper,
                              const QString &path) const
{
    const QString company = CompanySettings(m_db, m_clock).companyName();
    return DataExport(m_db, m_clock)
        .save(actor, {title(), {}, {}}, QStringLiteral("pdf"), path, int(slips.size()), [&]() -> Status {
            // QSaveFile: a failed write leaves the file that was there before.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            {
                QPdfWriter writer(&file);
                writer.setResolution(1200); // whole dots per bar at a printer's fineness (Barcode::paint)
                writer.setPageLayout(pageLayout(paper));
                writer.setTitle(title());
                writer.setCreator(QStringLiteral("ShopDesk"));
                if (Status s = paint(slips, paper, company, writer); !s)
                    return s;
            }
            if (!file.commit())
                return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return success();
        });
}

Status PackingSlips::mayPrint(const Actor &actor) const
{
    return DataExport(m_db, m_clock).mayExport(actor);
}

} // namespace shopdesk
