#pragma once

#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/CompTimeExpiry.h"
#include "domain/TimeRequest.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace shopdesk {

class Database;

class TimeRequestRepository
{
public:
    explicit TimeRequestRepository(Database &db) : m_db(db) {}

    // Pending or approved requests of the person overlapping [from, to) (out-of-office and
    // overtime excluded: they may lie inside a working day).
    Result<QList<TimeRequestRow>> overlappingLeave(qint64 employeeId, const QDateTime &from, const QDateTime &to) const;
    Result<std::optional<TimeRequestRow>> find(qint64 requestId) const;
    // Every request of the person, or everyone's touching [first, last] when employeeId is 0.
    Result<QList<TimeRequestRow>> requests(qint64 employeeId, const QDate &first = {}, const QDate &last = {}) const;
    // The person's requests a page at a time (issue 12), the latest start first; the cursor is
    // the last row's start and request id.
    Result<Page<TimeRequestRow>> requestPage(qint64 employeeId, const PageCursor &after, int pageSize) const;
    Result<QList<CompTimeEntry>> compTime(qint64 employeeId) const;
    // Everyone's comp-time balance in hours at the end of `day` (OT-02), by employee id.
    Result<QHash<qint64, double>> compTimeBalances(const QDate &day) const;

    // Inside Database::write.
    Status add(const TimeRequestRow &row);
    Status addCompTime(qint64 employeeId, const CompTimeEntry &entry, qint64 requestId, const QString &recordedAt);

private:
    Database &m_db;
};

} // namespace shopdesk
