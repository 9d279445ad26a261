#include "ContractAudits.h"

#include "ContractRegister.h"
#include "ContractsActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ContractAuditRepository.h"
#include "data/ContractRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> ContractAudits::start(const Actor &actor, qint64 archiveId)
{
    if (Status s = Permissions::require(actor, ContractsAction::Register); !s)
        return s.failure();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    return m_db.write([&]() -> Result<qint64> {
        if (Status s = ContractRegister::requireCustodian(m_db, actor, archiveId); !s)
            return s.failure();
        ContractAuditRepository repo(m_db);
        auto open = repo.openAudit(archiveId);
        if (!open)
            return open.failure();
        if (*open)
            return fail(tr("The archive's check started earlier is still open: finish it first."));
        auto id = repo.start(archiveId, today, actor.userId);
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("contracts.audit.start"), QStringLiteral("contract_audits"),
                                   QString::number(*id), {}, {{QStringLiteral("archive_id"), archiveId}});
            !s)
            return s.failure();
        return id;
    });
}

Result<std::optional<qint64>> ContractAudits::openAudit(const Actor &actor, qint64 archiveId) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractAuditRepository(m_db).openAudit(archiveId);
}

Result<std::optional<qint64>> ContractAudits::latestAudit(const Actor &actor, qint64 archiveId) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractAuditRepository(m_db).latestAudit(archiveId);
}

Result<QList<ContractAuditSession>> ContractAudits::checks(const Actor &actor, qint64 archiveId) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractAuditRepository(m_db).checks(archiveId);
}

Result<ContractAuditSession> ContractAudits::session(const Actor &actor, qint64 auditId) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    auto found = ContractAuditRepository(m_db).session(auditId);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The audit no longer exists."));
    return **found;
}

Result<ContractAuditSession> ContractAudits::openSession(const Actor &actor, qint64 auditId) const
{
    auto found = session(actor, auditId);
    if (!found)
        return found;
    if (found->closed())
        return fail(tr("The audit of %1 closed on %2 and stays as it was.")
                        .arg(found->archiveName, found->closedOn.toString(Qt::ISODate)));
    if (Status s = ContractRegister::requireCustodian(m_db, actor, found->archiveId); !s)
        return s.failure();
    return found;
}

Status ContractAudits::mark(const Actor &actor, qint64 auditId, const AuditLine &line)
{
    if (Status s = Permissions::require(actor, ContractsAction::Register); !s)
        return s;
    if (const QString problem = AuditRules::markProblem(line.mark); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Status {
        auto session = openSession(actor, auditId);
        if (!session)
            return session.failure();
        const auto listed = std::find_if(session->lines.cbegin(), session->lines.cend(),
                                         [&](const AuditLine &l) { return l.contractId == line.contractId; });
        if (listed == session->lines.cend())
            return fail(tr("That contract is not kept in %1.").arg(session->archiveName));
        if (Status s =
                ContractAuditRepository(m_db).mark(auditId, line, actor.userId, toStoredInstant(m_clock.nowUtc()));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("contracts.audit.mark"), QStringLiteral("contract_audits"),
                    QString::number(auditId), {{QStringLiteral("mark"), auditMarkKey(listed->mark)}},
                    {{QStringLiteral("contract"), listed->number},
                     {QStringLiteral("mark"), auditMarkKey(line.mark)},
                     {QStringLiteral("note"), line.note.trimmed()},
                     {QStringLiteral("responsible_employee_id"), line.responsibleEmployeeId}});
    });
}

Result<AuditLine> ContractAudits::markPresent(const Actor &actor, qint64 auditId, const QString &number)
{
    // A box's label scanned by mistake: each folder in it is scanned on its own.
    if (ContractRules::isBoxCode(number))
        return fail(
            tr("That is the label of the box %1: scan the folders in it one by one.").arg(number.trimmed().mid(4)));
    auto found = session(actor, auditId);
    if (!found)
        return found.failure();
    for (AuditLine line : found->lines)
        if (line.number.compare(number.trimmed(), Qt::CaseInsensitive) == 0) {
            line.mark = AuditMark::Present;
            line.note.clear();
            line.responsibleEmployeeId = 0;
            if (Status s = mark(actor, auditId, line); !s)
                return s.failure();
            return line;
        }
    return fail(tr("%1 is not a contract kept in %2.").arg(number.trimmed(), found->archiveName));
}

Status ContractAudits::close(const Actor &actor, qint64 auditId)
{
    if (Status s = Permissions::require(actor, ContractsAction::Register); !s)
        return s;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    return m_db.write([&]() -> Status {
        auto session = openSession(actor, auditId);
        if (!session)
            return session.failure();
        if (const QStringList problems = AuditRules::closeProblems(*session); !problems.isEmpty())
            return fail(tr("The audit of %1 cannot close yet:\n%2").arg(session->archiveName, problems.join(u'\n')));
        auto closed = ContractAuditRepository(m_db).close(auditId, today, actor.userId);
        if (!closed)
            return closed.failure();
        if (!*closed)
            return conflict(tr("The audit of %1 was closed from another PC meanwhile.").arg(session->archiveName));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("contracts.audit.close"), QStringLiteral("contract_audits"),
                    QString::number(auditId), {},
                    {{QStringLiteral("present"), session->count(AuditMark::Present)},
                     {QStringLiteral("missing"), session->count(AuditMark::Missing)},
                     {QStringLiteral("damaged"), session->count(AuditMark::Damaged)}});
    });
}

Result<Report> ContractAudits::report(const Actor &actor, qint64 auditId, const QString &companyName) const
{
    auto s = session(actor, auditId);
    if (!s)
        return s.failure();
    Report report;
    report.companyName = companyName;
    report.landscape = false;
    report.title = s->closed() ? tr("Archive check report: %1").arg(s->archiveName)
                               : tr("Archive checklist: %1").arg(s->archiveName);
    report.subtitle = s->closed() ? tr("Started %1, closed %2 (CON-02)")
                                        .arg(s->startedOn.toString(Qt::ISODate), s->closedOn.toString(Qt::ISODate))
                                  : tr("Started %1 (CON-02)").arg(s->startedOn.toString(Qt::ISODate));
    ReportTable t;
    t.header = {tr("Number"), tr("Title"), tr("Kept in"), tr("Found"), tr("Investigation"), tr("Responsible")};
    t.widths = {14, 18, 14, 8, 26, 10};
    t.textColumns = {1, 2, 4};
    for (const AuditLine &l : s->lines)
        t.rows.append({l.number, l.title, l.place, l.mark == AuditMark::Unchecked ? QString() : auditMarkTitle(l.mark),
                       l.originalOutWith.isEmpty() || !l.note.isEmpty()
                           ? l.note
                           : tr("original out with %1").arg(l.originalOutWith),
                       l.responsibleName});
    report.tables.append(t);
    report.endNotes << tr("%1 contracts: %2 present, %3 missing, %4 damaged, %5 not checked.")
                           .arg(s->lines.size())
                           .arg(s->count(AuditMark::Present))
                           .arg(s->count(AuditMark::Missing))
                           .arg(s->count(AuditMark::Damaged))
                           .arg(s->count(AuditMark::Unchecked));
    report.signatures = {tr("Custodian"), tr("Checked by"), tr("General manager")};
    return report;
}

Result<QList<AuditDue>> ContractAudits::due(const Actor &actor, const QDate &today) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    auto archives = ContractRepository(m_db).archives();
    if (!archives)
        return archives.failure();
    QList<AuditDue> list;
    for (const ContractArchive &a : *archives) {
        auto last = ContractAuditRepository(m_db).lastClosedOn(a.id);
        if (!last)
            return last.failure();
        const QDate next = AuditRules::nextDue(*last);
        if (!next.isValid() || next <= today)
            list.append({a.id, a.name, *last, next});
    }
    return list;
}

} // namespace shopdesk
