#include "domain/DingTalkRecords.h"

#include "common/domain/WallClock.h"

#include "imports/domain/CsvTable.h"

namespace shopdesk {

QDate DingTalkRecords::parseDate(const QString &text)
{
    const QString t = text.trimmed().section(QLatin1Char(' '), 0, 0);
    for (const char *format : {"yyyy-M-d", "yyyy/M/d"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    const QDate shortYear = QDate::fromString(t, QStringLiteral("yy-M-d"));
    return shortYear.isValid() ? shortYear.addYears(100) : QDate(); // "26" is 2026, not 1926
}

ClockLog DingTalkRecords::parseCsv(const QByteArray &bytes, TextDecoding::Encoding encoding)
{
    return parseTable(CsvTable::parse(TextDecoding::decode(bytes, encoding)));
}

namespace {
// "07:57", "7:57:30", or a spreadsheet's fraction of a day ("0.33125").
QTime punchTime(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"H:mm", "H:mm:ss"}) {
        const QTime time = QTime::fromString(t, QLatin1String(format));
        if (time.isValid())
            return time;
    }
    bool numeric = false;
    const double fraction = t.toDouble(&numeric);
    if (!numeric || fraction < 0 || fraction >= 1)
        return {};
    return QTime(0, 0).addSecs(int(qRound(fraction * 86400.0)) % 86400);
}
} // namespace

ClockLog DingTalkRecords::parseTable(const QList<CsvRecord> &records)
{
    ClockLog log;
    const QStringList required = {QStringLiteral("工号"), QStringLiteral("考勤日期"), QStringLiteral("打卡时间")};
    const int header = CsvTable::findHeader(records, required);
    if (header < 0) {
        log.problems.append(
            {records.isEmpty() ? 1 : records.first().line, tr("header"), QString(),
             tr("no 工号, 考勤日期 and 打卡时间 columns: not DingTalk raw records, or the wrong encoding")});
        return log;
    }
    QStringList names;
    for (const QString &f : records[header].fields)
        names.append(f.trimmed());
    const int pin = names.indexOf(QStringLiteral("工号")), date = names.indexOf(QStringLiteral("考勤日期")),
              time = names.indexOf(QStringLiteral("打卡时间")), name = names.indexOf(QStringLiteral("姓名")),
              department = names.indexOf(QStringLiteral("部门"));
    for (int r = header + 1; r < records.size(); ++r) {
        const CsvRecord &rec = records[r];
        ++log.rowsRead;
        ClockPunch p;
        p.line = rec.line;
        p.pin = rec.fields.value(pin).trimmed();
        if (p.pin.endsWith(QLatin1String(".0")))
            p.pin.chop(2); // a staff number a spreadsheet turned into a number
        p.name = rec.fields.value(name).trimmed();
        p.department = rec.fields.value(department).trimmed();
        const QDate d = parseDate(rec.fields.value(date));
        const QTime t = punchTime(rec.fields.value(time));
        if (p.pin.isEmpty()) {
            log.problems.append({rec.line, QStringLiteral("工号"), QString(), tr("empty")});
        } else if (!d.isValid()) {
            log.problems.append({rec.line, QStringLiteral("考勤日期"), rec.fields.value(date), tr("not a date")});
        } else if (!t.isValid()) {
            // A row without a punch time is DingTalk's "not punched" (缺卡), not a punch.
            if (!rec.fields.value(time).trimmed().isEmpty())
                log.problems.append(
                    {rec.line, QStringLiteral("打卡时间"), rec.fields.value(time), tr("not a time (HH:MM)")});
        } else {
            p.at = wallClock(d, t);
            log.punches.append(p);
        }
    }
    return log;
}

} // namespace shopdesk
