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
    // Triggers a module's rules depend on (the audit log's here; the orders' later, ORD-05).
    static QStringList protectiveTriggers();
    Result<CheckReport> run(const AuditAnchor::Mark &anchor) const;

private:
    Database &m_db;
};

} // namespace shopdesk
