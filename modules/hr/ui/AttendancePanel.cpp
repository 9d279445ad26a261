#include "AttendancePanel.h"

#include "CalendarPage.h"
#include "DisciplinePage.h"
#include "HrActions.h"
#include "ImportPage.h"
#include "MonthPage.h"
#include "PolicyPage.h"
#include "RosterPage.h"
#include "ui/GuideTopic.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shopdesk {

AttendancePanel::AttendancePanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_month(new MonthPage(context, this)),
      m_imports(new ImportPage(context, this)), m_roster(new RosterPage(context, this)),
      m_discipline(new DisciplinePage(context, this))
{
    m_tabs->addTab(m_month, tr("Month"));
    GuideTopic::set(m_month, QStringLiteral("report"));
    m_tabs->addTab(m_imports, tr("Punches"));
    GuideTopic::set(m_imports, QStringLiteral("punches"));
    m_tabs->addTab(m_roster, tr("Duty roster"));
    GuideTopic::set(m_roster, QStringLiteral("roster"));
    m_tabs->addTab(m_discipline, tr("Discipline"));
    GuideTopic::set(m_discipline, QStringLiteral("discipline"));
    if (Permissions::can(context.actor, Action::ManageCalendar)) {
        m_calendar = new CalendarPage(context, this);
        m_tabs->addTab(m_calendar, tr("Holiday calendar"));
        GuideTopic::set(m_calendar, QStringLiteral("holidays"));
    }
    if (Permissions::can(context.actor, HrAction::EditPolicy)) {
        m_policy = new PolicyPage(context, this);
        m_tabs->addTab(m_policy, tr("Policy"));
        GuideTopic::set(m_policy, QStringLiteral("attendance-policy"));
    }
    connect(m_imports, &ImportPage::punchesChanged, m_month, &MonthPage::refresh);
    // Remembered per PC: the clerk returns to the tab they left.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("attendance/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("attendance/tab"), index); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace shopdesk
