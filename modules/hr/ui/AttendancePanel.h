#pragma once

#include "ui/Module.h"

#include <QWidget>

class QTabWidget;

namespace shopdesk {

class CalendarPage;
class DisciplinePage;
class ImportPage;
class MonthPage;
class PolicyPage;
class RosterPage;

// The attendance area: the month, punch imports, the duty roster, the holiday calendar and the
// policy, as tabs (the last two for administrators).
class AttendancePanel : public QWidget
{
    Q_OBJECT
public:
    AttendancePanel(const AppContext &context, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    MonthPage *month() const { return m_month; }
    ImportPage *imports() const { return m_imports; }
    RosterPage *roster() const { return m_roster; }
    DisciplinePage *discipline() const { return m_discipline; }
    CalendarPage *calendar() const { return m_calendar; }
    PolicyPage *policy() const { return m_policy; }

private:
    QTabWidget *m_tabs;
    MonthPage *m_month;
    ImportPage *m_imports;
    RosterPage *m_roster;
    DisciplinePage *m_discipline;
    CalendarPage *m_calendar = nullptr;
    PolicyPage *m_policy = nullptr;
};

} // namespace shopdesk
