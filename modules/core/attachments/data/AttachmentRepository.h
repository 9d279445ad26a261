#pragma once

#include "attachments/domain/AttachedFile.h"
#include "common/Result.h"

#include <QList>

namespace shopdesk {

class Database;

class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database &db) : m_db(db) {}
    Result<AttachedFile> file(qint64 id) const;
    Result<qint64> requestOf(qint64 id) const;
    // Inside Database::write.
    Result<qint64> add(qint64 requestId, const AttachedFile &file, const QString &sha256, const QString &at);

private:
    Database &m_db;
};

} // namespace shopdesk
