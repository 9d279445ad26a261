#include "ReportFigures.h"

#include <algorithm>

namespace shopdesk::ReportFigures {

bool isFigure(QStringView cell)
{
    if (cell.startsWith(u'-'))
        cell = cell.mid(1);
    const qsizetype point = cell.indexOf(u'.');
    const QStringView whole = point < 0 ? cell : cell.left(point);
    const QStringView fraction = point < 0 ? QStringView() : cell.mid(point + 1);
    auto digits = [](QStringView s) {
        return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    return digits(whole) && (point < 0 ? whole.size() <= 6 : digits(fraction));
}

QString grouped(const QString &figure)
{
    const qsizetype point = figure.indexOf(u'.');
    if (point < 0)
        return figure;
    QString out = figure;
    const qsizetype first = figure.startsWith(u'-') ? 1 : 0;
    for (qsizetype at = point - 3; at > first; at -= 3)
        out.insert(at, u',');
    return out;
}

QString shown(const QString &cell)
{
    return isFigure(cell) ? grouped(cell) : cell;
}

} // namespace shopdesk::ReportFigures
