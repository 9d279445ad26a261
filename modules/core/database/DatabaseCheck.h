#pragma once

#include "audit/AuditTrail.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace shopdesk {

class Database;

struct CheckReport
{
    bool ok = true;
    QStringList lines; // one line per check, in the user's language
    qint64 auditRecords = 0;
    AuditAnchor::Mark newest; // the chain's end, to keep as the next anchor
};

// `shopdeskctl verify` and the Administration button: integrity, foreign keys, the audit hash
// chain against the anchor kept outside the file, and every protective trigger present.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    explicit DatabaseCheck(Database &db) : m_db(db) {}
    // Triggers a rule depends on: the audit log's, and those an area names at start-up
    // (protect(), as the shop does for its orders, ORD-05).
    static QStringList protectiveTriggers();
    static void protect(const QString &trigger);
    Result<CheckReport> run(const AuditAnchor::Mark &anchor) const;

private:
    Database &m_db;
};

} // namespace shopdesk
