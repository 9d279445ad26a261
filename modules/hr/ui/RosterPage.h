#pragma once

#include "domain/DutyRoster.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace shopdesk {

// The duty roster as a month calendar (ATT-02, DUTY-01): generate by fair rotation, adjust a
// day (double-click), publish; after publishing a change is a swap request. Prints on one A4 page.
class RosterPage : public QWidget
{
    Q_OBJECT
public:
    RosterPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    void generate();
    QTableWidget *calendar() const { return m_calendar; }
    void setMonth(const QDate &month);

private:
    void editDay(int row, int column);
    void publish();
    void print();

    AppContext m_context;
    QDateEdit *m_month;
    QComboBox *m_department;
    QLabel *m_state;
    QTableWidget *m_calendar;
    QList<DutyDay> m_days;
    QHash<qint64, QString> m_names;
    bool m_published = false;
};

} // namespace shopdesk
