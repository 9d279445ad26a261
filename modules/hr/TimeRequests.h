#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/CompTimeExpiry.h"
#include "domain/LeaveRules.h"
#include "domain/TimeRequest.h"

namespace shopdesk {

class Clock;
class Database;

// RULE ATT-07, ATT-08: out on company business, or going out, for a time range.
struct OutOfOfficeDraft
{
    QDateTime from, to;
    QString destination, reason;
};

// RULE OT-01, OT-02: overtime worked (or assigned) on one day.
struct OvertimeDraft
{
    QDateTime from, to;
    QString reason;
};

// LEAVE-07: a run of sick leave, for HR to hold against the legal medical period.
struct MedicalPeriod
{
    QDate start;
    double daysUsed = 0;
};

// Leave, out-of-office and overtime as requests of the approvals engine (issue 5). Each checks
// its rules when filed; approved, it becomes approved time the attendance engine reads, adds to
// or takes from the comp-time ledger (OT-02), and is flagged when it lands in a month HR already
// confirmed (LEAVE-04).
class TimeRequests
{
    Q_DECLARE_TR_FUNCTIONS(TimeRequests)
public:
    static inline const QString LeaveTypeId = QStringLiteral("attendance.leave");
    static inline const QString OutOfOfficeTypeId = QStringLiteral("attendance.out_of_office");
    static inline const QString OvertimeTypeId = QStringLiteral("attendance.overtime");
    static QList<ApprovalType> types();
    // A TimeRequestRow's kind (a leave kind key, out_of_office or overtime), translated.
    static QString kindTitle(const QString &kind);

    TimeRequests(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // `extends`: the request this one extends (LEAVE-04: filed before that one ends).
    Result<qint64> fileLeave(const Actor &actor, qint64 employeeId, const LeaveDraft &draft, qint64 extends = 0);
    Result<qint64> fileOutOfOffice(const Actor &actor, qint64 employeeId, const OutOfOfficeDraft &draft);
    Result<qint64> fileOvertime(const Actor &actor, qint64 employeeId, const OvertimeDraft &draft);

    Result<double> compTimeBalance(const Actor &actor, qint64 employeeId) const;
    Result<QList<CompTimeEntry>> compTimeLedger(const Actor &actor, qint64 employeeId) const; // OT-02
    // Every request of the person, the earliest first.
    Result<QList<TimeRequestRow>> requests(const Actor &actor, qint64 employeeId) const;
    // The same a page at a time, the latest first (issue 12).
    Result<Page<TimeRequestRow>> requestPage(const Actor &actor, qint64 employeeId, const PageCursor &after,
                                             int pageSize) const;
    // Who is away (pending or approved leave and out-of-office) in [first, last]; departmentId 0: all.
    Result<QList<TimeRequestRow>> away(const Actor &actor, const QDate &first, const QDate &last,
                                       qint64 departmentId = 0) const;
    Result<MedicalPeriod> medicalPeriod(const Actor &actor, qint64 employeeId, const QDate &asOf) const;

private:
    Status mayFileFor(const Actor &actor, qint64 employeeId) const;
    // The days of the person's pending or approved leave of the draft's kind that run on into it
    // or from it without a working day between (LEAVE-02/03, issue 11).
    Result<double> adjacentDays(qint64 employeeId, const LeaveDraft &draft, const HolidayCalendar &calendar) const;
    Result<qint64> submit(const Actor &actor, qint64 employeeId, const QString &type, const QString &title,
                          const QJsonObject &figures, const QJsonObject &payload, const TimeRequestRow &row,
                          const QList<AttachedFile> &files = {});
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
