#pragma once

#include "organisation/domain/Organisation.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk {

// Where a person stands with the company (HR-01, HR-02, HR-04).
enum class EmployeeStatus { Candidate, Probation, Regular, Leaving, Left };
inline constexpr EmployeeStatus kEmployeeStatuses[] = {EmployeeStatus::Candidate, EmployeeStatus::Probation,
                                                       EmployeeStatus::Regular, EmployeeStatus::Leaving,
                                                       EmployeeStatus::Left};
QString employeeStatusKey(EmployeeStatus status);
std::optional<EmployeeStatus> employeeStatusFromKey(const QString &key);
QString employeeStatusTitle(EmployeeStatus status); // translated

// An employee as the archive holds them (HR-01); personal data only when the reader may see it.
struct EmployeeRecord
{
    EmployeeSummary summary;
    EmployeeStatus status = EmployeeStatus::Regular;
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

// Company property handed to a person, to be returned when they leave (HR-02).
enum class PropertyState { Issued, Returned, WrittenOff };
QString propertyStateKey(PropertyState state);
PropertyState propertyStateFromKey(const QString &key); // unknown: Issued, still to be settled
QString propertyStateTitle(PropertyState state); // translated
// The kinds of property, as stored; the last one takes anything else.
inline const QStringList kPropertyKinds{QStringLiteral("equipment"), QStringLiteral("key"), QStringLiteral("document"),
                                        QStringLiteral("other")};
QString propertyKindTitle(const QString &kind); // one of kPropertyKinds; translated

struct IssuedProperty
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString item, kind; // equipment, key, document, other
    QDate issuedOn;
    PropertyState state = PropertyState::Issued;
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
    QList<EmployeeStatus> statuses;
    Order order = ByStaffNo; // the status orders by the way through the company, candidate first
    bool descending = false;
};

// Whose personal data a reader sees (DB-04), for the hire date: everyone's (HR) or these people's.
struct PersonalDataReach
{
    bool everyone = false;
    QSet<qint64> employeeIds;
};

} // namespace shopdesk
