#include "Shift.h"

#include <QRegularExpression>

namespace shopdesk {

QString minuteText(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

Result<QList<ShiftSegment>> Shift::parseSegments(const QString &text)
{
    static const QRegularExpression segmentPattern(
        QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    QList<ShiftSegment> segments;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return fail(tr("A shift needs at least one segment, written like 08:00-11:00."));
    for (const QString &part : parts) {
        const auto match = segmentPattern.match(part);
        if (!match.hasMatch())
            return fail(tr("\"%1\" is not a segment; write it like 08:00-11:00.").arg(part.trimmed()));
        const int startHour = match.captured(1).toInt(), startMinute = match.captured(2).toInt();
        const int endHour = match.captured(3).toInt(), endMinute = match.captured(4).toInt();
        if (startHour > 23 || endHour > 24 || startMinute > 59 || endMinute > 59 || (endHour == 24 && endMinute > 0))
            return fail(tr("\"%1\" is not a time of day.").arg(part.trimmed()));
        const ShiftSegment segment{startHour * 60 + startMinute, endHour * 60 + endMinute};
        if (segment.endMinute <= segment.startMinute)
            return fail(tr("The segment %1 ends before it starts.").arg(part.trimmed()));
        if (!segments.isEmpty() && segment.startMinute < segments.last().endMinute)
            return fail(tr("The segment %1 overlaps the one before it.").arg(part.trimmed()));
        segments.append(segment);
    }
    return segments;
}

QString Shift::segmentsText(const QList<ShiftSegment> &segments)
{
    QStringList parts;
    for (const ShiftSegment &s : segments)
        parts << minuteText(s.startMinute) + QLatin1Char('-') + minuteText(s.endMinute);
    return parts.join(QLatin1Char(','));
}

QString Shift::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Administrative: return QStringLiteral("administrative");
    case Kind::MainDuty: return QStringLiteral("main_duty");
    case Kind::SupportDuty: return QStringLiteral("support_duty");
    case Kind::Other: break;
    }
    return QStringLiteral("other");
}

Shift::Kind Shift::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::Administrative, Kind::MainDuty, Kind::SupportDuty})
        if (kindKey(kind) == key)
            return kind;
    return Kind::Other;
}

Shift Shift::administrative()
{
    return {0, tr("Administrative"), Kind::Administrative, {{8 * 60, 11 * 60}, {14 * 60, 17 * 60}}, false};
}

Shift Shift::mainDuty()
{
    return {0, tr("Main duty"), Kind::MainDuty, {{7 * 60 + 30, 11 * 60 + 30}, {15 * 60, 22 * 60}}, true};
}

Shift Shift::supportDuty()
{
    return {0, tr("Support duty"), Kind::SupportDuty, {{7 * 60 + 30, 17 * 60}}, false};
}

} // namespace shopdesk
