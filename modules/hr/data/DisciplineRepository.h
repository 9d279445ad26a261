#pragma once

#include "common/Result.h"
#include "domain/DisciplineEntry.h"

#include <QDate>
#include <QList>

namespace shopdesk {

class Database;

class DisciplineRepository
{
public:
    explicit DisciplineRepository(Database &db) : m_db(db) {}

    Result<QList<DisciplineEntry>> entries(const QDate &first, const QDate &last) const;
    Result<std::optional<DisciplineEntry>> find(qint64 id) const;
    Result<std::optional<DisciplineEntry>> byRequest(qint64 requestId) const;
    // Inside Database::write.
    Result<qint64> add(const DisciplineEntry &entry, qint64 userId, const QString &at);
    // Adds a proposal unless one with its key exists; true when added.
    Result<bool> propose(const DisciplineEntry &entry, qint64 userId, const QString &at);
    // Changes state (and waive reason) when the stored version matches; false: someone else did.
    Result<bool> setState(qint64 id, int version, DisciplineState state, const QString &waiveReason = {},
                          qint64 requestId = 0);

private:
    Database &m_db;
};

} // namespace shopdesk
