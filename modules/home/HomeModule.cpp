#include "HomeModule.h"

#include "HomePanel.h"
#include "ui/GuideTopic.h"

namespace shopdesk {

QIcon HomeModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/home.svg"));
}

QWidget *HomeModule::createPanel(const AppContext &context, QWidget *parent) const
{
    auto *panel = new HomePanel(context, parent);
    GuideTopic::set(panel, QStringLiteral("overview")); // its section of the user guide
    return panel;
}

} // namespace shopdesk
