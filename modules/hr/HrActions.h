#pragma once

#include "users/domain/Permissions.h"

namespace shopdesk {

// The permissions the hr area defines (DB-01: within the `hr` scope).
namespace HrAction {
inline const QString ViewAttendance = QStringLiteral("hr.attendance.view");
inline const QString ManageAttendance = QStringLiteral("hr.attendance.manage"); // imports, roster, findings
inline const QString ConfirmAttendance = QStringLiteral("hr.attendance.confirm");
inline const QString EditPolicy = QStringLiteral("hr.attendance.policy");
inline const QString ManageDiscipline = QStringLiteral("hr.discipline.manage"); // HR-03
inline const QString ManagePeople = QStringLiteral("hr.people.manage"); // HR-01, HR-02, HR-04
// Leave, out-of-office, overtime and make-up punches of one's own (ATT-12, LEAVE, OT).
inline const QString FileOwnRequests = QStringLiteral("hr.requests.own");

inline QList<Permission> all()
{
    const QString hr = QStringLiteral("hr");
    return {{ViewAttendance, Level::Reader, hr, false},
            {ManageAttendance, Level::Clerk, hr, false},
            {ConfirmAttendance, Level::Clerk, hr, false},
            {ManageDiscipline, Level::Clerk, hr, false},
            {ManagePeople, Level::Clerk, hr, false},
            // RULES.md: policy settings change through an approval-free admin screen.
            {EditPolicy, Level::DatabaseAdmin, {}, false},
            // Anyone with an employee record files their own requests.
            {FileOwnRequests, Level::Reader, {}, false}};
}
} // namespace HrAction

} // namespace shopdesk
