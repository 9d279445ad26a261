#include "domain/StockMovement.h"

#include <QCoreApplication>

namespace shopdesk {

QString movementKindKey(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt: return QStringLiteral("receipt");
    case MovementKind::Issue: return QStringLiteral("issue");
    case MovementKind::Return: return QStringLiteral("return");
    case MovementKind::LocalPurchase: return QStringLiteral("local_purchase");
    case MovementKind::Adjustment: return QStringLiteral("adjustment");
    }
    return {};
}

QList<MovementKind> allMovementKinds()
{
    return {MovementKind::Receipt, MovementKind::Issue, MovementKind::Return, MovementKind::LocalPurchase,
            MovementKind::Adjustment};
}

std::optional<MovementKind> movementKindFromKey(const QString &key)
{
    for (MovementKind k : allMovementKinds())
        if (movementKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString movementKindTitle(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt: return QCoreApplication::translate("StockMovement", "Receipt");
    case MovementKind::Issue: return QCoreApplication::translate("StockMovement", "Issue to a department");
    case MovementKind::Return: return QCoreApplication::translate("StockMovement", "Return");
    case MovementKind::LocalPurchase: return QCoreApplication::translate("StockMovement", "Local purchase");
    case MovementKind::Adjustment: return QCoreApplication::translate("StockMovement", "Stocktake adjustment");
    }
    return {};
}

} // namespace shopdesk
