#include "Code128.h"

#include <QPainter>

#include <zint.h>

#include <memory>

namespace shopdesk {

Result<BarPattern> Code128::encode(const QString &code)
{
    if (code.isEmpty())
        return fail(tr("The item has no code, so its label can have no barcode."));
    for (const QChar c : code)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return fail(tr("The code \"%1\" has \"%2\", which a Code 128 barcode cannot carry: use letters, digits "
                           "and signs such as - . / only.")
                            .arg(code, QString(c)));

    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return fail(tr("No memory for the barcode of \"%1\".").arg(code));
    symbol->symbology = BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0; // the label prints the code itself, in the label's font
    symbol->output_options |= BARCODE_QUIET_ZONES;
    const QByteArray data = code.toUtf8();
    const int result = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()), 0);
    if (result >= ZINT_ERROR || !symbol->vector)
        return fail(tr("No barcode for \"%1\": %2").arg(code, QString::fromUtf8(symbol->errtxt)));

    BarPattern pattern;
    pattern.width = symbol->vector->width;
    pattern.height = symbol->vector->height;
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next)
        pattern.bars.append(QRectF(r->x, r->y, r->width, r->height));
    if (pattern.bars.isEmpty() || pattern.width <= 0 || pattern.height <= 0)
        return fail(tr("No barcode for \"%1\".").arg(code));
    pattern.module = pattern.width;
    for (const QRectF &bar : std::as_const(pattern.bars))
        pattern.module = qMin(pattern.module, bar.width());
    return pattern;
}

void Code128::paint(QPainter &painter, const QRectF &box, const BarPattern &pattern)
{
    if (pattern.width <= 0 || pattern.height <= 0)
        return;
    const qreal module = pattern.module;
    qreal scale = box.width() / pattern.width;
    const qreal dotsPerModule = scale * module;
    const bool wholeDots = dotsPerModule >= 2; // a printer's dots: whole dots keep the bar ratios exact
    if (wholeDots)
        scale = qFloor(dotsPerModule) / module;
    qreal left = box.left() + (box.width() - pattern.width * scale) / 2;
    if (wholeDots)
        left = qRound(left);
    const qreal yScale = box.height() / pattern.height;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const QRectF &bar : pattern.bars)
        painter.drawRect(
            QRectF(left + bar.x() * scale, box.top() + bar.y() * yScale, bar.width() * scale, bar.height() * yScale));
    painter.restore();
}

} // namespace shopdesk
