#include "PageParts.h"

#include <QBrush>

namespace shopdesk {

QVariant dayHeader(const QDate &date, DayType type, int role)
{
    switch (role) {
    case Qt::DisplayRole: return QString::number(date.day());
    case Qt::ToolTipRole: return date.toString(Qt::ISODate) + QLatin1Char(' ') + dayTypeTitle(type);
    case Qt::ForegroundRole: return isWorkingDay(type) ? QVariant() : QVariant(QBrush(QColor(180, 40, 40)));
    default: return {};
    }
}

} // namespace shopdesk
