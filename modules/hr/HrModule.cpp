#include "HrModule.h"

#include "AttendanceOverview.h"
#include "HrArea.h"
#include "PeopleModule.h"
#include "RequestsModule.h"

#include "ui/AttendancePanel.h"
#include "ui/GuideTopic.h"
#include "ui/PeoplePanel.h"
#include "ui/RequestsPanel.h"

namespace shopdesk {

QWidget *HrModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new AttendancePanel(context, parent);
}

QWidget *RequestsModule::createPanel(const AppContext &context, QWidget *parent) const
{
    auto *panel = new RequestsPanel(context, parent);
    GuideTopic::set(panel, QStringLiteral("requests")); // its section of the user guide
    return panel;
}

QWidget *PeopleModule::createPanel(const AppContext &context, QWidget *parent) const
{
    auto *panel = new PeoplePanel(context, parent);
    GuideTopic::set(panel, QStringLiteral("employees")); // its section of the user guide
    return panel;
}

QStringList HrModule::overview(const AppContext &context) const
{
    return AttendanceOverview(*context.database, *context.clock).forHr(context.actor);
}

QStringList RequestsModule::overview(const AppContext &context) const
{
    return AttendanceOverview(*context.database, *context.clock).forEveryone(context.actor);
}

// The three hr modules define the same types; each may be registered without the others.
void HrModule::defineTypes() const
{
    HrArea::define();
}

void RequestsModule::defineTypes() const
{
    HrArea::define();
}

void PeopleModule::defineTypes() const
{
    HrArea::define();
}

// The area's start-up runs once, through the attendance module: the shell registers the three
// hr modules together (registerModules()), and HR-02's check reads the database each time it runs.
void HrModule::databaseOpened(Database &db, const Clock &clock) const
{
    HrArea::databaseOpened(db, clock);
}

} // namespace shopdesk
