#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shopdesk {

// A stretch of work inside a shift, in minutes after midnight (08:00 = 480).
struct ShiftSegment
{
    int startMinute = 0;
    int endMinute = 0;
    bool operator==(const ShiftSegment &) const = default;
};

// RULE ATT-01: shift definitions are data: name, segments, whether the next day is a rest day.
struct Shift
{
    Q_DECLARE_TR_FUNCTIONS(Shift)
public:
    enum class Kind { Administrative, MainDuty, SupportDuty, Other };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Other;
    QList<ShiftSegment> segments;
    bool restNextDay = false;

    // "08:00-11:00,14:00-17:00": segments in order, each ending after it starts, none overlapping.
    static Result<QList<ShiftSegment>> parseSegments(const QString &text);
    static QString segmentsText(const QList<ShiftSegment> &segments);
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);

    // The three of ATT-01 (support duty 07:30-17:00: the source's "19:30" read as 07:30).
    static Shift administrative();
    static Shift mainDuty();
    static Shift supportDuty();
};

QString minuteText(int minuteOfDay); // 480 -> "08:00"

} // namespace shopdesk
