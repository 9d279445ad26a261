#include "ContractsArea.h"

#include "ContractLending.h"
#include "ContractsActions.h"
#include "audit/domain/AuditActionTitles.h"
#include "data/ContractAttachmentRepository.h"
#include "database/CompanyCopy.h"

namespace shopdesk::ContractsArea {

void define()
{
    for (const Permission &p : ContractsAction::all())
        Permissions::define(p);
    ApprovalTypes::define(ContractLending::loanType());
    // A company copied to the other engine: the pages' search index is made there from their text.
    CompanyCopy::addDerivedTable(QStringLiteral("contract_page_grams"),
                                 [](Database &target) { return ContractAttachmentRepository(target).indexAllPages(); });
    // What the audit log says for this area's records, and for the tables they name.
    const std::pair<const char *, const char *> titles[] = {
        {"contracts.type.create", QT_TRANSLATE_NOOP("AuditAction", "Contract type created")},
        {"contracts.archive.create", QT_TRANSLATE_NOOP("AuditAction", "Archive set up")},
        {"contracts.register", QT_TRANSLATE_NOOP("AuditAction", "Contract registered")},
        {"contracts.update", QT_TRANSLATE_NOOP("AuditAction", "Contract changed")},
        {"contracts.loan.request", QT_TRANSLATE_NOOP("AuditAction", "Contract loan asked for")},
        {"contracts.loan.out", QT_TRANSLATE_NOOP("AuditAction", "Contract handed out")},
        {"contracts.loan.back", QT_TRANSLATE_NOOP("AuditAction", "Contract taken back")},
        {"contracts.audit.start", QT_TRANSLATE_NOOP("AuditAction", "Archive check started")},
        {"contracts.audit.mark", QT_TRANSLATE_NOOP("AuditAction", "Contract marked in a check")},
        {"contracts.audit.close", QT_TRANSLATE_NOOP("AuditAction", "Archive check closed")},
        {"contracts.file.add", QT_TRANSLATE_NOOP("AuditAction", "Contract file added")},
        {"contracts.file.text", QT_TRANSLATE_NOOP("AuditAction", "Text of a contract file read")},
        {"contracts.file.read_again", QT_TRANSLATE_NOOP("AuditAction", "Contract file to be read again")},
        {"contracts", QT_TRANSLATE_NOOP("AuditAction", "Contract")},
        {"contract_types", QT_TRANSLATE_NOOP("AuditAction", "Contract type")},
        {"contract_archives", QT_TRANSLATE_NOOP("AuditAction", "Archive")},
        {"contract_loans", QT_TRANSLATE_NOOP("AuditAction", "Contract loan")},
        {"contract_audits", QT_TRANSLATE_NOOP("AuditAction", "Archive check")},
        {"contract_attachments", QT_TRANSLATE_NOOP("AuditAction", "Contract file")},
    };
    for (const auto &[code, title] : titles)
        AuditActionTitles::define(QString::fromLatin1(code), title);
}

} // namespace shopdesk::ContractsArea
