#include "ContractsArea.h"

#include "ContractsActions.h"

namespace shopdesk::ContractsArea {

void define()
{
    for (const Permission &p : ContractsAction::all())
        Permissions::define(p);
}

} // namespace shopdesk::ContractsArea
