#include "domain/DisciplineEntry.h"

#include <QCoreApplication>

namespace shopdesk {

QString disciplineStateKey(DisciplineState state)
{
    switch (state) {
    case DisciplineState::Proposed: return QStringLiteral("proposed");
    case DisciplineState::PendingApproval: return QStringLiteral("pending_approval");
    case DisciplineState::Confirmed: return QStringLiteral("confirmed");
    case DisciplineState::Waived: return QStringLiteral("waived");
    case DisciplineState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

DisciplineState disciplineStateFromKey(const QString &key)
{
    for (DisciplineState s : {DisciplineState::PendingApproval, DisciplineState::Confirmed, DisciplineState::Waived,
                              DisciplineState::Rejected})
        if (disciplineStateKey(s) == key)
            return s;
    return DisciplineState::Proposed;
}

QString disciplineStateTitle(DisciplineState state)
{
    switch (state) {
    case DisciplineState::Proposed: return QCoreApplication::translate("DisciplineEntry", "Proposed by attendance");
    case DisciplineState::PendingApproval:
        return QCoreApplication::translate("DisciplineEntry", "Waiting for the department head");
    case DisciplineState::Confirmed: return QCoreApplication::translate("DisciplineEntry", "Confirmed");
    case DisciplineState::Waived: return QCoreApplication::translate("DisciplineEntry", "Waived");
    case DisciplineState::Rejected: return QCoreApplication::translate("DisciplineEntry", "Rejected");
    }
    return {};
}

} // namespace shopdesk
