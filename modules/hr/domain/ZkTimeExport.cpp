#include "domain/ZkTimeExport.h"

#include "common/domain/WallClock.h"

namespace shopdesk {

QDateTime ZkTimeExport::parseDateTime(const QString &text)
{
    // Date and time apart: a wall-clock time, no time zone (WallClock.h).
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 2)
        return {};
    QDate date;
    for (const char *format : {"yyyy/M/d", "yyyy-M-d"})
        if (!date.isValid())
            date = QDate::fromString(parts[0], QLatin1String(format));
    QTime time;
    for (const char *format : {"H:mm:ss", "H:mm"})
        if (!time.isValid())
            time = QTime::fromString(parts[1], QLatin1String(format));
    return date.isValid() && time.isValid() ? wallClock(date, time) : QDateTime();
}

ClockLog ZkTimeExport::parse(const QByteArray &bytes, TextDecoding::Encoding encoding)
{
    ClockLog log;
    const QStringList lines = TextDecoding::decode(bytes, encoding).split(QLatin1Char('\n'));
    int pinColumn = -1, timeColumn = -1, nameColumn = -1, departmentColumn = -1, deviceColumn = -1;
    bool haveHeader = false;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = QString(lines[i]).remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (!haveHeader) {
            for (int c = 0; c < f.size(); ++c) {
                const QString h = f[c].trimmed();
                if (h == u"考勤号码" || h == u"AC-No." || h == u"工号")
                    pinColumn = c;
                else if (h == u"日期时间" || h == u"Time")
                    timeColumn = c;
                else if (h == u"姓名" || h == u"Name")
                    nameColumn = c;
                else if (h == u"部门" || h == u"Department")
                    departmentColumn = c;
                else if (h == u"机器号" || h == u"Machine")
                    deviceColumn = c;
            }
            if (pinColumn < 0 || timeColumn < 0) {
                log.problems.append(
                    {lineNo, tr("header"), line.left(80),
                     tr("no 考勤号码 and 日期时间 columns: not a ZKTime export, or the wrong encoding")});
                return log;
            }
            haveHeader = true;
            continue;
        }
        ++log.rowsRead;
        ClockPunch p;
        p.line = lineNo;
        p.pin = f.value(pinColumn).trimmed();
        p.at = parseDateTime(f.value(timeColumn));
        p.name = nameColumn >= 0 ? f.value(nameColumn).trimmed() : QString();
        p.department = departmentColumn >= 0 ? f.value(departmentColumn).trimmed() : QString();
        p.device = deviceColumn >= 0 ? f.value(deviceColumn).trimmed().toInt() : 0;
        if (p.pin.isEmpty())
            log.problems.append({lineNo, QStringLiteral("考勤号码"), f.value(pinColumn), tr("empty")});
        else if (!p.at.isValid())
            log.problems.append({lineNo, QStringLiteral("日期时间"), f.value(timeColumn), tr("not a date and time")});
        else
            log.punches.append(p);
    }
    return log;
}

} // namespace shopdesk
