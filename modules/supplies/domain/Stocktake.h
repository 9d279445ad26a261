#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// Where a stocktake stands (SUP-07): counted, then approved by the office head, and only then
// booked.
enum class StocktakeState { Counting, PendingApproval, Booked, Rejected };
QString stocktakeStateKey(StocktakeState state);
std::optional<StocktakeState> stocktakeStateFromKey(const QString &key);
QString stocktakeStateTitle(StocktakeState state); // translated

struct StocktakeLine
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemCode;
    QString itemName;
    QString category;
    QString location;
    QString unit;
    qint64 booked = 0; // frozen with the sheet
    std::optional<qint64> counted;
    QString reason;

    qint64 difference() const { return counted ? *counted - booked : 0; }
};

struct Stocktake
{
    qint64 id = 0;
    QString category; // empty: every category
    StocktakeState state = StocktakeState::Counting;
    QString startedBy;
    QDateTime startedAt;
    qint64 approvalId = 0;
    QList<StocktakeLine> lines;

    QString number() const { return QStringLiteral("ST-%1").arg(id, 6, 10, QLatin1Char('0')); }
    int countedLines() const;
    QList<StocktakeLine> differences() const;
};

// RULE SUP-07: what a stocktake needs before it goes for approval. Pure.
class StocktakeRules
{
    Q_DECLARE_TR_FUNCTIONS(StocktakeRules)
public:
    // Every line counted, every difference with its reason.
    static Status checkReady(const Stocktake &stocktake);
    // A count as a clerk enters it: not negative, not absurd.
    static Status checkCount(qint64 counted);
};

} // namespace shopdesk
