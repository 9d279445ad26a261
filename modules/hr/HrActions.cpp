#include "HrActions.h"

#include "DutyRosterService.h"
#include "MakeUpPunch.h"

namespace shopdesk::HrAction {

void defineAll()
{
    for (const Permission &p : all())
        Permissions::define(p);
    ApprovalTypes::define(MakeUpPunch::type());
    ApprovalTypes::define(DutyRosterService::swapType());
}

} // namespace shopdesk::HrAction
