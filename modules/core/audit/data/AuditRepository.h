#pragma once

#include "audit/domain/AuditRecord.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

#include <functional>

namespace shopdesk {

class Database;

class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}
    // Links the record to the newest one and stores it (one hashed ahead that follows the newest
    // keeps its hash). Call inside Database::write, whose BEGIN IMMEDIATE keeps two PCs from
    // linking to the same predecessor.
    Result<AuditRecord> append(AuditRecord record);
    Result<QList<AuditRecord>> page(const AuditFilter &filter) const;
    // Every record in id order, a page at a time (no cursor stays open between pages).
    Status forEach(const std::function<bool(const AuditRecord &)> &visit, qint64 fromId = 1) const;
    Result<AuditRecord> newest() const;
    // The newest record's id and hash, without its content; id 0 when there is none.
    Result<AuditRecord> chainEnd() const;

private:
    Database &m_db;
};

} // namespace shopdesk
