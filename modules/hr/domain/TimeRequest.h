#pragma once

#include "approval/domain/ApprovalRequest.h"

#include <QDateTime>
#include <QString>

namespace shopdesk {

// What a leave, out-of-office or overtime request asks for, beside its approval request
// (LEAVE-01..06, OT-01..02, ATT-05).
struct TimeRequestRow
{
    static inline const QString kOutOfOffice = QStringLiteral("out_of_office");
    static inline const QString kOvertime = QStringLiteral("overtime");

    qint64 requestId = 0;
    qint64 employeeId = 0;
    QString kind; // a leave kind key (domain/LeaveRules.h), kOutOfOffice or kOvertime
    QDateTime from, to;
    double days = 0, hours = 0;
    bool lateFiling = false;
    qint64 extendsRequestId = 0;
    RequestState state = RequestState::Pending; // its approval request's

    bool isOvertime() const { return kind == kOvertime; }
    bool isOutOfOffice() const { return kind == kOutOfOffice; }
    bool isLeave() const { return !isOvertime() && !isOutOfOffice(); }
    // Waiting for approval or approved: it holds the time it asks for.
    bool holdsItsTime() const { return state == RequestState::Pending || state == RequestState::Approved; }
};

} // namespace shopdesk
