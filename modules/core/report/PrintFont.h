#pragma once

#include <QFont>

namespace shopdesk {

// The font every printed page uses, reports and labels alike: the PDF embeds what it prints
// with, Noto Sans CJK on Linux, Microsoft YaHei on Windows.
inline QFont printFont(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun"),
                   QStringLiteral("sans-serif")});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace shopdesk
