#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/Stocktake.h"
#include "report/Report.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE SUP-07, the books match the stock: a stocktake freezes a count sheet (one category or
// all), the counts are entered (each difference with its reason), the office head approves it
// through the approvals engine, and the approval books every difference in the stock ledger as
// an adjustment. Nothing adjusts stock without an approved stocktake.
class StocktakeDesk
{
    Q_DECLARE_TR_FUNCTIONS(StocktakeDesk)
public:
    static inline const QString TypeId = QStringLiteral("supplies.stocktake");
    static const ApprovalType &type();

    StocktakeDesk(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> start(const Actor &actor, const QString &category);
    Status count(const Actor &actor, qint64 stocktakeId, qint64 itemId, qint64 counted, const QString &reason);
    Status submit(const Actor &actor, qint64 stocktakeId);
    Result<Stocktake> find(const Actor &actor, qint64 stocktakeId) const;
    Result<QList<Stocktake>> list(const Actor &actor, int limit = 200) const;
    // The count sheet, by category and location, to print and take round the shelves.
    Result<Report> sheet(const Actor &actor, qint64 stocktakeId) const;

private:
    Result<Stocktake> load(qint64 stocktakeId) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
