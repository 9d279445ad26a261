#include "LabelSheet.h"

namespace shopdesk {

int LabelSheet::pageCount(int labels) const
{
    if (labels <= 0 || labelsPerPage() <= 0)
        return 0;
    return (labels + labelsPerPage() - 1) / labelsPerPage();
}

int LabelSheet::pageOf(int index) const
{
    return labelsPerPage() > 0 ? index / labelsPerPage() : 0;
}

QRectF LabelSheet::labelRectMm(int index) const
{
    const int onPage = labelsPerPage() > 0 ? index % labelsPerPage() : 0;
    const int column = onPage % columns;
    const int row = onPage / columns;
    const qreal gridWidth = columns * labelWidthMm + (columns - 1) * columnGapMm;
    const qreal gridHeight = rows * labelHeightMm + (rows - 1) * rowGapMm;
    const qreal left = (pageWidthMm - gridWidth) / 2;
    const qreal top = (pageHeightMm - gridHeight) / 2;
    return {left + column * (labelWidthMm + columnGapMm), top + row * (labelHeightMm + rowGapMm), labelWidthMm,
            labelHeightMm};
}

QRectF LabelSheet::contentRectMm(int index) const
{
    return labelRectMm(index).adjusted(paddingMm, paddingMm, -paddingMm, -paddingMm);
}

} // namespace shopdesk
