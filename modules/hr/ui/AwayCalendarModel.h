#pragma once

#include "calendar/domain/HolidayCalendar.h"
#include "domain/TimeRequest.h"

#include <QAbstractTableModel>
#include <QHash>

namespace shopdesk {

// The leave calendar (issue 5): who is away on which day of a month, a row per person with
// leave or out-of-office on file, a column per day. A cell shows the kind's symbol; approved
// time is coloured, time still waiting for approval is pale and italic.
class AwayCalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, FirstDay };
    using QAbstractTableModel::QAbstractTableModel;

    // `dayTypes` has one entry per day of the month (rest days get a red header).
    void setMonth(const QDate &anyDay, const QList<DayType> &dayTypes, const QList<TimeRequestRow> &away,
                  const QHash<qint64, QString> &names);
    QDate dateAt(int column) const;
    qint64 employeeAt(int row) const { return row >= 0 && row < m_people.size() ? m_people.at(row).employeeId : 0; }
    // The requests of the row's person touching the column's day.
    QList<TimeRequestRow> requestsAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Person
    {
        qint64 employeeId = 0;
        QString name;
        QList<TimeRequestRow> requests;
    };
    int days() const { return int(m_dayTypes.size()); }
    QDate m_first;
    QList<DayType> m_dayTypes;
    QList<Person> m_people;
};

} // namespace shopdesk
