#include "AwayCalendarModel.h"

#include "PageParts.h"
#include "TimeRequests.h"
#include "domain/AttendanceDay.h"
#include "domain/LeaveRules.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace shopdesk {

namespace {

AttendanceStatus statusOfKind(const QString &kind)
{
    if (kind == TimeRequestRow::kOutOfOffice)
        return AttendanceStatus::OutOnBusiness;
    const auto leave = leaveKindFromKey(kind);
    return leave ? statusFor(filingKindOf(*leave)) : AttendanceStatus::Present;
}

bool touches(const TimeRequestRow &r, const QDate &day)
{
    return r.from.date() <= day && r.to.date() >= day;
}

} // namespace

void AwayCalendarModel::setMonth(const QDate &anyDay, const QList<DayType> &dayTypes, const QList<TimeRequestRow> &away,
                                 const QHash<qint64, QString> &names)
{
    beginResetModel();
    m_first = QDate(anyDay.year(), anyDay.month(), 1);
    m_dayTypes = dayTypes;
    m_people.clear();
    QHash<qint64, int> rowOf;
    for (const TimeRequestRow &r : away) {
        if (r.isOvertime() || !r.holdsItsTime())
            continue; // overtime is work, and a rejected or withdrawn request keeps nobody away
        if (!rowOf.contains(r.employeeId)) {
            rowOf.insert(r.employeeId, int(m_people.size()));
            m_people.append({r.employeeId, names.value(r.employeeId, QString::number(r.employeeId)), {}});
        }
        m_people[rowOf.value(r.employeeId)].requests.append(r);
    }
    std::sort(m_people.begin(), m_people.end(), [](const Person &a, const Person &b) { return a.name < b.name; });
    endResetModel();
}

QDate AwayCalendarModel::dateAt(int column) const
{
    const int day = column - FirstDay;
    return day >= 0 && day < days() ? m_first.addDays(day) : QDate();
}

QList<TimeRequestRow> AwayCalendarModel::requestsAt(int row, int column) const
{
    QList<TimeRequestRow> found;
    const QDate day = dateAt(column);
    if (row < 0 || row >= m_people.size() || !day.isValid())
        return found;
    for (const TimeRequestRow &r : m_people.at(row).requests)
        if (touches(r, day))
            found.append(r);
    return found;
}

int AwayCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int AwayCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstDay + days();
}

QVariant AwayCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    if (index.column() == Name)
        return role == Qt::DisplayRole ? QVariant(m_people.at(index.row()).name) : QVariant();
    const QList<TimeRequestRow> here = requestsAt(index.row(), index.column());
    const bool pending =
        std::any_of(here.begin(), here.end(), [](const TimeRequestRow &r) { return r.state == RequestState::Pending; });
    switch (role) {
    case Qt::DisplayRole: {
        QString symbols;
        for (const TimeRequestRow &r : here)
            symbols += statusSymbol(statusOfKind(r.kind));
        return symbols;
    }
    case Qt::BackgroundRole:
        if (here.isEmpty()) {
            return isWorkingDay(m_dayTypes.at(index.column() - FirstDay)) ? QVariant()
                                                                          : QVariant(QBrush(QColor(236, 236, 236)));
        }
        return QBrush(pending ? QColor(232, 240, 250) : QColor(206, 226, 248));
    case Qt::FontRole: {
        if (!pending)
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const TimeRequestRow &r : here)
            lines << tr("%1, %2 to %3%4")
                         .arg(TimeRequests::kindTitle(r.kind), r.from.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              r.to.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              r.state == RequestState::Pending ? tr(" (waiting for approval)") : QString());
        return lines.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

QVariant AwayCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const QDate date = dateAt(section);
    if (date.isValid())
        return dayHeader(date, m_dayTypes.at(section - FirstDay), role);
    return section == Name && role == Qt::DisplayRole ? QVariant(tr("Name")) : QVariant();
}

} // namespace shopdesk
