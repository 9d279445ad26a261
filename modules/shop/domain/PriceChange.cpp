#include "domain/PriceChange.h"

#include "common/domain/Money.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shopdesk {

QString PriceRules::requestProblem(const PriceChange &c)
{
    if (c.proposedFen <= 0)
        return QCoreApplication::translate("PriceRules", "Give the new price.");
    if (c.proposedFen == c.currentFen)
        return QCoreApplication::translate("PriceRules", "The new price is the price it has now.");
    // RULE PRD-01: the proposal follows an analysis of the competitors' prices.
    if (c.competitors.isEmpty())
        return QCoreApplication::translate("PriceRules",
                                           "Add at least one competitor's price: a new price is proposed after "
                                           "analysing the competitors (PRD-01).");
    for (const CompetitorPrice &p : c.competitors)
        if (p.shop.trimmed().isEmpty() || p.priceFen <= 0)
            return QCoreApplication::translate("PriceRules", "Give every competitor's shop and price.");
    if (c.reason.trimmed().isEmpty())
        return QCoreApplication::translate("PriceRules", "Say why the price should change.");
    return {};
}

CompetitorAnalysis PriceRules::analyse(const QList<CompetitorPrice> &competitors, qint64 proposedFen)
{
    CompetitorAnalysis a;
    qint64 sum = 0;
    for (const CompetitorPrice &p : competitors) {
        if (p.priceFen <= 0)
            continue;
        a.lowestFen = a.count ? std::min(a.lowestFen, p.priceFen) : p.priceFen;
        a.highestFen = std::max(a.highestFen, p.priceFen);
        sum += p.priceFen;
        a.cheaperThanProposed += p.priceFen < proposedFen ? 1 : 0;
        ++a.count;
    }
    a.averageFen = a.count ? (sum + a.count / 2) / a.count : 0;
    return a;
}

QJsonArray PriceRules::competitorsJson(const QList<CompetitorPrice> &competitors)
{
    QJsonArray list;
    for (const CompetitorPrice &p : competitors)
        list.append(QJsonObject{{QStringLiteral("shop"), p.shop.trimmed()}, {QStringLiteral("price_fen"), p.priceFen}});
    return list;
}

QList<CompetitorPrice> PriceRules::competitorsFromJson(const QJsonArray &json)
{
    QList<CompetitorPrice> list;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        list.append(
            {o.value(QStringLiteral("shop")).toString(), qint64(o.value(QStringLiteral("price_fen")).toDouble())});
    }
    return list;
}

QString PriceRules::competitorsText(const QList<CompetitorPrice> &competitors)
{
    QStringList parts;
    for (const CompetitorPrice &p : competitors)
        parts.append(p.shop + QLatin1Char(' ') + Money::fromFen(p.priceFen).toString());
    return parts.join(QStringLiteral("; "));
}

} // namespace shopdesk
