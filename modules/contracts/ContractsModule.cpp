#include "ContractsModule.h"

#include "ContractsArea.h"
#include "ui/ContractsPanel.h"

namespace shopdesk {

QWidget *ContractsModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new ContractsPanel(context, parent);
}

void ContractsModule::defineTypes() const
{
    ContractsArea::define();
}

} // namespace shopdesk
