#include "calendar/domain/HolidayCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace shopdesk {

QString dayTypeKey(DayType type)
{
    switch (type) {
    case DayType::Working: return QStringLiteral("working");
    case DayType::Rest: return QStringLiteral("rest");
    case DayType::MakeUpWorking: return QStringLiteral("makeup_working");
    case DayType::InLieuRest: return QStringLiteral("in_lieu_rest");
    case DayType::Statutory: return QStringLiteral("statutory");
    }
    return {};
}

QString dayTypeTitle(DayType type)
{
    switch (type) {
    case DayType::Working: return HolidayCalendar::tr("Working day");
    case DayType::Rest: return HolidayCalendar::tr("Rest day");
    case DayType::MakeUpWorking: return HolidayCalendar::tr("Make-up working day");
    case DayType::InLieuRest: return HolidayCalendar::tr("In-lieu rest day");
    case DayType::Statutory: return HolidayCalendar::tr("Statutory holiday");
    }
    return {};
}

int OvertimeRates::percentFor(DayType type) const
{
    switch (type) {
    case DayType::Working:
    case DayType::MakeUpWorking: return workingDay;
    case DayType::Rest:
    case DayType::InLieuRest: return restDay;
    case DayType::Statutory: return statutory;
    }
    return workingDay;
}

bool OvertimeRates::compTimeAllowed(DayType type)
{
    return type == DayType::Rest || type == DayType::InLieuRest;
}

Result<HolidayCalendar> HolidayCalendar::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(tr("%1 is not a holiday calendar: %2 at character %3.")
                        .arg(sourceName, parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject years = doc.object().value(QStringLiteral("years")).toObject();
    if (years.isEmpty())
        return fail(tr("%1 has no \"years\" with holiday breaks.").arg(sourceName));
    HolidayCalendar calendar;
    for (auto year = years.begin(); year != years.end(); ++year) {
        bool numeric = false;
        const int y = year.key().toInt(&numeric);
        if (!numeric || y < 2000 || y > 2100)
            return fail(tr("%1: \"%2\" is not a year.").arg(sourceName, year.key()));
        calendar.m_years.insert(y);
        for (const QJsonValue &breakValue : year.value().toArray()) {
            const QJsonObject b = breakValue.toObject();
            const QString zh = b.value(QStringLiteral("name_zh")).toString();
            const QString en = b.value(QStringLiteral("name_en")).toString();
            // Later fields win: a statutory day is also "off"; an in-lieu day is off but not statutory.
            const std::pair<const char *, DayType> fields[] = {{"off", DayType::Rest},
                                                               {"in_lieu", DayType::InLieuRest},
                                                               {"workdays", DayType::MakeUpWorking},
                                                               {"statutory", DayType::Statutory}};
            for (const auto &[field, type] : fields) {
                for (const QJsonValue &d : b.value(QLatin1String(field)).toArray()) {
                    const QDate date = QDate::fromString(d.toString(), Qt::ISODate);
                    if (!date.isValid())
                        return fail(tr("%1: year %2, %3, field \"%4\": \"%5\" is not a date (YYYY-MM-DD).")
                                        .arg(sourceName, year.key(), zh.isEmpty() ? en : zh, QLatin1String(field),
                                             d.toString()));
                    calendar.m_days.insert(date, {type, zh, en});
                }
            }
        }
    }
    return calendar;
}

Result<HolidayCalendar> HolidayCalendar::shipped()
{
    QFile f(QStringLiteral(":/calendar/cn-holidays-2025-2026.json"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("The shipped holiday calendar is missing from the program."));
    return fromJson(f.readAll(), QStringLiteral("cn-holidays-2025-2026.json"));
}

DayType HolidayCalendar::typeOf(const QDate &date) const
{
    // RULE HOL-01: a day's type comes from the calendar before the weekday.
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return it->type;
    return m_workWeek.contains(date.dayOfWeek()) ? DayType::Working : DayType::Rest;
}

QString HolidayCalendar::holidayName(const QDate &date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.constEnd())
        return {};
    return QLocale().language() == QLocale::Chinese || it->nameEn.isEmpty() ? it->nameZh : it->nameEn;
}

QList<int> HolidayCalendar::years() const
{
    QList<int> list(m_years.begin(), m_years.end());
    std::sort(list.begin(), list.end());
    return list;
}

void HolidayCalendar::merge(const HolidayCalendar &other)
{
    for (int y : other.m_years) {
        for (auto it = m_days.begin(); it != m_days.end();)
            it = it.key().year() == y ? m_days.erase(it) : std::next(it);
        m_years.insert(y);
    }
    for (auto it = other.m_days.constBegin(); it != other.m_days.constEnd(); ++it)
        m_days.insert(it.key(), it.value());
}

QList<HolidayCalendar::SpecialDay> HolidayCalendar::specialDays(int year) const
{
    QList<SpecialDay> list;
    for (auto it = m_days.constBegin(); it != m_days.constEnd(); ++it)
        if (it.key().year() == year)
            list.append({it.key(), it->type, it->nameZh, it->nameEn});
    std::sort(list.begin(), list.end(), [](const SpecialDay &a, const SpecialDay &b) { return a.date < b.date; });
    return list;
}

void HolidayCalendar::setDay(const SpecialDay &day)
{
    m_days.insert(day.date, {day.type, day.nameZh, day.nameEn});
    m_years.insert(day.date.year());
}

void HolidayCalendar::clearDay(const QDate &date)
{
    m_days.remove(date);
}

void HolidayCalendar::replaceYear(int year, const QList<SpecialDay> &days)
{
    for (auto it = m_days.begin(); it != m_days.end();)
        it = it.key().year() == year ? m_days.erase(it) : std::next(it);
    m_years.insert(year);
    for (const SpecialDay &d : days)
        if (d.date.year() == year)
            m_days.insert(d.date, {d.type, d.nameZh, d.nameEn});
}

std::optional<DayType> HolidayCalendar::dayTypeFromKey(const QString &key)
{
    for (DayType t : {DayType::Working, DayType::Rest, DayType::MakeUpWorking, DayType::InLieuRest, DayType::Statutory})
        if (dayTypeKey(t) == key)
            return t;
    return std::nullopt;
}

} // namespace shopdesk
