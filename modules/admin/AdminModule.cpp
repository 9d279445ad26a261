#include "AdminModule.h"

#include "ui/AdminPanel.h"

namespace shopdesk {

QWidget *AdminModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new AdminPanel(context, parent);
}

} // namespace shopdesk
