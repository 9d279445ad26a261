#include "HrModule.h"

#include "ui/AttendancePanel.h"

namespace shopdesk {

QWidget *HrModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new AttendancePanel(context, parent);
}

} // namespace shopdesk
