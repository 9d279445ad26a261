#include "ContractLending.h"

#include "ContractRegister.h"
#include "ContractsActions.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ContractLoanRepository.h"
#include "data/ContractRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

const ApprovalType &ContractLending::loanType()
{
    static const ApprovalType type{LoanTypeId,
                                   QT_TRANSLATE_NOOP("ApprovalType", "Contract loan"),
                                   // RULE CON-05: a copy needs the department head; the original leaves only in a
                                   // special case, which is the general manager's.
                                   [](const QJsonObject &figures) {
                                       return figures.value(QStringLiteral("original")).toBool()
                                           ? QList<ApproverKind>{ApproverKind::GeneralManager}
                                           : QList<ApproverKind>{ApproverKind::DepartmentHead};
                                   },
                                   {}, // signed, the custodian hands it out; refused, it stays
                                   [](const ApprovalRequest &r) {
                                       return tr("%1 of %2 (%3) until %4: %5")
                                           .arg(r.figures.value(QStringLiteral("original")).toBool()
                                                    ? loanKindTitle(LoanKind::Original)
                                                    : loanKindTitle(LoanKind::Copy),
                                                r.payload.value(QStringLiteral("number")).toString(),
                                                r.payload.value(QStringLiteral("title")).toString(),
                                                r.payload.value(QStringLiteral("due_on")).toString(),
                                                r.payload.value(QStringLiteral("purpose")).toString());
                                   }};
    return type;
}

Result<qint64> ContractLending::request(const Actor &actor, qint64 contractId, LoanKind kind, const QString &purpose,
                                        const QDate &dueOn)
{
    if (Status s = Permissions::require(actor, ContractsAction::Borrow); !s)
        return s.failure();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (const QString problem = LoanRules::requestProblem(kind, purpose, dueOn, today); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<qint64> {
        auto contract = ContractRepository(m_db).contract(contractId);
        if (!contract)
            return contract.failure();
        if (!*contract)
            return fail(tr("The contract no longer exists."));
        const Contract &c = **contract;
        if (kind == LoanKind::Original && !c.originalOutWith.isEmpty())
            return fail(tr("The original of %1 is out with %2 until %3.")
                            .arg(c.number, c.originalOutWith, c.originalDueOn.toString(Qt::ISODate)));
        ContractLoan loan;
        loan.contractId = contractId;
        loan.borrowerUserId = actor.userId;
        loan.kind = kind;
        loan.purpose = purpose;
        loan.dueOn = dueOn;
        ContractLoanRepository repo(m_db);
        auto id = repo.insert(loan, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        NewApproval n;
        n.type = LoanTypeId;
        n.subjectModule = QStringLiteral("contracts");
        n.subjectId = QString::number(*id);
        n.title = tr("%1 of contract %2").arg(loanKindTitle(kind), c.number);
        n.figures = {{QStringLiteral("original"), kind == LoanKind::Original}};
        n.payload = {{QStringLiteral("number"), c.number},
                     {QStringLiteral("title"), c.title},
                     {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)},
                     {QStringLiteral("purpose"), purpose.trimmed()}};
        auto approval = Approvals(m_db, m_clock).submitInTransaction(actor, n);
        if (!approval)
            return approval.failure();
        if (Status s = repo.setApproval(*id, *approval); !s)
            return s.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("contracts.loan.request"), QStringLiteral("contract_loans"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("contract"), c.number},
                                    {QStringLiteral("kind"), loanKindKey(kind)},
                                    {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)}});
            !s)
            return s.failure();
        return id;
    });
}

Status ContractLending::custodianChanges(const Actor &actor, qint64 loanId,
                                         const std::function<Status(const ContractLoan &, const Contract &)> &change)
{
    if (Status s = Permissions::require(actor, ContractsAction::Register); !s)
        return s;
    return m_db.write([&]() -> Status {
        auto loan = ContractLoanRepository(m_db).loan(loanId);
        if (!loan)
            return loan.failure();
        if (!*loan)
            return fail(tr("The loan no longer exists."));
        auto contract = ContractRepository(m_db).contract((*loan)->contractId);
        if (!contract)
            return contract.failure();
        if (!*contract)
            return fail(tr("The contract no longer exists."));
        if (Status s = ContractRegister::requireCustodian(m_db, actor, (*contract)->archiveId); !s)
            return s;
        return change(**loan, **contract);
    });
}

Status ContractLending::handOut(const Actor &actor, qint64 loanId)
{
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    return custodianChanges(actor, loanId, [&](const ContractLoan &loan, const Contract &contract) -> Status {
        if (loan.state() != LoanState::Approved)
            return fail(tr("%1 of %2 is %3: only a signed loan is handed out (CON-05).")
                            .arg(loanKindTitle(loan.kind), loan.contractNumber, loanStateTitle(loan.state())));
        if (loan.kind == LoanKind::Original && !contract.originalOutWith.isEmpty())
            return fail(
                tr("The original of %1 is out with %2 until %3.")
                    .arg(loan.contractNumber, contract.originalOutWith, contract.originalDueOn.toString(Qt::ISODate)));
        auto lent = ContractLoanRepository(m_db).markLent(loanId, today, actor.userId);
        if (!lent)
            return lent.failure();
        if (!*lent)
            return conflict(tr("%1 was handed out from another PC meanwhile.").arg(loan.contractNumber));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("contracts.loan.out"), QStringLiteral("contract_loans"),
                    QString::number(loanId), {},
                    {{QStringLiteral("contract"), loan.contractNumber},
                     {QStringLiteral("borrower"), loan.borrowerName},
                     {QStringLiteral("lent_on"), today.toString(Qt::ISODate)}});
    });
}

Status ContractLending::takeBack(const Actor &actor, qint64 loanId)
{
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    return custodianChanges(actor, loanId, [&](const ContractLoan &loan, const Contract &) -> Status {
        if (loan.state() != LoanState::Out)
            return fail(tr("%1 of %2 is not out.").arg(loanKindTitle(loan.kind), loan.contractNumber));
        auto back = ContractLoanRepository(m_db).markReturned(loanId, today, actor.userId);
        if (!back)
            return back.failure();
        if (!*back)
            return conflict(tr("%1 was taken back from another PC meanwhile.").arg(loan.contractNumber));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("contracts.loan.back"), QStringLiteral("contract_loans"),
                    QString::number(loanId), {},
                    {{QStringLiteral("contract"), loan.contractNumber},
                     {QStringLiteral("returned_on"), today.toString(Qt::ISODate)},
                     {QStringLiteral("days_overdue"), LoanRules::daysOverdue(loan, today)}});
    });
}

Result<QList<ContractLoan>> ContractLending::loans(const Actor &actor, bool open) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractLoanRepository(m_db).loans(open);
}

} // namespace shopdesk
