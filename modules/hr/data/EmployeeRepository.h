#pragma once

#include "common/Result.h"
#include "common/domain/Page.h"
#include "organisation/data/OrgRepository.h"

namespace shopdesk {

class Database;

// An employee as the archive holds them (HR-01); personal data only when the reader may see it.
struct EmployeeRecord
{
    EmployeeSummary summary;
    QString status = QStringLiteral("regular"); // candidate, probation, regular, leaving, left
    QDate probationEnd;
    bool specialHire = false;
    QString verifiedByName, verifiedAt;
    QDate noticeDate, lastDay;
    QString settlement; // '' or withheld (HR-02)
    bool personalVisible = false;
    QString idCardNo, address, emergencyContact, education;
    int version = 1;
};

struct Assessment
{
    qint64 id = 0;
    qint64 employeeId = 0;
    double writtenScore = 0, practicalScore = 0;
    bool passed = false;
    QString assessor;
    QDate assessedOn;
};

struct IssuedProperty
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString item, kind; // equipment, key, document, other
    QDate issuedOn;
    QString state; // issued, returned, written_off
    QDate closedOn;
    QString note;
    int version = 1;
};

// The employee list as the archive shows it, read a page at a time (issue 12): a filter and an
// order, both in the query, so that the filter finds people not yet read and the order holds
// for the whole list.
struct EmployeeListQuery
{
    // The list's columns, in their order on screen.
    enum Order { ByStaffNo, ByName, ByDepartment, ByPosition, ByPhone, ByStatus, ByHireDate, ByVerification };
    // Part of the staff number, name, department, position, phone, hire date (where the reader
    // sees it) or the name and date of HR's verification; case-insensitive for Latin letters.
    QString text;
    // The statuses whose title, as the list shows it, contains the text.
    QStringList statuses;
    Order order = ByStaffNo; // the status orders by the way through the company, candidate first
    bool descending = false;
};

// Whose personal data a reader sees (DB-04), for the hire date: everyone's (HR) or these people's.
struct PersonalDataReach
{
    bool everyone = false;
    QSet<qint64> employeeIds;
};

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
    Result<bool> closeProperty(qint64 id, int version, const QString &state, const QDate &on, const QString &note);
    Status disableUser(qint64 userId);

private:
    Database &m_db;
};

} // namespace shopdesk
