#pragma once

#include "common/Result.h"

namespace shopdesk {

class Clock;
class Database;

struct FinanceDemoSummary
{
    int cashEntries = 0;
    int expenses = 0;
};

// The finance part of `shopdeskctl demo`: the finance department's two users (cashier /
// Cashier2026, the cash accountant; accountant / Accountant2026, the chief accountant), the
// budget lines, allowance rules per position, and a year of the department's work: the cash
// journal of every working day (closed and reviewed), expenses advanced and reimbursed with their
// invoice scans, group accounts from signing to settlement, each month's allowances posted and
// the months before last closed; this month and last with expense requests at every stage and
// groups leaving today. `extraCashPerDay` petty entries more on each working day grow the journal
// for a benchmark. Reproducible from the seed.
namespace FinanceDemo {
Result<FinanceDemoSummary> create(Database &db, const Clock &clock, quint32 seed, int extraCashPerDay = 0);
}

} // namespace shopdesk
