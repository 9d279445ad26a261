#pragma once

#include "common/Result.h"
#include "domain/ContractAudit.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// An archive that is due for its check (CON-02), for the overview.
struct AuditDue
{
    qint64 archiveId = 0;
    QString archiveName;
    QDate lastClosedOn; // invalid: never checked
    QDate dueOn; // invalid: at once
};

// RULE CON-02, CON-06: the half-yearly check of an archive: its custodian starts a session (one
// open per archive), marks each contract present, missing or damaged (a scanned number marks it
// present), and closes it only when every contract is marked and each missing or damaged one has
// its investigation note and a person held responsible; closed, it is a permanent record.
class ContractAudits
{
    Q_DECLARE_TR_FUNCTIONS(ContractAudits)
public:
    ContractAudits(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> start(const Actor &actor, qint64 archiveId);
    Result<std::optional<qint64>> openAudit(const Actor &actor, qint64 archiveId) const;
    // The archive's latest check, open or closed (its report prints after the close).
    Result<std::optional<qint64>> latestAudit(const Actor &actor, qint64 archiveId) const;
    // RULE CON-02: every check of the archive, newest first (without their lines): a closed one
    // is a permanent record whose report prints again.
    Result<QList<ContractAuditSession>> checks(const Actor &actor, qint64 archiveId) const;
    Result<ContractAuditSession> session(const Actor &actor, qint64 auditId) const;
    Status mark(const Actor &actor, qint64 auditId, const AuditLine &line);
    // A label's number read by the scanner: that contract, present. Returns its line.
    Result<AuditLine> markPresent(const Actor &actor, qint64 auditId, const QString &number);
    Status close(const Actor &actor, qint64 auditId);
    // The checklist of an open session, sorted by place, with space for the marks; the report of
    // a closed one, with what was found and the signatures (A4, to print or save).
    Result<Report> report(const Actor &actor, qint64 auditId, const QString &companyName) const;
    // The archives whose six months have passed on `today`, or that were never checked.
    Result<QList<AuditDue>> due(const Actor &actor, const QDate &today) const;

private:
    Result<ContractAuditSession> openSession(const Actor &actor, qint64 auditId) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
