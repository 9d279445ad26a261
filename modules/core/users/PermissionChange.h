#pragma once

#include "approval/ApprovalTypes.h"
#include "approval/Approvals.h"
#include "users/domain/User.h"

namespace shopdesk {

// RULE DB-02: a change of a user's level, work areas or roles is a request, approved by that
// user's department head; a change to or from database administrator, or of a special
// permission, also by the general manager. It takes effect only when approved.
// This is the example of a request type: a route and an outcome callback, nothing more.
namespace PermissionChange {

inline const QString TypeId = QStringLiteral("permission.change");

// Roles and areas that count as special permissions (money, the GM's office, taking data out).
bool isSpecial(const UserRecord &before, const UserRecord &after);
bool changesPermissions(const UserRecord &before, const UserRecord &after);
NewApproval request(const UserRecord &before, const UserRecord &after);
const ApprovalType &type();

} // namespace PermissionChange
} // namespace shopdesk
