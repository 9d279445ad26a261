#pragma once

#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/Employee.h"

namespace shopdesk {

class Database;

class EmployeeRepository
{
public:
    explicit EmployeeRepository(Database &db) : m_db(db) {}

    Result<QList<EmployeeRecord>> records() const; // personal fields filled in, visible or not
    // The page after `after` (the sort key and staff number of the last row read); personal
    // fields filled in, visible or not. Hire dates outside `reach` neither match nor order.
    Result<Page<EmployeeRecord>> page(const EmployeeListQuery &query, const PersonalDataReach &reach,
                                      const PageCursor &after, int pageSize) const;
    Result<std::optional<EmployeeRecord>> record(qint64 id) const;
    Result<QList<Assessment>> assessments(qint64 employeeId) const;
    Result<QList<IssuedProperty>> property(qint64 employeeId) const;
    Result<std::optional<IssuedProperty>> propertyItem(qint64 id) const;
    // Users of people whose last working day has ended, still active.
    Result<QList<qint64>> usersToDisable(const QDate &today) const;

    // Inside Database::write. Updates return false when the version moved on.
    Result<qint64> insert(const EmployeeRecord &r);
    Result<bool> update(const EmployeeRecord &r);
    Status savePersonal(const EmployeeRecord &r);
    Status verify(qint64 id, qint64 userId, const QString &at);
    Result<qint64> addAssessment(const Assessment &a, qint64 userId, const QString &at);
    Result<qint64> issue(const IssuedProperty &p);
    Result<bool> closeProperty(qint64 id, int version, PropertyState state, const QDate &on, const QString &note);
    Status disableUser(qint64 userId);

private:
    Database &m_db;
};

} // namespace shopdesk
