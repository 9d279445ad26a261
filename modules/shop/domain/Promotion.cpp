#include "domain/Promotion.h"

#include "common/domain/Money.h"

#include <QCoreApplication>

namespace shopdesk {

QString promotionKindKey(PromotionKind kind)
{
    switch (kind) {
    case PromotionKind::PercentOff: return QStringLiteral("percent_off");
    case PromotionKind::FixedPrice: return QStringLiteral("fixed_price");
    case PromotionKind::BuyNPayM: return QStringLiteral("buy_n_pay_m");
    }
    return {};
}

std::optional<PromotionKind> promotionKindFromKey(const QString &key)
{
    for (PromotionKind k : {PromotionKind::PercentOff, PromotionKind::FixedPrice, PromotionKind::BuyNPayM})
        if (promotionKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString promotionKindTitle(PromotionKind kind)
{
    switch (kind) {
    case PromotionKind::PercentOff: return QCoreApplication::translate("PromotionKind", "Percentage off");
    case PromotionKind::FixedPrice: return QCoreApplication::translate("PromotionKind", "Promotion price");
    case PromotionKind::BuyNPayM: return QCoreApplication::translate("PromotionKind", "Buy N, pay for M");
    }
    return {};
}

QString promotionStageTitle(PromotionStage stage)
{
    switch (stage) {
    case PromotionStage::Proposed: return QCoreApplication::translate("PromotionStage", "Proposed, to specify");
    case PromotionStage::Specified: return QCoreApplication::translate("PromotionStage", "Waiting for approval");
    case PromotionStage::Approved: return QCoreApplication::translate("PromotionStage", "Approved, to publish");
    case PromotionStage::Refused: return QCoreApplication::translate("PromotionStage", "Refused");
    case PromotionStage::Withdrawn: return QCoreApplication::translate("PromotionStage", "Withdrawn");
    case PromotionStage::Published: return QCoreApplication::translate("PromotionStage", "Published");
    }
    return {};
}

PromotionStage Promotion::stage() const
{
    if (withdrawn)
        return PromotionStage::Withdrawn;
    if (publishedAt.isValid())
        return PromotionStage::Published;
    if (approvalId == 0)
        return PromotionStage::Proposed;
    switch (approvalState) {
    case RequestState::Approved: return PromotionStage::Approved;
    case RequestState::Rejected: return PromotionStage::Refused;
    case RequestState::Withdrawn: return PromotionStage::Withdrawn;
    case RequestState::Draft:
    case RequestState::Pending: break;
    }
    return PromotionStage::Specified;
}

bool Promotion::holdsItsPeriod() const
{
    const PromotionStage s = stage();
    return s != PromotionStage::Refused && s != PromotionStage::Withdrawn;
}

QString PromotionRules::proposalProblem(const Promotion &p, const QDate &today)
{
    if (p.title.trimmed().isEmpty())
        return QCoreApplication::translate("PromotionRules", "Give the promotion a title.");
    if (!p.startsOn.isValid() || !p.endsOn.isValid())
        return QCoreApplication::translate("PromotionRules", "Give the first and the last day of the promotion.");
    if (p.endsOn < p.startsOn)
        return QCoreApplication::translate("PromotionRules", "The promotion ends before it starts.");
    if (p.endsOn < today)
        return QCoreApplication::translate("PromotionRules", "The promotion's period is over already.");
    if (p.productIds.isEmpty())
        return QCoreApplication::translate("PromotionRules", "Choose the products the promotion is for.");
    return {};
}

QString PromotionRules::specificationProblem(const Promotion &p, qint64 lowestPriceFen)
{
    switch (p.kind) {
    case PromotionKind::PercentOff:
        if (p.percentOff < 1 || p.percentOff > 90)
            return QCoreApplication::translate("PromotionRules", "A percentage off is from 1% to 90%.");
        break;
    case PromotionKind::FixedPrice:
        if (p.fixedPriceFen <= 0)
            return QCoreApplication::translate("PromotionRules", "Give the promotion price.");
        if (p.fixedPriceFen >= lowestPriceFen)
            return QCoreApplication::translate("PromotionRules",
                                               "The promotion price %1 is not under the price of every product "
                                               "(the lowest is %2).")
                .arg(Money::fromFen(p.fixedPriceFen).toString(), Money::fromFen(lowestPriceFen).toString());
        break;
    case PromotionKind::BuyNPayM:
        if (p.buyQuantity < 2 || p.payQuantity < 1 || p.payQuantity >= p.buyQuantity)
            return QCoreApplication::translate("PromotionRules",
                                               "\"Buy N, pay for M\" needs N of 2 or more and M from 1 to N - 1.");
        break;
    }
    return {};
}

bool PromotionRules::overlaps(const QDate &aStart, const QDate &aEnd, const QDate &bStart, const QDate &bEnd)
{
    return aStart <= bEnd && bStart <= aEnd;
}

qint64 PromotionRules::unitPriceFen(const Promotion &p, qint64 priceFen)
{
    switch (p.kind) {
    case PromotionKind::PercentOff: return (priceFen * (100 - p.percentOff) + 50) / 100;
    case PromotionKind::FixedPrice: return std::min(p.fixedPriceFen, priceFen);
    case PromotionKind::BuyNPayM:
        return p.buyQuantity > 0 ? (priceFen * p.payQuantity + p.buyQuantity / 2) / p.buyQuantity : priceFen;
    }
    return priceFen;
}

QString PromotionRules::offerText(const Promotion &p)
{
    switch (p.kind) {
    case PromotionKind::PercentOff: return QCoreApplication::translate("PromotionRules", "%1% off").arg(p.percentOff);
    case PromotionKind::FixedPrice: return Money::fromFen(p.fixedPriceFen).toString();
    case PromotionKind::BuyNPayM:
        return QCoreApplication::translate("PromotionRules", "buy %1, pay for %2")
            .arg(p.buyQuantity)
            .arg(p.payQuantity);
    }
    return {};
}

} // namespace shopdesk
