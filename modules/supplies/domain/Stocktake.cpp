#include "domain/Stocktake.h"

#include "domain/StockRules.h"

namespace shopdesk {

QString stocktakeStateKey(StocktakeState state)
{
    switch (state) {
    case StocktakeState::Counting: return QStringLiteral("counting");
    case StocktakeState::PendingApproval: return QStringLiteral("pending_approval");
    case StocktakeState::Booked: return QStringLiteral("booked");
    case StocktakeState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

std::optional<StocktakeState> stocktakeStateFromKey(const QString &key)
{
    for (auto s :
         {StocktakeState::Counting, StocktakeState::PendingApproval, StocktakeState::Booked, StocktakeState::Rejected})
        if (stocktakeStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString stocktakeStateTitle(StocktakeState state)
{
    switch (state) {
    case StocktakeState::Counting: return QCoreApplication::translate("Stocktake", "Counting");
    case StocktakeState::PendingApproval: return QCoreApplication::translate("Stocktake", "Waiting for approval");
    case StocktakeState::Booked: return QCoreApplication::translate("Stocktake", "Booked");
    case StocktakeState::Rejected: return QCoreApplication::translate("Stocktake", "Rejected");
    }
    return {};
}

int Stocktake::countedLines() const
{
    int n = 0;
    for (const StocktakeLine &l : lines)
        n += l.counted ? 1 : 0;
    return n;
}

QList<StocktakeLine> Stocktake::differences() const
{
    QList<StocktakeLine> out;
    for (const StocktakeLine &l : lines)
        if (l.difference() != 0)
            out.append(l);
    return out;
}

Status StocktakeRules::checkReady(const Stocktake &s)
{
    if (s.state != StocktakeState::Counting)
        return fail(tr("%1 is %2; only a stocktake being counted goes for approval.")
                        .arg(s.number(), stocktakeStateTitle(s.state)));
    for (const StocktakeLine &l : s.lines) {
        if (!l.counted)
            return fail(tr("%1 (%2) is not counted yet.").arg(l.itemName, l.itemCode));
        if (l.difference() != 0 && l.reason.trimmed().isEmpty())
            return fail(tr("%1: %2 counted against %3 booked; give the reason for the difference.")
                            .arg(l.itemName)
                            .arg(*l.counted)
                            .arg(l.booked));
    }
    return success();
}

Status StocktakeRules::checkCount(qint64 counted)
{
    if (counted < 0 || counted > StockRules::kMaxQuantity)
        return fail(tr("A counted quantity is between 0 and %1.").arg(StockRules::kMaxQuantity));
    return success();
}

} // namespace shopdesk
