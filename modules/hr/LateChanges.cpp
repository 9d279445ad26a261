#include "LateChanges.h"

#include "common/Clock.h"
#include "ledgers/data/PayrollLineRepository.h"
#include "ledgers/data/PeriodLockRepository.h"
#include "users/domain/Permissions.h"

namespace shopdesk::LateChanges {

Status recordIfConfirmed(Database &db, const Clock &clock, const Actor &decider, qint64 employeeId, const QDate &day,
                         const QString &what, double days)
{
    PeriodLockRepository locks(db);
    auto locked = locks.isLocked(PeriodLockRepository::Attendance, day);
    if (!locked)
        return locked.failure();
    if (!*locked)
        return success();
    const QString now = toStoredInstant(clock.nowUtc());
    if (Status s = locks.addLateChange(PeriodLockRepository::Attendance, day, {employeeId, what, now}, decider.userId);
        !s)
        return s;
    const PayrollLine adjustment{day.addMonths(1),
                                 employeeId,
                                 QStringLiteral("adjustment"),
                                 days,
                                 0,
                                 QStringLiteral("attendance %1").arg(PeriodLockRepository::monthKey(day)),
                                 what};
    return PayrollLineRepository(db).add(adjustment, now);
}

} // namespace shopdesk::LateChanges
