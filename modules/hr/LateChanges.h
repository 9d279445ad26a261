#pragma once

#include "common/Result.h"

#include <QDateTime>

namespace shopdesk {

class Clock;
class Database;
struct Actor;

// ARCHITECTURE: a change allowed after HR confirmed its month (LEAVE-04, ATT-12) is flagged on
// that month's report and carried into the next month's payroll lines as an adjustment. Called
// inside the write that makes the change; does nothing for a month not confirmed.
namespace LateChanges {
Status recordIfConfirmed(Database &db, const Clock &clock, const Actor &decider, qint64 employeeId, const QDate &day,
                         const QString &what, double days = 0);
}

} // namespace shopdesk
