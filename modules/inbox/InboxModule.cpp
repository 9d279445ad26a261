#include "InboxModule.h"

#include "Approvals.h"
#include "ui/InboxPanel.h"

namespace shopdesk {

QWidget *InboxModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new InboxPanel(context, parent);
}

QString InboxModule::badge(const AppContext &context) const
{
    auto count = Approvals(*context.database, *context.clock).waitingCount(context.actor);
    return count && *count > 0 ? QString::number(*count) : QString();
}

} // namespace shopdesk
