#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/ConductRules.h"
#include "domain/DisciplineEntry.h"

namespace shopdesk {

struct EmployeeSummary;

class Clock;
class Database;

struct NewDisciplineEntry
{
    qint64 employeeId = 0;
    QDate day;
    QString ruleId;
    DisciplineKind kind = DisciplineKind::Reminder;
    qint64 amountFen = 0;
    QString description;
    qint64 otherPartyEmployeeId = 0; // ATT-09: the other party of a proxy punch, entered alike
};

// The disciplinary register (HR-03, ATT-06, ATT-09, ABS-02, OT-01). HR records entries under a
// rule (a fine goes to the department head for approval; proxy punching and a refused
// reassignment also feed attendance), and turns the attendance engine's fines and escalation
// flags into proposals that HR confirms or waives with a reason. Confirmed fines of a month
// become payroll lines when HR confirms the month.
class DisciplineRegister
{
    Q_DECLARE_TR_FUNCTIONS(DisciplineRegister)
public:
    static inline const QString FineTypeId = QStringLiteral("discipline.fine");
    static const ApprovalType &fineType();

    DisciplineRegister(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> record(const Actor &actor, const NewDisciplineEntry &entry);
    // Proposals from the month's attendance; returns how many were new (running it again adds none).
    Result<int> proposeFromAttendance(const Actor &actor, const QDate &month);
    Status confirm(const Actor &actor, qint64 entryId);
    Status waive(const Actor &actor, qint64 entryId, const QString &reason);
    Result<QList<DisciplineEntry>> entries(const Actor &actor, const QDate &month) const;

private:
    Result<DisciplineEntry> proposed(qint64 entryId) const;
    // One person's entry, its fine request and finding; `other` is the other party (ATT-09) or none.
    Result<qint64> recordOne(const Actor &actor, const ConductRule &rule, const NewDisciplineEntry &n,
                             const EmployeeSummary &person, const EmployeeSummary &other);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
