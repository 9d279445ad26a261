#include "Barcode.h"

#include <QPainter>

#include <zint.h>

#include <memory>

namespace shopdesk {

namespace {
Result<BarPattern> encode(int symbology, const QString &text, bool square)
{
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return fail(Barcode::tr("No memory for the barcode of \"%1\".").arg(text));
    symbol->symbology = symbology;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0; // the label prints the code itself, in the label's font
    symbol->output_options |= BARCODE_QUIET_ZONES;
    if (square)
        symbol->option_1 = 2; // QR error correction M: a folder's label survives a scuff
    const QByteArray data = text.toUtf8();
    const int result = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()), 0);
    if (result >= ZINT_ERROR || !symbol->vector)
        return fail(Barcode::tr("No barcode for \"%1\": %2").arg(text, QString::fromUtf8(symbol->errtxt)));

    BarPattern pattern;
    pattern.square = square;
    pattern.width = symbol->vector->width;
    pattern.height = symbol->vector->height;
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next)
        pattern.bars.append(QRectF(r->x, r->y, r->width, r->height));
    if (pattern.bars.isEmpty() || pattern.width <= 0 || pattern.height <= 0)
        return fail(Barcode::tr("No barcode for \"%1\".").arg(text));
    pattern.module = pattern.width;
    for (const QRectF &bar : std::as_const(pattern.bars))
        pattern.module = qMin(pattern.module, square ? qMin(bar.width(), bar.height()) : bar.width());
    return pattern;
}
} // namespace

Result<BarPattern> Barcode::code128(const QString &code)
{
    if (code.isEmpty())
        return fail(tr("The item has no code, so its label can have no barcode."));
    for (const QChar c : code)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return fail(tr("The code \"%1\" has \"%2\", which a Code 128 barcode cannot carry: use letters, digits "
                           "and signs such as - . / only.")
                            .arg(code, QString(c)));
    return encode(BARCODE_CODE128, code, false);
}

Result<BarPattern> Barcode::qr(const QString &text)
{
    if (text.isEmpty())
        return fail(tr("There is nothing for the QR code to carry."));
    return encode(BARCODE_QRCODE, text, true);
}

void Barcode::paint(QPainter &painter, const QRectF &box, const BarPattern &pattern)
{
    if (pattern.width <= 0 || pattern.height <= 0)
        return;
    const qreal module = pattern.module;
    qreal scale = box.width() / pattern.width;
    if (pattern.square)
        scale = qMin(scale, box.height() / pattern.height);
    const qreal dotsPerModule = scale * module;
    const bool wholeDots = dotsPerModule >= 2; // a printer's dots: whole dots keep the bar ratios exact
    if (wholeDots)
        scale = qFloor(dotsPerModule) / module;
    qreal left = box.left() + (box.width() - pattern.width * scale) / 2;
    qreal top = box.top();
    if (wholeDots)
        left = qRound(left);
    qreal yScale = box.height() / pattern.height;
    if (pattern.square) {
        yScale = scale; // squares stay square
        top = box.top() + (box.height() - pattern.height * scale) / 2;
        if (wholeDots)
            top = qRound(top);
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const QRectF &bar : pattern.bars)
        painter.drawRect(
            QRectF(left + bar.x() * scale, top + bar.y() * yScale, bar.width() * scale, bar.height() * yScale));
    painter.restore();
}

} // namespace shopdesk
