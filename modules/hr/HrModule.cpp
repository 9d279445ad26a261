#include "HrModule.h"
#include "PeopleModule.h"
#include "RequestsModule.h"

#include "ui/AttendancePanel.h"
#include "ui/PeoplePanel.h"
#include "ui/RequestsPanel.h"

namespace shopdesk {

QWidget *HrModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new AttendancePanel(context, parent);
}

QWidget *RequestsModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new RequestsPanel(context, parent);
}

QWidget *PeopleModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new PeoplePanel(context, parent);
}

} // namespace shopdesk
