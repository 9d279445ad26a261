#include "HrActions.h"

#include "DisciplineRegister.h"
#include "DutyRosterService.h"
#include "MakeUpPunch.h"
#include "TimeRequests.h"

namespace shopdesk::HrAction {

void defineAll()
{
    for (const Permission &p : all())
        Permissions::define(p);
    ApprovalTypes::define(MakeUpPunch::type());
    ApprovalTypes::define(DutyRosterService::swapType());
    ApprovalTypes::define(DisciplineRegister::fineType());
    for (const ApprovalType &t : TimeRequests::types())
        ApprovalTypes::define(t);
}

} // namespace shopdesk::HrAction
