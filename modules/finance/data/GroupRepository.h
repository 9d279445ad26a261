#pragma once

#include "common/Result.h"
#include "domain/GroupAccount.h"

#include <QByteArray>
#include <optional>

namespace shopdesk {

class Database;

// Group accounts with their budget sheets, receipts, guide advances, papers and departures
// (FIN-05..08, FIN-11).
class GroupRepository
{
public:
    explicit GroupRepository(Database &db) : m_db(db) {}

    Result<QList<GroupAccount>> accounts() const;
    Result<std::optional<GroupAccount>> account(qint64 id) const;
    // Inside Database::write. `save` inserts (id 0) or updates at `version`: false when another
    // PC saved first.
    Result<qint64> insert(const GroupAccount &account, qint64 userId, const QString &at);
    Result<bool> update(const GroupAccount &account);
    Status addReceipt(qint64 accountId, const QDate &day, qint64 amountFen, const QString &reference, qint64 userId,
                      const QString &at);
    Result<qint64> addAdvance(qint64 accountId, const QString &guide, qint64 amountFen, qint64 frontedFen,
                              const QDate &day, qint64 userId, const QString &at);
    Status setAdvanceApproval(qint64 advanceId, qint64 approvalId);
    Result<QList<GroupTraveller>> travellers(qint64 accountId) const;
    Status addTraveller(qint64 accountId, const GroupTraveller &traveller, qint64 userId, const QString &at);
    // False when the traveller is not (or no longer) on this account's list.
    Result<bool> removeTraveller(qint64 accountId, qint64 travellerId);
    Result<QList<GroupBudgetLine>> budgetLines(qint64 accountId) const;
    Result<qint64> addBudgetLine(qint64 accountId, const GroupBudgetLine &line, qint64 userId, const QString &at);
    // False when the line is not (or no longer) on this account's sheet.
    Result<bool> removeBudgetLine(qint64 accountId, qint64 lineId);
    Status addDeparture(qint64 accountId, const QDate &day, qint64 receivedFen, qint64 userId, const QString &at);
    Status addDocument(qint64 accountId, GroupDocument kind, const QString &fileName, const QByteArray &content,
                       const QString &sha256, qint64 userId, const QString &at);
    // False when the account changed meanwhile (its version).
    Result<bool> overrideDeparture(qint64 accountId, int version, qint64 userId, const QString &reason);
    Status addWriteOff(qint64 accountId, qint64 amountFen, qint64 responsibleEmployeeId, const QDate &day,
                       qint64 userId, const QString &at);
    Result<bool> settle(qint64 accountId, int version, qint64 userId, const QString &at);

private:
    Result<QList<GroupAccount>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
