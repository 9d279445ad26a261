#pragma once

#include "common/Result.h"

namespace shopdesk {

class Clock;
class Database;

// The demo company's web side (WEB-01..05): the planner's requests at every step (one approved
// news item nearly out of its 48 hours, one waiting, one published, last year's home page review)
// and two incidents, one not yet reported to the partner company.
namespace WebDemo {
struct Summary
{
    int publications = 0;
    int incidents = 0;
};
// Nothing when the company has no shop demo people (planner, ops, editor).
Result<Summary> create(Database &db, const Clock &clock);
} // namespace WebDemo

} // namespace shopdesk
