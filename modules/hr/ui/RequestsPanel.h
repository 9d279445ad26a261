#pragma once

#include "TimeRequests.h"
#include "ui/Module.h"
#include "ui/PagedTableModel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTableWidget;

namespace shopdesk {

class AwayCalendarModel;

// Leave and overtime for everyone (issue 5): file leave, out-of-office and overtime for oneself
// (HR for anyone), follow one's requests, the comp-time balance (OT-02) and the medical period
// (LEAVE-07); those who see attendance also see who is away in a month, as a calendar and a list.
class RequestsPanel : public QWidget
{
    Q_OBJECT
public:
    RequestsPanel(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    // The person's requests, the latest first, read a page at a time (issue 12).
    QTableView *requests() const { return m_requests; }
    QTableWidget *away() const { return m_away; }
    AwayCalendarModel *awayCalendar() const { return m_awayCalendar; }
    qint64 employee() const;

private:
    void file(int kind);
    QString requestText(const TimeRequestRow &row, int column) const;

    AppContext m_context;
    QComboBox *m_employee;
    QLabel *m_balance;
    PagedList<TimeRequestRow> *m_requestList;
    QTableView *m_requests;
    QDateEdit *m_month = nullptr;
    QComboBox *m_department = nullptr;
    QTableWidget *m_away = nullptr;
    AwayCalendarModel *m_awayCalendar = nullptr;
    QTableView *m_awayCalendarView = nullptr;
    QHash<qint64, QString> m_names;
};

} // namespace shopdesk
