#pragma once

#include "common/Result.h"
#include "domain/AttendanceDay.h"

#include <QHash>

namespace shopdesk {

class Database;

struct StoredFiling
{
    qint64 employeeId = 0;
    TimeFiling filing;
    QString note;
};

struct Finding
{
    qint64 employeeId = 0;
    QDate day;
    QString kind; // proxy_punch, refused_reassignment
    QString note;
    qint64 otherEmployeeId = 0; // ATT-09: the other party of a proxy punch
};

// Approved time the engine reads (leave, out-of-office, comp time, overtime) and the findings
// a clerk records (ATT-09 proxy punching, ABS-01 e refused reassignment).
class TimeFilingRepository
{
public:
    explicit TimeFilingRepository(Database &db) : m_db(db) {}

    static QString kindKey(FilingKind kind);
    static std::optional<FilingKind> kindFromKey(const QString &key);

    // Filings overlapping [first, last] (whole days), per employee.
    Result<QHash<qint64, QList<TimeFiling>>> filings(const QDate &first, const QDate &last) const;
    Result<QList<Finding>> findings(const QDate &first, const QDate &last) const;
    // Inside Database::write.
    Result<qint64> addFiling(const StoredFiling &filing, const QString &createdAt, qint64 requestId = 0);
    Status addFinding(const Finding &finding, qint64 userId, const QString &at);
    // RULE ATT-09 (issue 11): a finding whose fine was rejected no longer counts.
    Status withdrawFinding(qint64 employeeId, const QDate &day, const QString &kind, const QString &at);

private:
    Database &m_db;
};

} // namespace shopdesk
