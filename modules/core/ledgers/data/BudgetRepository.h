#pragma once

#include "common/Result.h"
#include "ledgers/domain/BudgetLine.h"

#include <optional>

namespace shopdesk {

class Database;

// Budget lines and the commitments against them (FIN-01).
class BudgetRepository
{
public:
    explicit BudgetRepository(Database &db) : m_db(db) {}

    Result<std::optional<BudgetLine>> line(int year, qint64 departmentId, const QString &category) const;
    Result<QList<BudgetLine>> lines(int year) const;
    // The line a request committed on ("supplies", "purchase_request:7"); none without a line.
    Result<std::optional<BudgetLine>> committedLine(const QString &sourceModule, const QString &sourceId) const;
    // Inside Database::write. Sets the line's amount, adding the line when there is none.
    Result<qint64> setLine(int year, qint64 departmentId, const QString &category, qint64 amountFen);
    Status addCommitment(qint64 lineId, qint64 amountFen, const QString &sourceModule, const QString &sourceId,
                         qint64 approvalId, qint64 userId, const QString &at);

private:
    Result<QList<BudgetLine>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
