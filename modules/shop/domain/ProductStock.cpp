#include "domain/ProductStock.h"

#include <QCoreApplication>

namespace shopdesk {

QString productMovementKindKey(ProductMovementKind kind)
{
    switch (kind) {
    case ProductMovementKind::Receipt: return QStringLiteral("receipt");
    case ProductMovementKind::Sale: return QStringLiteral("sale");
    case ProductMovementKind::Return: return QStringLiteral("return");
    case ProductMovementKind::Adjustment: return QStringLiteral("adjustment");
    }
    return {};
}

std::optional<ProductMovementKind> productMovementKindFromKey(const QString &key)
{
    for (ProductMovementKind k : allProductMovementKinds())
        if (productMovementKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString productMovementKindTitle(ProductMovementKind kind)
{
    switch (kind) {
    case ProductMovementKind::Receipt: return QCoreApplication::translate("ProductMovementKind", "Receipt");
    case ProductMovementKind::Sale: return QCoreApplication::translate("ProductMovementKind", "Sale");
    case ProductMovementKind::Return: return QCoreApplication::translate("ProductMovementKind", "Customer return");
    case ProductMovementKind::Adjustment: return QCoreApplication::translate("ProductMovementKind", "Adjustment");
    }
    return {};
}

QList<ProductMovementKind> allProductMovementKinds()
{
    return {ProductMovementKind::Receipt, ProductMovementKind::Sale, ProductMovementKind::Return,
            ProductMovementKind::Adjustment};
}

std::optional<qint64> ProductStockRules::signedQuantity(const ProductMovementRequest &request, qint64 onHand,
                                                        QString *problem)
{
    auto refuse = [&](const QString &why) -> std::optional<qint64> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (request.reason.trimmed().isEmpty())
        return refuse(QCoreApplication::translate("ProductStockRules", "Say why the stock moves."));
    const bool adjustment = request.kind == ProductMovementKind::Adjustment;
    if (request.quantity == 0 || (!adjustment && request.quantity < 0))
        return refuse(adjustment
                          ? QCoreApplication::translate("ProductStockRules",
                                                        "An adjustment is the difference found: more or "
                                                        "less than zero.")
                          : QCoreApplication::translate("ProductStockRules", "The quantity must be more than zero."));
    const qint64 moved = request.kind == ProductMovementKind::Sale ? -request.quantity : request.quantity;
    if (onHand + moved < 0)
        return refuse(QCoreApplication::translate("ProductStockRules", "Only %1 on hand: %2 cannot leave the stock.")
                          .arg(onHand)
                          .arg(-moved));
    return moved;
}

bool ProductStockRules::delistsAutomatically(ProductStatus status, qint64 onHandAfter)
{
    return status == ProductStatus::Listed && onHandAfter == 0;
}

std::optional<int> ProductStockRules::daysOfCover(qint64 onHand, qint64 soldInLast30Days)
{
    if (soldInLast30Days <= 0)
        return std::nullopt;
    return int(onHand * 30 / soldInLast30Days);
}

} // namespace shopdesk
