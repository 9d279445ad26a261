#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/Contract.h"
#include "domain/ContractLoan.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

#include <functional>

namespace shopdesk {

class Clock;
class Database;

// RULE CON-05, CON-06: taking a contract out of the archive. Anyone may ask; a copy is signed by
// the department head, the original (a special case) by the general manager; the archive's
// custodian hands it out once signed and takes it back; the open loans show the days overdue. One
// original is out at a time, and the contract list shows who has it.
class ContractLending
{
    Q_DECLARE_TR_FUNCTIONS(ContractLending)
public:
    static inline const QString LoanTypeId = QStringLiteral("contracts.loan");
    static const ApprovalType &loanType();

    ContractLending(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The loan's id; its request waits for the signature.
    Result<qint64> request(const Actor &actor, qint64 contractId, LoanKind kind, const QString &purpose,
                           const QDate &dueOn);
    Status handOut(const Actor &actor, qint64 loanId);
    Status takeBack(const Actor &actor, qint64 loanId);
    // Not yet back (`open`), or every loan, for those who may see the archive.
    Result<QList<ContractLoan>> loans(const Actor &actor, bool open) const;

private:
    // One write: the loan and its contract as they stand, passed to `change` once `actor` is
    // found to be the custodian of the contract's archive (CON-06).
    Status custodianChanges(const Actor &actor, qint64 loanId,
                            const std::function<Status(const ContractLoan &, const Contract &)> &change);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
