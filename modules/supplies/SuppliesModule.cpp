#include "SuppliesModule.h"

#include "ReorderPlanner.h"
#include "SuppliesArea.h"
#include "ui/SuppliesPanel.h"

namespace shopdesk {

QWidget *SuppliesModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new SuppliesPanel(context, parent);
}

void SuppliesModule::defineTypes() const
{
    SuppliesArea::define();
}

QStringList SuppliesModule::overview(const AppContext &context) const
{
    auto suggestions = ReorderPlanner(*context.database, *context.clock).suggestions(context.actor);
    if (!suggestions || suggestions->isEmpty())
        return {};
    return {tr("%n supply item(s) at or under the reorder point", nullptr, int(suggestions->size()))};
}

} // namespace shopdesk
