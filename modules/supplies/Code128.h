#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

class QPainter;

namespace shopdesk {

// The bars of one Code 128 symbol as zint lays them out, with its quiet zones, in zint's own
// units (one unit is one module, the narrowest bar). Painted, they scale to any box and any
// printer resolution, so the label stays sharp (SUP-08: the code a scanner reads at the shelf).
struct BarPattern
{
    QList<QRectF> bars;
    qreal width = 0; // quiet zones included
    qreal height = 0;
    qreal module = 1; // the narrowest bar, in the same units
};

class Code128
{
    Q_DECLARE_TR_FUNCTIONS(Code128)
public:
    // The pattern for `code`, or why there is none: an empty code, or a character outside
    // printable ASCII, which a shelf scanner could not type back into the movement form.
    static Result<BarPattern> encode(const QString &code);
    // Fills `box` with the pattern, centred, as wide as the box allows; on a device of whole
    // dots each module is a whole number of dots, so no bar is a dot thinner than its twin.
    static void paint(QPainter &painter, const QRectF &box, const BarPattern &pattern);
};

} // namespace shopdesk
