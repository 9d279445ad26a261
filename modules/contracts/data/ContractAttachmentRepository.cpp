#include "data/ContractAttachmentRepository.h"

#include "data/PageGrams.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<int> ContractAttachmentRepository::nextVersion(qint64 contractId, const QString &document) const
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM contract_attachments "
                                                  "WHERE contract_id = ? AND document = ?"),
                                   {contractId, document});
        !s)
        return s.failure();
    return q.next() ? q.value(0).toInt() : 1;
}

Result<qint64> ContractAttachmentRepository::insert(const ContractAttachment &a, const QByteArray &content,
                                                    qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO contract_attachments(contract_id, document, version, file_name, kind, size, "
                           "sha256, added_by_user_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.contractId, a.document, a.version, a.fileName, attachmentKindKey(a.kind), content.size(), a.sha256,
             userId, at});
        !s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    if (Status s = Database::execPrepared(
            q, QStringLiteral("INSERT INTO contract_attachment_content(attachment_id, content) VALUES (?, ?)"),
            {id, content});
        !s)
        return s.failure();
    return id;
}

Result<QList<ContractAttachment>> ContractAttachmentRepository::read(const QString &where,
                                                                     const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT a.id, a.contract_id, a.document, a.version, a.file_name, a.kind, a.size, a.sha256, "
                           "coalesce(nullif(u.display_name, ''), u.username), a.added_at, a.text_state, a.text_note, "
                           "(SELECT count(*) FROM contract_attachment_pages p WHERE p.attachment_id = a.id), c.number "
                           "FROM contract_attachments a JOIN users u ON u.id = a.added_by_user_id "
                           "JOIN contracts c ON c.id = a.contract_id ")
                + where,
            values);
        !s)
        return s.failure();
    QList<ContractAttachment> list;
    while (q.next()) {
        ContractAttachment a;
        a.id = q.value(0).toLongLong();
        a.contractId = q.value(1).toLongLong();
        a.document = q.value(2).toString();
        a.version = q.value(3).toInt();
        a.fileName = q.value(4).toString();
        a.kind = attachmentKindFromKey(q.value(5).toString()).value_or(AttachmentKind::Pdf);
        a.size = q.value(6).toLongLong();
        a.sha256 = q.value(7).toString();
        a.addedBy = q.value(8).toString();
        a.addedAt = q.value(9).toString();
        a.text = attachmentTextFromKey(q.value(10).toString()).value_or(AttachmentText::Pending);
        a.textNote = q.value(11).toString();
        a.pages = q.value(12).toInt();
        a.contractNumber = q.value(13).toString();
        list.append(a);
    }
    return list;
}

Result<QList<ContractAttachment>> ContractAttachmentRepository::ofContract(qint64 contractId) const
{
    return read(QStringLiteral("WHERE a.contract_id = ? ORDER BY a.document, a.version DESC"), {contractId});
}

Result<std::optional<ContractAttachment>> ContractAttachmentRepository::attachment(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE a.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<ContractAttachment>() : std::optional<ContractAttachment>(list->first());
}

Result<QByteArray> ContractAttachmentRepository::content(qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT content FROM contract_attachment_content WHERE attachment_id = ?"), {id});
        !s)
        return s.failure();
    if (!q.next())
        return fail(QStringLiteral("contract file %1 has no content").arg(id));
    return q.value(0).toByteArray();
}

Result<QList<ContractAttachment>> ContractAttachmentRepository::waitingForText(int limit) const
{
    return read(QStringLiteral("WHERE a.text_state = 'pending' ORDER BY a.id LIMIT ?"), {qMax(1, limit)});
}

Status ContractAttachmentRepository::storePages(qint64 id, const QList<PageText> &pages, const QString &note)
{
    QSqlQuery q = m_db.query();
    for (const PageText &page : pages) {
        if (Status s = Database::execInsert(
                q,
                QStringLiteral("INSERT INTO contract_attachment_pages(attachment_id, contract_id, page, source) "
                               "SELECT id, contract_id, CAST(? AS INTEGER), ? FROM contract_attachments WHERE id = ?"),
                {page.page, page.recognised ? QStringLiteral("ocr") : QStringLiteral("pdf"), id});
            !s)
            return s;
        const qint64 pageId = Database::insertedId(q);
        if (Status s = Database::execPrepared(
                q, QStringLiteral("INSERT INTO contract_attachment_page_text(page_id, text) VALUES (?, ?)"),
                {pageId, page.text});
            !s)
            return s;
        const PageGrams index(m_db.dialect());
        if (Status s = Database::execPrepared(q, index.insert(), {pageId, index.indexed(page.text)}); !s)
            return s;
    }
    return Database::execPrepared(
        q, QStringLiteral("UPDATE contract_attachments SET text_state = 'read', text_note = ? WHERE id = ?"),
        {note, id});
}

Status ContractAttachmentRepository::indexAllPages()
{
    // In chunks by page, each read whole before its pages are indexed: a server's connection
    // runs one statement at a time (QPSQL drops the rest of a forward-only result).
    const PageGrams index(m_db.dialect());
    QSqlQuery q = m_db.query();
    for (qint64 after = 0;;) {
        QList<std::pair<qint64, QString>> pages;
        if (Status s = Database::execPrepared(q,
                                              QStringLiteral("SELECT page_id, text FROM contract_attachment_page_text "
                                                             "WHERE page_id > ? ORDER BY page_id LIMIT 500"),
                                              {after});
            !s)
            return s;
        while (q.next())
            pages.append({q.value(0).toLongLong(), q.value(1).toString()});
        if (pages.isEmpty())
            return success();
        for (const auto &[pageId, text] : std::as_const(pages))
            if (Status s = Database::execPrepared(q, index.insert(), {pageId, index.indexed(text)}); !s)
                return s;
        after = pages.constLast().first;
    }
}

Status ContractAttachmentRepository::markFailed(qint64 id, const QString &note)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE contract_attachments SET text_state = 'failed', text_note = ? WHERE id = ?"),
        {note, id});
}

Status ContractAttachmentRepository::markPending(qint64 id)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("UPDATE contract_attachments SET text_state = 'pending', text_note = '' "
                       "WHERE id = ? AND text_state = 'failed'"),
        {id});
}

Result<QList<TextHit>> ContractAttachmentRepository::hits(const QString &typed, const QList<qint64> &contractIds) const
{
    QList<TextHit> list;
    const PageGrams index(m_db.dialect());
    const QString query = index.query(typed);
    if (query.isEmpty() || contractIds.isEmpty())
        return list;
    QStringList ids;
    for (qint64 id : contractIds)
        ids << QString::number(id);
    QSqlQuery q = m_db.query();
    // The newest version of a document first, then its first page: one row kept per contract.
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("SELECT p.contract_id, a.id, a.document, a.version, p.page, t.text "
                                                  "FROM %1 JOIN contract_attachments a ON a.id = p.attachment_id "
                                                  "JOIN contract_attachment_page_text t ON t.page_id = p.id "
                                                  "WHERE %2 AND p.contract_id IN (%3) "
                                                  "ORDER BY p.contract_id, a.id DESC, p.page")
                                       .arg(index.joinedToPages(), index.matching(), ids.join(QLatin1Char(','))),
                                   {query});
        !s)
        return s.failure();
    qint64 last = 0;
    while (q.next()) {
        const qint64 contract = q.value(0).toLongLong();
        if (contract == last)
            continue;
        last = contract;
        list.append({contract, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt(),
                     q.value(5).toString()});
    }
    return list;
}

} // namespace shopdesk
