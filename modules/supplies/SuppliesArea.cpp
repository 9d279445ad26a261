#include "SuppliesArea.h"

#include "PurchaseDesk.h"
#include "SuppliesActions.h"

namespace shopdesk::SuppliesArea {

void define()
{
    for (const Permission &p : SuppliesAction::all())
        Permissions::define(p);
    ApprovalTypes::define(PurchaseDesk::requestType());
}

} // namespace shopdesk::SuppliesArea
