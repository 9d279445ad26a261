#pragma once

#include "common/Result.h"
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

class EmployeeRepository
{
public:
    explicit EmployeeRepository(Database &db) : m_db(db) {}

    Result<QList<EmployeeRecord>> records() const; // personal fields filled in, visible or not
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
