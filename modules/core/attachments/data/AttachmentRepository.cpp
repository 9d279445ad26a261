#include "attachments/data/AttachmentRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<AttachedFile> AttachmentRepository::file(qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT file_name, content FROM approval_attachments WHERE id = ?"), {id});
        !s)
        return s.failure();
    if (!q.next())
        return fail(Database::tr("There is no such attachment."));
    return AttachedFile{q.value(0).toString(), q.value(1).toByteArray(), id};
}

Result<qint64> AttachmentRepository::requestOf(qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q, QStringLiteral("SELECT request_id FROM approval_attachments WHERE id = ?"), {id});
        !s)
        return s.failure();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> AttachmentRepository::add(qint64 requestId, const AttachedFile &file, const QString &sha256,
                                         const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO approval_attachments(request_id, file_name, content, size, sha256, added_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {requestId, file.name, file.content, file.content.size(), sha256, at});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

} // namespace shopdesk
