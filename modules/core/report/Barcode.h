#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

class QPainter;

namespace shopdesk {

// The dark modules of one symbol as zint lays them out, with its quiet zones, in zint's own
// units (one unit is one module: the narrowest bar, or one square of a QR code). Painted, they
// scale to any box and any printer resolution, so the label stays sharp.
struct BarPattern
{
    QList<QRectF> bars;
    qreal width = 0; // quiet zones included
    qreal height = 0;
    qreal module = 1; // the narrowest bar, in the same units
    bool square = false; // a QR code: painted with one scale both ways
};

// Barcodes through zint's C API: Code 128 for the codes a shelf scanner types back (SUP-08), QR
// codes for a contract folder's number (CON-02: scanned during the archive's check).
class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(Barcode)
public:
    // The pattern for `code`, or why there is none: an empty code, or a character outside
    // printable ASCII, which a shelf scanner could not type back into the movement form.
    static Result<BarPattern> code128(const QString &code);
    // A QR code carrying `text` (UTF-8; Chinese allowed), medium error correction.
    static Result<BarPattern> qr(const QString &text);
    // Fills `box` with the pattern, centred, as large as the box allows; on a device of whole
    // dots each module is a whole number of dots, so no bar is a dot thinner than its twin.
    static void paint(QPainter &painter, const QRectF &box, const BarPattern &pattern);
};

} // namespace shopdesk
