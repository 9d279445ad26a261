#pragma once

#include "common/Result.h"

namespace shopdesk {

class Clock;
class Database;

// The demo company's customer service (CS-01..04): the service supervisor `service`
// (password Shop2026), the rotas from the e-commerce department, a year of rosters, a year of
// feedback (a fortnight of it written out by hand) and two bad-customer flags, one confirmed, one
// waiting.
namespace ServiceDemo {
struct Summary
{
    int rosterDays = 0;
    int feedback = 0;
    int flags = 0;
    QString login; // "service / Shop2026"
};
// Nothing when the company has no shop demo (its e-commerce department and ops).
Result<Summary> create(Database &db, const Clock &clock);
} // namespace ServiceDemo

} // namespace shopdesk
