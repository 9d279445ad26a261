#pragma once

#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/Employee.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// The employee archive (HR-01, HR-04, DB-04): records with personal data that only HR, the
// person and their managers see; a "verified by HR" mark; assessments of special hires, whose
// probation starts only after a pass.
class EmployeeArchive
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeArchive)
public:
    EmployeeArchive(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Everyone the reader may list; personal fields blank where they may not see them.
    Result<QList<EmployeeRecord>> list(const Actor &actor) const;
    // The same list a page at a time (issue 12), filtered and ordered in the query; the same
    // reader and the same personal data as list().
    Result<Page<EmployeeRecord>> page(const Actor &actor, const EmployeeListQuery &query, const PageCursor &after,
                                      int pageSize) const;
    // A new record (summary.id 0) or a change; the personal part only by someone who may see it.
    Result<qint64> save(const Actor &actor, const EmployeeRecord &record);
    Status verify(const Actor &actor, qint64 employeeId);
    Result<qint64> addAssessment(const Actor &actor, const Assessment &assessment);
    Result<QList<Assessment>> assessments(const Actor &actor, qint64 employeeId) const;
    // RULE HR-04: a special hire starts probation only after passing the assessment.
    Status startProbation(const Actor &actor, qint64 employeeId, const QDate &probationEnd);

private:
    Status validate(const EmployeeRecord &record) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
