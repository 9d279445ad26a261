#include "HrArea.h"

#include "DisciplineRegister.h"
#include "DutyRosterService.h"
#include "HrActions.h"
#include "MakeUpPunch.h"
#include "Offboarding.h"
#include "TimeRequests.h"

namespace shopdesk::HrArea {

void define()
{
    for (const Permission &p : HrAction::all())
        Permissions::define(p);
    ApprovalTypes::define(MakeUpPunch::type());
    ApprovalTypes::define(DutyRosterService::swapType());
    ApprovalTypes::define(DisciplineRegister::fineType());
    for (const ApprovalType &t : TimeRequests::types())
        ApprovalTypes::define(t);
}

void databaseOpened(Database &db, const Clock &clock)
{
    Offboarding(db, clock).disableAccountsOfLeavers(Actor{0, QStringLiteral("system"), Level::DatabaseAdmin});
}

} // namespace shopdesk::HrArea
