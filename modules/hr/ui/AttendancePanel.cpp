#include "AttendancePanel.h"

#include "CalendarPage.h"
#include "DisciplinePage.h"
#include "HrActions.h"
#include "ImportPage.h"
#include "MonthPage.h"
#include "PolicyPage.h"
#include "RosterPage.h"

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
    m_tabs->addTab(m_imports, tr("Punches"));
    m_tabs->addTab(m_roster, tr("Duty roster"));
    m_tabs->addTab(m_discipline, tr("Discipline"));
    if (Permissions::can(context.actor, Action::ManageCalendar)) {
        m_calendar = new CalendarPage(context, this);
        m_tabs->addTab(m_calendar, tr("Holiday calendar"));
    }
    if (Permissions::can(context.actor, HrAction::EditPolicy)) {
        m_policy = new PolicyPage(context, this);
        m_tabs->addTab(m_policy, tr("Policy"));
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
