#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/WebPublication.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULES WEB-01..04: what goes on the company's web pages is asked for with its files, approved
// along the route its kind and confidentiality call for, then published by the web editor; news
// and product information within 48 hours of the approval.
class WebPublishing
{
    Q_DECLARE_TR_FUNCTIONS(WebPublishing)
public:
    static inline const QString TypeId = QStringLiteral("shop.web.publication");
    static const ApprovalType &type();

    WebPublishing(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // `p` with its files' content; every file is checked against WEB-04 first. Its request goes
    // to the approvers at once.
    Result<qint64> ask(const Actor &actor, WebPublication p);
    // RULE WEB-02: the web editor records it published (where, optionally), late or not.
    Status publish(const Actor &actor, qint64 publicationId, const QString &url);
    // Open ones (waiting or to publish), or also those asked for in the last year.
    Result<QList<WebPublication>> publications(const Actor &actor, bool open) const;
    Result<WebFile> file(const Actor &actor, qint64 fileId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
