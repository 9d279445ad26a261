#pragma once

#include "domain/ConductRules.h"

#include <QDate>
#include <QString>

namespace shopdesk {

// Where an entry of the disciplinary register stands (HR-03, ATT-09): a proposal from
// attendance is confirmed or waived by HR; a fine waits for the department head.
enum class DisciplineState { Proposed, PendingApproval, Confirmed, Waived, Rejected };
QString disciplineStateKey(DisciplineState state);
DisciplineState disciplineStateFromKey(const QString &key); // unknown: Proposed, which counts for nothing
QString disciplineStateTitle(DisciplineState state); // translated

struct DisciplineEntry
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QDate day;
    QString ruleId;
    DisciplineKind kind = DisciplineKind::Reminder;
    qint64 amountFen = 0;
    QString description;
    QString source; // recorded, attendance
    QString proposalKey;
    DisciplineState state = DisciplineState::Proposed;
    QString waiveReason;
    qint64 requestId = 0;
    int version = 1;

    // What the month's attendance sheet and the payroll lines take from the register.
    bool isConfirmedFine() const { return state == DisciplineState::Confirmed && kind == DisciplineKind::Fine; }
    bool isDecided() const { return state != DisciplineState::Proposed && state != DisciplineState::PendingApproval; }
};

} // namespace shopdesk
