#pragma once

#include <QList>
#include <QRectF>

namespace shopdesk {

// A sheet of self-adhesive labels (shelf labels, SUP-08; contract folders and archive boxes,
// CON-02), in millimetres on A4 portrait. The grid is centred on the page, so a
// sheet is its columns, rows, label size and the gaps between labels; another sheet is one line.
struct LabelSheet
{
    int columns = 3;
    int rows = 8;
    qreal labelWidthMm = 70;
    qreal labelHeightMm = 37;
    qreal columnGapMm = 0;
    qreal rowGapMm = 0;
    // Kept clear inside every label: most printers cannot print the outer 4-5 mm of the page,
    // and these sheets have labels to the page's edge.
    qreal paddingMm = 5;

    static constexpr qreal pageWidthMm = 210;
    static constexpr qreal pageHeightMm = 297;

    // 70 x 37 mm, 3 x 8 to the edge (Avery 3474 and its kind).
    static LabelSheet a4x24() { return {}; }
    // 63.5 x 38.1 mm, 3 x 7 (Avery L7160 and its kind).
    static LabelSheet a4x21() { return {3, 7, 63.5, 38.1, 2.5, 0, 4}; }

    int labelsPerPage() const { return columns * rows; }
    int pageCount(int labels) const;
    // Where the label number `index` (0-based, over all pages) goes: its page (0-based) and its
    // rectangle on that page, from the paper's top-left corner.
    int pageOf(int index) const;
    QRectF labelRectMm(int index) const;
    // The same rectangle less the padding: where the label's content may be painted.
    QRectF contentRectMm(int index) const;
};

// Each item `copies` times, each item's copies together, in the order given.
template<typename T>
QList<T> withCopies(const QList<T> &items, int copies)
{
    QList<T> out;
    out.reserve(items.size() * qMax(copies, 0));
    for (const T &item : items)
        for (int i = 0; i < copies; ++i)
            out.append(item);
    return out;
}

} // namespace shopdesk
