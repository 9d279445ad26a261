#pragma once

#include "common/Result.h"
#include "domain/ContractAudit.h"

#include <optional>

namespace shopdesk {

class Database;

// The half-yearly checks of the archives and their marks (CON-02).
class ContractAuditRepository
{
public:
    explicit ContractAuditRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> start(qint64 archiveId, const QDate &day, qint64 userId);
    Status mark(qint64 auditId, const AuditLine &line, qint64 userId, const QString &at);
    Result<bool> close(qint64 auditId, const QDate &day, qint64 userId); // false: closed meanwhile

    // The session with a line for every contract kept in its archive, in the order of their places.
    Result<std::optional<ContractAuditSession>> session(qint64 auditId) const;
    Result<std::optional<qint64>> openAudit(qint64 archiveId) const;
    Result<std::optional<qint64>> latestAudit(qint64 archiveId) const; // open or closed
    // Every check of the archive, newest first, without their lines.
    Result<QList<ContractAuditSession>> checks(qint64 archiveId) const;
    Result<QDate> lastClosedOn(qint64 archiveId) const; // invalid: never checked

private:
    Database &m_db;
};

} // namespace shopdesk
