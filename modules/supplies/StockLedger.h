#pragma once

#include "common/Result.h"
#include "domain/StockRules.h"
#include "organisation/domain/Organisation.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// The stock ledger (SUP-05, SUP-07, SUP-08): every receipt, issue, return, local purchase and
// stocktake adjustment is one appended row, booked with who, when and why; stock on hand is the
// ledger's sum. The check against stock runs inside the write, so two clerks issuing the last
// units from two PCs cannot both succeed.
class StockLedger
{
    Q_DECLARE_TR_FUNCTIONS(StockLedger)
public:
    StockLedger(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Books `request` for the item; returns the new row's id. `expectedOnHand`, when given, is
    // the stock the clerk saw: if another PC moved the item meanwhile, the booking is refused
    // with what is on hand now.
    Result<qint64> book(const Actor &actor, qint64 itemId, const MovementRequest &request,
                        std::optional<qint64> expectedOnHand = std::nullopt);
    // For a service inside Database::write (a delivery, an approved stocktake): prices `request`
    // against the item's booked position and appends its rows, each with who and when (SUP-08)
    // and an audit record. Returns the first row's id; the rules' refusal as it is.
    static Result<qint64> appendInTransaction(Database &db, const Clock &clock, const Actor &actor, qint64 itemId,
                                              const MovementRequest &request);
    Result<QList<StockMovement>> movements(const Actor &actor, qint64 itemId, int limit = 500) const;
    // The departments stock is issued to (SUP-05).
    Result<QList<Department>> departments(const Actor &actor) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
