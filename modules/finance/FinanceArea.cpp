#include "FinanceArea.h"

#include "ExpenseDesk.h"
#include "FinanceActions.h"
#include "GroupDesk.h"

namespace shopdesk::FinanceArea {

void define()
{
    for (const Permission &p : FinanceAction::all())
        Permissions::define(p);
    ApprovalTypes::define(ExpenseDesk::requestType());
    ApprovalTypes::define(GroupDesk::advanceType());
}

} // namespace shopdesk::FinanceArea
