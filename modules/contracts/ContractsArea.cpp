#include "ContractsArea.h"

#include "ContractLending.h"
#include "ContractsActions.h"

namespace shopdesk::ContractsArea {

void define()
{
    for (const Permission &p : ContractsAction::all())
        Permissions::define(p);
    ApprovalTypes::define(ContractLending::loanType());
}

} // namespace shopdesk::ContractsArea
