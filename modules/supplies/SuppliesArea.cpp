#include "SuppliesArea.h"

#include "InvoiceDesk.h"
#include "PurchaseDesk.h"
#include "StocktakeDesk.h"
#include "SuppliesActions.h"

namespace shopdesk::SuppliesArea {

void define()
{
    for (const Permission &p : SuppliesAction::all())
        Permissions::define(p);
    ApprovalTypes::define(PurchaseDesk::requestType());
    ApprovalTypes::define(StocktakeDesk::type());
    ApprovalTypes::define(InvoiceDesk::differenceType());
}

} // namespace shopdesk::SuppliesArea
