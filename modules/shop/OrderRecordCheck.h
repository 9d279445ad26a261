#pragma once

#include "database/DatabaseCheck.h"

#include <QCoreApplication>

namespace shopdesk {

// RULE ORD-05 in `verify`: every order and its lines as the audit record written with them says,
// and no order without one. The triggers refuse a change through SQLite; this finds one made by
// someone who removed a trigger, changed a row and put the trigger back, or who added an order
// behind the program's back (the audit chain itself is checked against the PCs' anchors).
namespace OrderRecordCheck {
Result<ContentFindings> run(Database &db);
} // namespace OrderRecordCheck

} // namespace shopdesk
