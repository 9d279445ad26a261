#include "SuppliesArea.h"

#include "SuppliesActions.h"

namespace shopdesk::SuppliesArea {

void define()
{
    for (const Permission &p : SuppliesAction::all())
        Permissions::define(p);
}

} // namespace shopdesk::SuppliesArea
