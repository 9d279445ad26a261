#include "ContractFiles.h"

#include "ContractRegister.h"
#include "ContractsActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ContractAttachmentRepository.h"
#include "data/ContractRepository.h"
#include "database/data/Database.h"
#include "settings/data/SettingsStore.h"

#include <QCryptographicHash>

namespace shopdesk {

namespace {
constexpr int kDefaultMegabytes = 20;
} // namespace

qint64 ContractFiles::maxBytes() const
{
    return qint64(qBound(1, SettingsStore(m_db).intValue(MaxMegabytesSetting, kDefaultMegabytes), 500)) * 1024 * 1024;
}

Result<ContractAttachment> ContractFiles::attach(const Actor &actor, qint64 contractId, const QString &document,
                                                 const QString &fileName, const QByteArray &content)
{
    if (Status s = Permissions::require(actor, ContractsAction::Register); !s)
        return s.failure();
    if (document.trimmed().isEmpty())
        return fail(tr("Say what the file is (the signed original, an amendment...)."));
    if (const QString problem = AttachmentRules::problem(fileName, content, maxBytes()); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<ContractAttachment> {
        auto contract = ContractRepository(m_db).contract(contractId);
        if (!contract)
            return contract.failure();
        if (!*contract)
            return fail(tr("The contract no longer exists."));
        // RULE CON-06: only the archive's custodian adds to what it keeps.
        if (Status s = ContractRegister::requireCustodian(m_db, actor, (*contract)->archiveId); !s)
            return s.failure();
        ContractAttachmentRepository files(m_db);
        ContractAttachment a;
        a.contractId = contractId;
        a.document = document.trimmed();
        a.fileName = fileName;
        a.kind = *AttachmentRules::kindOf(content);
        a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        auto version = files.nextVersion(contractId, a.document);
        if (!version)
            return version.failure();
        a.version = *version;
        auto id = files.insert(a, content, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("contracts.file.add"), QStringLiteral("contract_attachments"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("contract"), (*contract)->number},
                                    {QStringLiteral("document"), a.document},
                                    {QStringLiteral("version"), a.version},
                                    {QStringLiteral("file_name"), fileName},
                                    {QStringLiteral("size"), content.size()},
                                    {QStringLiteral("sha256"), a.sha256}});
            !s)
            return s.failure();
        auto stored = files.attachment(*id);
        if (!stored)
            return stored.failure();
        return **stored;
    });
}

Result<QList<ContractAttachment>> ContractFiles::files(const Actor &actor, qint64 contractId) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractAttachmentRepository(m_db).ofContract(contractId);
}

Result<QByteArray> ContractFiles::content(const Actor &actor, qint64 attachmentId) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractAttachmentRepository(m_db).content(attachmentId);
}

Result<QList<ContractAttachment>> ContractFiles::waitingForText(const Actor &actor, int limit) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractAttachmentRepository(m_db).waitingForText(limit);
}

Result<std::optional<ContractAttachment>> ContractFiles::nextWaiting(const Actor &actor,
                                                                     const QSet<qint64> &tried) const
{
    auto waiting = waitingForText(actor, 50 + int(tried.size()));
    if (!waiting)
        return waiting.failure();
    for (const ContractAttachment &a : *waiting)
        if (!tried.contains(a.id))
            return std::optional<ContractAttachment>(a);
    return std::optional<ContractAttachment>();
}

Status ContractFiles::storeText(const Actor &actor, qint64 attachmentId, const Result<QList<PageText>> &read)
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s;
    return m_db.write([&]() -> Status {
        ContractAttachmentRepository files(m_db);
        auto file = files.attachment(attachmentId);
        if (!file)
            return file.failure();
        // Another PC read it first: its text stands.
        if (!*file || (*file)->text == AttachmentText::Read)
            return success();
        QJsonObject after;
        if (read) {
            int recognised = 0;
            for (const PageText &page : *read)
                recognised += page.recognised ? 1 : 0;
            const QString note = recognised > 0 ? tr("%n page(s) recognised from the scan", nullptr, recognised)
                                                : tr("Text from the PDF");
            if (Status s = files.storePages(attachmentId, *read, note); !s)
                return s;
            after = {{QStringLiteral("pages"), int(read->size())}, {QStringLiteral("recognised"), recognised}};
        } else {
            if (Status s = files.markFailed(attachmentId, read.error()); !s)
                return s;
            after = {{QStringLiteral("failed"), read.error()}};
        }
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("contracts.file.text"), QStringLiteral("contract_attachments"),
                    QString::number(attachmentId), {}, after);
    });
}

Status ContractFiles::readAgain(const Actor &actor, qint64 attachmentId)
{
    if (Status s = Permissions::require(actor, ContractsAction::Register); !s)
        return s;
    return m_db.write([&]() -> Status {
        ContractAttachmentRepository files(m_db);
        auto file = files.attachment(attachmentId);
        if (!file)
            return file.failure();
        if (!*file)
            return fail(tr("The file no longer exists."));
        if ((*file)->text != AttachmentText::Failed)
            return fail(tr("The text of %1 is not a failed reading: nothing to read again.").arg((*file)->fileName));
        auto contract = ContractRepository(m_db).contract((*file)->contractId);
        if (!contract)
            return contract.failure();
        if (!*contract)
            return fail(tr("The contract no longer exists."));
        if (Status s = ContractRegister::requireCustodian(m_db, actor, (*contract)->archiveId); !s)
            return s;
        if (Status s = files.markPending(attachmentId); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("contracts.file.read_again"), QStringLiteral("contract_attachments"),
                    QString::number(attachmentId), {{QStringLiteral("failed"), (*file)->textNote}}, {});
    });
}

Result<QList<TextHit>> ContractFiles::hits(const Actor &actor, const QString &query,
                                           const QList<qint64> &contractIds) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractAttachmentRepository(m_db).hits(query, contractIds);
}

} // namespace shopdesk
