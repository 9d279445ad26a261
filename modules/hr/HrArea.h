#pragma once

namespace shopdesk {

class Clock;
class Database;

// The hr area's start-up, the same for the GUI's modules and shopdeskctl. It sits above the
// services (it names them); the services name only HrActions.h, so no arrow points back up.
namespace HrArea {
// The permissions and the hr request types (leave, overtime, make-up punches, duty swaps,
// fines). Idempotent.
void define();
// RULE HR-02: a leaver's account closes once their last day is over, on whichever PC opens
// the database first.
void databaseOpened(Database &db, const Clock &clock);
} // namespace HrArea

} // namespace shopdesk
