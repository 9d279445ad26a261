#pragma once

#include "common/Result.h"
#include "domain/ContractLoan.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// Contracts taken out of the archive (CON-05).
class ContractLoanRepository
{
public:
    explicit ContractLoanRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> insert(const ContractLoan &loan, const QString &at);
    Status setApproval(qint64 loanId, qint64 approvalId);
    // False when it was handed out (or back) meanwhile.
    Result<bool> markLent(qint64 loanId, const QDate &day, qint64 userId);
    Result<bool> markReturned(qint64 loanId, const QDate &day, qint64 userId);

    Result<std::optional<ContractLoan>> loan(qint64 id) const;
    // Out or still to be signed or handed out (or every one, newest first, when `open` is false),
    // the earliest due first.
    Result<QList<ContractLoan>> loans(bool open) const;

private:
    Result<QList<ContractLoan>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
