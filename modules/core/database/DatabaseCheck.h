#pragma once

#include "audit/AuditTrail.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace shopdesk {

class Database;

struct CheckReport
{
    bool ok = true;
    QStringList lines; // one line per check, in the user's language
    qint64 auditRecords = 0;
    AuditAnchor::Mark newest; // the chain's end, to keep as the next anchor
};

// What an area's own check of its records found: a line saying what was checked, and a line
// for each problem (none: sound). Translated by the area.
struct ContentFindings
{
    QString summary;
    QStringList problems;
};

// `shopdeskctl verify` and the Administration button: integrity, foreign keys, the audit hash
// chain against the anchor kept outside the file, every protective trigger present, and the
// checks areas add of records that must stay as their audit records say (the shop's orders,
// ORD-05).
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    explicit DatabaseCheck(Database &db) : m_db(db) {}
    // Triggers a rule depends on: the audit log's, and those an area names at start-up
    // (protect(), as the shop does for its orders, ORD-05).
    static QStringList protectiveTriggers();
    static void protect(const QString &trigger);
    using ContentCheck = std::function<Result<ContentFindings>(Database &)>;
    // Registered once at start-up under `name` (again under the same name: replaced).
    static void addContentCheck(const QString &name, ContentCheck check);
    Result<CheckReport> run(const AuditAnchor::Mark &anchor) const;

private:
    Database &m_db;
};

} // namespace shopdesk
