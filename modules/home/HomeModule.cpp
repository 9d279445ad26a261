#include "HomeModule.h"

#include "HomePanel.h"

namespace shopdesk {

QIcon HomeModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/home.svg"));
}

QWidget *HomeModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new HomePanel(context, parent);
}

} // namespace shopdesk
