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
// year's budget lines, allowance rules per position, the cash journal of last month and this one
// (days closed and reviewed), expense requests at every stage, last month's allowances posted,
// reproducible from the seed.
namespace FinanceDemo {
Result<FinanceDemoSummary> create(Database &db, const Clock &clock, quint32 seed);
}

} // namespace shopdesk
