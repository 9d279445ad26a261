#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace shopdesk {

// One line of the audit trail. `before` and `after` are compact JSON (sorted keys).
struct AuditRecord
{
    qint64 id = 0;
    QString at; // UTC ISO-8601
    qint64 userId = 0;
    QString userName;
    QString action;
    QString entity;
    QString entityId;
    QString before;
    QString after;
    QByteArray prevHash; // hex
    QByteArray hash; // hex
};

// The hash chain (ARCHITECTURE: the audit log): each hash covers the previous hash and the
// record's own canonical content, so a record altered, removed or inserted breaks the chain.
namespace AuditChain {

inline const QByteArray kGenesis = QByteArray(64, '0');

QByteArray hashOf(const AuditRecord &record, const QByteArray &prevHash);

// Checks records in id order, carried one at a time so a long log is never held in memory.
class Verifier
{
public:
    // False at the first broken record; brokenId() and problem() then say which and why.
    bool add(const AuditRecord &record);
    qint64 brokenId() const { return m_brokenId; }
    QString problem() const { return m_problem; }
    qint64 lastId() const { return m_lastId; }
    QByteArray lastHash() const { return m_lastHash; }
    qint64 count() const { return m_count; }

private:
    QByteArray m_lastHash = kGenesis;
    qint64 m_lastId = 0;
    qint64 m_count = 0;
    qint64 m_brokenId = 0;
    QString m_problem;
};

} // namespace AuditChain
struct AuditFilter
{
    QString userName; // exact, case-insensitive; empty: anyone
    QString text; // part of the action or entity
    QDate from, to; // inclusive, UTC dates; invalid: open
    qint64 beforeId = 0; // paging by key: records older than this id; 0: newest
    int limit = 200;
};

} // namespace shopdesk
