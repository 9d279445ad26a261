#include "data/WebPublishingRepository.h"

#include "data/StoredInstants.h"
#include "database/data/Database.h"

#include <QCryptographicHash>

namespace shopdesk {

namespace {
QString fileKindKey(WebFileKind kind)
{
    switch (kind) {
    case WebFileKind::Picture: return QStringLiteral("picture");
    case WebFileKind::Video: return QStringLiteral("video");
    case WebFileKind::Document: return QStringLiteral("document");
    }
    return {};
}

WebFileKind fileKindFromKey(const QString &key)
{
    if (key == QLatin1String("picture"))
        return WebFileKind::Picture;
    if (key == QLatin1String("video"))
        return WebFileKind::Video;
    return WebFileKind::Document;
}
} // namespace

Result<qint64> WebPublishingRepository::add(const WebPublication &p, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO web_publications(kind, title, body, confidential, requested_by_user_id, "
                           "requested_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {webPublicationKindKey(p.kind), p.title.trimmed(), p.text.trimmed(), p.confidential ? 1 : 0, byUserId, at});
        !s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    for (const WebFile &f : p.files) {
        QSqlQuery file = m_db.query();
        if (Status s = Database::execPrepared(
                file,
                QStringLiteral("INSERT INTO web_publication_files(publication_id, file_name, kind, size, sha256, "
                               "content) VALUES (?, ?, ?, ?, ?, ?)"),
                {id, f.name, fileKindKey(f.kind), qint64(f.content.size()),
                 QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex()),
                 f.content});
            !s)
            return s.failure();
    }
    return id;
}

Status WebPublishingRepository::setApproval(qint64 id, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE web_publications SET approval_id = ? WHERE id = ?"),
                                  {approvalId, id});
}

Result<bool> WebPublishingRepository::markPublished(qint64 id, qint64 byUserId, const QString &at, const QString &url)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("UPDATE web_publications SET published_at = ?, published_by_user_id = ?, published_url = ? "
                           "WHERE id = ? AND published_at IS NULL"),
            {at, byUserId, url.trimmed(), id});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<WebPublication>> WebPublishingRepository::read(const QString &where, const QVariantList &values) const
{
    const QString user = QStringLiteral("coalesce(nullif(%1.display_name, ''), %1.username, '')");
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT w.id, w.kind, w.title, w.body, w.confidential, %1, w.requested_at, "
                           "coalesce(w.approval_id, 0), coalesce(a.state, 'pending'), coalesce(a.decided_at, ''), "
                           "coalesce(w.published_at, ''), %2, w.published_url, (SELECT %3 "
                           "FROM (SELECT f.id || %4 || f.kind || %4 || f.size || %4 || f.file_name "
                           "AS item FROM web_publication_files f WHERE f.publication_id = w.id ORDER BY f.id) "
                           "AS items) "
                           "FROM web_publications w JOIN users r ON r.id = w.requested_by_user_id "
                           "LEFT JOIN users p ON p.id = w.published_by_user_id "
                           "LEFT JOIN approval_requests a ON a.id = w.approval_id ")
                    .arg(user.arg(QLatin1Char('r')), user.arg(QLatin1Char('p')),
                         m_db.dialect().joined(QStringLiteral("item"), m_db.dialect().character(30)),
                         m_db.dialect().character(31))
                + where,
            values);
        !s)
        return s.failure();
    QList<WebPublication> list;
    while (q.next()) {
        WebPublication p;
        p.id = q.value(0).toLongLong();
        p.kind = webPublicationKindFromKey(q.value(1).toString()).value_or(WebPublicationKind::News);
        p.title = q.value(2).toString();
        p.text = q.value(3).toString();
        p.confidential = q.value(4).toBool();
        p.requestedBy = q.value(5).toString();
        p.requestedAt = fromStoredInstant(q.value(6).toString());
        p.approvalId = q.value(7).toLongLong();
        p.approvalState = requestStateFromKey(q.value(8).toString());
        if (p.approvalState == RequestState::Approved)
            p.approvedAt = instantOrInvalid(q.value(9));
        p.publishedAt = instantOrInvalid(q.value(10));
        p.publishedBy = q.value(11).toString();
        p.publishedUrl = q.value(12).toString();
        // Each file as id, kind, size and name; ASCII's record and unit separators between.
        for (const QString &item : q.value(13).toString().split(QChar(30), Qt::SkipEmptyParts)) {
            WebFile f;
            f.id = item.section(QChar(31), 0, 0).toLongLong();
            f.kind = fileKindFromKey(item.section(QChar(31), 1, 1));
            f.sizeBytes = item.section(QChar(31), 2, 2).toLongLong();
            f.name = item.section(QChar(31), 3);
            p.files.append(f);
        }
        list.append(p);
    }
    return list;
}

Result<std::optional<WebPublication>> WebPublishingRepository::publication(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE w.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<WebPublication>() : std::optional<WebPublication>(list->first());
}

Result<QList<WebPublication>> WebPublishingRepository::publications(bool open, const QString &fromUtc) const
{
    const QString isOpen =
        QStringLiteral("(w.published_at IS NULL AND coalesce(a.state, 'pending') NOT IN ('rejected', 'withdrawn'))");
    if (open)
        return read(QStringLiteral("WHERE %1 ORDER BY w.requested_at DESC, w.id DESC").arg(isOpen), {});
    return read(QStringLiteral("WHERE %1 OR w.requested_at >= ? ORDER BY w.requested_at DESC, w.id DESC").arg(isOpen),
                {fromUtc});
}

Result<std::optional<WebFile>> WebPublishingRepository::file(qint64 fileId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT file_name, kind, size, content FROM web_publication_files WHERE id = ?"),
            {fileId});
        !s)
        return s.failure();
    if (!q.next())
        return std::optional<WebFile>();
    WebFile f;
    f.id = fileId;
    f.name = q.value(0).toString();
    f.kind = fileKindFromKey(q.value(1).toString());
    f.sizeBytes = q.value(2).toLongLong();
    f.content = q.value(3).toByteArray();
    return std::optional<WebFile>(f);
}

} // namespace shopdesk
