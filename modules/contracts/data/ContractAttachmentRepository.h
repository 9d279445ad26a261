#pragma once

#include "common/Result.h"
#include "domain/ContractAttachment.h"

#include <QList>
#include <QSet>

namespace shopdesk {

class Database;

// The contracts' files, their bytes and the text of their pages (CON-01, CON-04).
class ContractAttachmentRepository
{
public:
    explicit ContractAttachmentRepository(Database &db) : m_db(db) {}

    // Inside Database::write: the version the next file of this document gets.
    Result<int> nextVersion(qint64 contractId, const QString &document) const;
    Result<qint64> insert(const ContractAttachment &attachment, const QByteArray &content, qint64 userId,
                          const QString &at);
    Result<QList<ContractAttachment>> ofContract(qint64 contractId) const; // by document, newest version first
    Result<std::optional<ContractAttachment>> attachment(qint64 id) const;
    Result<QByteArray> content(qint64 id) const;
    // Files whose text is still to be read, oldest first.
    Result<QList<ContractAttachment>> waitingForText(int limit) const;
    // Inside Database::write: the pages' text and its index, and the file marked read.
    Status storePages(qint64 id, const QList<PageText> &pages, const QString &note);
    Status markFailed(qint64 id, const QString &note);
    Status markPending(qint64 id); // a failed reading to be tried again
    // Inside Database::write: the search index of every page's text made anew, for a company
    // moved to a server (issue 20, CompanyTransfer), whose index the file's cannot be copied into.
    Status indexAllPages();
    // For each of `contractIds` with a page holding every word `typed`, its newest such page.
    Result<QList<TextHit>> hits(const QString &typed, const QList<qint64> &contractIds) const;

private:
    Result<QList<ContractAttachment>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
