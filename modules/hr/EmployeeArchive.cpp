#include "EmployeeArchive.h"

#include "data/EmployeeRepository.h"

#include "HrActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "domain/IdCardNumber.h"

#include <QRegularExpression>

namespace shopdesk {

namespace {
// What the audit keeps of a record: never the personal data itself (DB-04).
QJsonObject auditJson(const EmployeeRecord &r)
{
    return {
        {QStringLiteral("staff_no"), r.summary.staffNo},        {QStringLiteral("name"), r.summary.name},
        {QStringLiteral("department"), r.summary.departmentId}, {QStringLiteral("position"), r.summary.position},
        {QStringLiteral("supervisor"), r.summary.supervisorId}, {QStringLiteral("status"), employeeStatusKey(r.status)},
        {QStringLiteral("clock_pin"), r.summary.clockPin},      {QStringLiteral("special_hire"), r.specialHire}};
}

void hidePersonal(EmployeeRecord &r)
{
    r.personalVisible = false;
    r.idCardNo.clear();
    r.address.clear();
    r.emergencyContact.clear();
    r.education.clear();
    r.summary.hireDate = {};
}

void hideWhatTheReaderMayNotSee(const Actor &actor, QList<EmployeeRecord> &records)
{
    for (EmployeeRecord &r : records) {
        r.personalVisible = Permissions::can(actor, Action::ViewPersonalData, Subject{r.summary.id});
        if (!r.personalVisible)
            hidePersonal(r);
    }
}
} // namespace

Result<QList<EmployeeRecord>> EmployeeArchive::list(const Actor &actor) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    auto all = EmployeeRepository(m_db).records();
    if (!all)
        return all;
    hideWhatTheReaderMayNotSee(actor, *all);
    return all;
}

Result<Page<EmployeeRecord>> EmployeeArchive::page(const Actor &actor, const EmployeeListQuery &query,
                                                   const PageCursor &after, int pageSize) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    // RULE DB-04: whose hire date may match the filter and order the list. Anyone's, a
    // stranger's too (Subject -1 is nobody): HR; otherwise the reader's own and their people's.
    PersonalDataReach reach;
    reach.everyone = Permissions::can(actor, Action::ViewPersonalData, Subject{-1});
    if (!reach.everyone)
        for (qint64 id : actor.managedEmployeeIds + QSet<qint64>{actor.employeeId})
            if (id != 0 && Permissions::can(actor, Action::ViewPersonalData, Subject{id}))
                reach.employeeIds.insert(id);
    auto page = EmployeeRepository(m_db).page(query, reach, after, pageSize);
    if (page)
        hideWhatTheReaderMayNotSee(actor, page->rows);
    return page;
}

Status EmployeeArchive::validate(const EmployeeRecord &r) const
{
    if (r.summary.name.trimmed().isEmpty() || r.summary.staffNo.trimmed().isEmpty())
        return fail(tr("A record needs a name and a staff number."));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 -]{5,20}$"));
    if (!r.summary.phone.isEmpty() && !phone.match(r.summary.phone).hasMatch())
        return fail(tr("\"%1\" is not a phone number.").arg(r.summary.phone));
    if (!r.idCardNo.isEmpty())
        if (auto birth = IdCardNumber::check(r.idCardNo); !birth)
            return birth.failure();
    if (r.summary.supervisorId != 0 && r.summary.supervisorId == r.summary.id)
        return fail(tr("Nobody is their own supervisor."));
    return success();
}

Result<qint64> EmployeeArchive::save(const Actor &actor, const EmployeeRecord &record)
{
    if (!Permissions::can(actor, HrAction::ManagePeople))
        return fail(Permissions::refusal(HrAction::ManagePeople));
    if (Status s = validate(record); !s)
        return s.failure();
    const bool personal =
        Permissions::can(actor, Action::ViewPersonalData, Subject{record.summary.id ? record.summary.id : -1})
        || actor.roles.contains(Role::Hr);
    return m_db.write([&]() -> Result<qint64> {
        EmployeeRepository repo(m_db);
        EmployeeRecord stored = record;
        QJsonObject before;
        // RULE HR-04: a special hire is a candidate until the assessment is passed: neither
        // probation nor regular staff before (the database refuses it too).
        const bool pastCandidate =
            record.status == EmployeeStatus::Probation || record.status == EmployeeStatus::Regular;
        if (record.summary.id == 0) {
            if (record.specialHire && pastCandidate)
                return fail(tr("A special hire starts probation only after passing the assessment (HR-04)."));
            auto id = repo.insert(record);
            if (!id)
                return fail(
                    tr("Cannot save %1: %2 (is the staff number or PIN taken?)").arg(record.summary.name, id.error()));
            stored.summary.id = *id;
        } else {
            auto current = repo.record(record.summary.id);
            if (!current || !*current)
                return fail(tr("There is no such employee."));
            before = auditJson(**current);
            if (record.specialHire && pastCandidate
                && ((*current)->status != record.status || !(*current)->specialHire)) {
                auto passed = repo.assessments(record.summary.id);
                if (!passed
                    || std::none_of(passed->cbegin(), passed->cend(), [](const Assessment &a) { return a.passed; }))
                    return fail(tr("A special hire starts probation only after passing the assessment (HR-04)."));
            }
            auto changed = repo.update(record);
            if (!changed)
                return fail(tr("Cannot save %1: %2 (is the staff number or PIN taken?)")
                                .arg(record.summary.name, changed.error()));
            if (!*changed)
                return conflict(
                    tr("Someone else saved %1 meanwhile; reload to see their change.").arg(record.summary.name));
        }
        if (personal)
            if (Status s = repo.savePersonal(stored); !s)
                return s.failure();
        if (Status s =
                AuditTrail(m_db, m_clock)
                    .record(actor,
                            record.summary.id ? QStringLiteral("employee.change") : QStringLiteral("employee.add"),
                            QStringLiteral("employees"), QString::number(stored.summary.id), before, auditJson(stored));
            !s)
            return s.failure();
        return stored.summary.id;
    });
}

Status EmployeeArchive::verify(const Actor &actor, qint64 employeeId)
{
    // RULE HR-01: HR marks the archive verified, with who and when.
    if (!Permissions::can(actor, HrAction::ManagePeople) || !actor.roles.contains(Role::Hr))
        return fail(tr("Only HR marks a record verified (HR-01)."));
    return m_db.write([&]() -> Status {
        if (Status s = EmployeeRepository(m_db).verify(employeeId, actor.userId, toStoredInstant(m_clock.nowUtc())); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("employee.verify"), QStringLiteral("employees"), QString::number(employeeId),
                    {}, {{QStringLiteral("verified"), true}});
    });
}

Result<qint64> EmployeeArchive::addAssessment(const Actor &actor, const Assessment &a)
{
    if (!Permissions::can(actor, HrAction::ManagePeople))
        return fail(Permissions::refusal(HrAction::ManagePeople));
    if (a.assessor.trimmed().isEmpty() || !a.assessedOn.isValid())
        return fail(tr("An assessment needs its date and assessor (HR-04)."));
    if (a.writtenScore < 0 || a.writtenScore > 100 || a.practicalScore < 0 || a.practicalScore > 100)
        return fail(tr("Scores are from 0 to 100."));
    return m_db.write([&]() -> Result<qint64> {
        auto id = EmployeeRepository(m_db).addAssessment(a, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        if (Status s =
                AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("employee.assessment"), QStringLiteral("assessments"),
                            QString::number(*id), {},
                            {{QStringLiteral("employee_id"), a.employeeId}, {QStringLiteral("passed"), a.passed}});
            !s)
            return s.failure();
        return id;
    });
}

Result<QList<Assessment>> EmployeeArchive::assessments(const Actor &actor, qint64 employeeId) const
{
    if (!Permissions::can(actor, Action::ViewPersonalData, Subject{employeeId}))
        return fail(Permissions::refusal(Action::ViewPersonalData));
    return EmployeeRepository(m_db).assessments(employeeId);
}

Status EmployeeArchive::startProbation(const Actor &actor, qint64 employeeId, const QDate &probationEnd)
{
    auto current = EmployeeRepository(m_db).record(employeeId);
    if (!current || !*current)
        return fail(tr("There is no such employee."));
    EmployeeRecord r = **current;
    r.status = EmployeeStatus::Probation;
    r.probationEnd = probationEnd;
    auto saved = save(actor, r);
    return saved ? success() : Status(Error{saved.error(), saved.isConflict()});
}

} // namespace shopdesk
