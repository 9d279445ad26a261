#pragma once

#include "common/Result.h"
#include "domain/WebPublication.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// Publications for the web pages and their files (WEB-01..04).
class WebPublishingRepository
{
public:
    explicit WebPublishingRepository(Database &db) : m_db(db) {}

    // Inside Database::write. Stores `p` with its files (their content).
    Result<qint64> add(const WebPublication &p, qint64 byUserId, const QString &at);
    Status setApproval(qint64 id, qint64 approvalId);
    // False when it was published meanwhile.
    Result<bool> markPublished(qint64 id, qint64 byUserId, const QString &at, const QString &url);
    Result<std::optional<WebPublication>> publication(qint64 id) const;
    // Waiting or to publish (`open`), or every one asked for since `fromUtc` (stored form) and every
    // open one; newest first. Files are listed without their content.
    Result<QList<WebPublication>> publications(bool open, const QString &fromUtc = {}) const;
    // One file with its content; nullopt when there is none of that id.
    Result<std::optional<WebFile>> file(qint64 fileId) const;

private:
    Result<QList<WebPublication>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
