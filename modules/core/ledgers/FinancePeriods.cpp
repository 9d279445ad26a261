#include "ledgers/FinancePeriods.h"

#include "ledgers/data/PeriodLockRepository.h"

namespace shopdesk {

Status FinancePeriods::requireOpen(Database &db, const QDate &day)
{
    auto locked = PeriodLockRepository(db).isLocked(Kind, day);
    if (!locked)
        return locked.failure();
    if (*locked)
        return fail(tr("%1 is closed for money entries (FIN-03): nothing dated in it is accepted unless the "
                       "general manager reopens the month.")
                        .arg(PeriodLockRepository::monthKey(day)));
    return success();
}

} // namespace shopdesk
