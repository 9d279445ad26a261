#include "domain/StockRules.h"

namespace shopdesk {

namespace {
bool needsDepartment(MovementKind kind)
{
    return kind == MovementKind::Issue || kind == MovementKind::Return || kind == MovementKind::LocalPurchase;
}

bool bringsCost(MovementKind kind)
{
    return kind == MovementKind::Receipt || kind == MovementKind::LocalPurchase;
}

// `quantity` units at the moving average value / on hand, rounded to the nearest fen, without
// multiplying the whole value by the quantity (that could pass qint64 on a large shelf).
qint64 atAverage(const StockPosition &p, qint64 quantity)
{
    const qint64 whole = p.valueFen / p.onHand, rest = p.valueFen % p.onHand;
    return whole * quantity + (rest * quantity + p.onHand / 2) / p.onHand;
}

// The value of `quantity` units taken out at the moving average: the last unit takes what is
// left, so that an empty shelf is worth exactly nothing.
qint64 valueOut(const StockPosition &p, qint64 quantity)
{
    return quantity >= p.onHand ? p.valueFen : atAverage(p, quantity);
}
} // namespace

Result<StockMovement> StockRules::price(const StockPosition &p, const MovementRequest &r)
{
    const bool adjustment = r.kind == MovementKind::Adjustment;
    if (adjustment ? r.quantity == 0 : r.quantity <= 0)
        return fail(adjustment ? tr("The counted quantity equals the booked one: there is nothing to adjust.")
                               : tr("Enter a quantity above zero."));
    if (r.quantity > kMaxQuantity || r.quantity < -kMaxQuantity)
        return fail(tr("%1 is more than one movement may carry (%2).").arg(r.quantity).arg(kMaxQuantity));
    // RULE SUP-08: nobody moves supplies without a reason.
    if (r.reason.trimmed().isEmpty())
        return fail(tr("Give the reason for the movement."));
    if (needsDepartment(r.kind) && r.departmentId == 0)
        return fail(tr("Choose the department."));
    // RULE SUP-05: a department's local purchase is recorded with its receipt.
    if (r.kind == MovementKind::LocalPurchase && r.reference.trimmed().isEmpty())
        return fail(tr("Give the number of the local purchase's receipt."));
    if (bringsCost(r.kind) && !r.unitCost)
        return fail(tr("Enter the unit price."));
    if (r.unitCost && (r.unitCost->fen() < 0 || r.unitCost->fen() > kMaxUnitFen))
        return fail(tr("A unit price is between ¥0.00 and %1.").arg(Money::fromFen(kMaxUnitFen).toString()));
    // Units coming back onto an empty shelf have no average to be valued at.
    const bool comesBack = r.kind == MovementKind::Return || (r.kind == MovementKind::Adjustment && r.quantity > 0);
    if (comesBack && p.onHand <= 0 && !r.unitCost)
        return fail(tr("None are on the shelf to value them by: enter the unit price."));

    StockMovement m;
    m.kind = r.kind;
    m.departmentId = needsDepartment(r.kind) ? r.departmentId : 0;
    m.reason = r.reason.trimmed();
    m.reference = r.reference.trimmed();
    switch (r.kind) {
    case MovementKind::Receipt:
    case MovementKind::LocalPurchase:
        m.quantity = r.quantity;
        m.valueFen = r.quantity * r.unitCost->fen();
        break;
    case MovementKind::Return:
        m.quantity = r.quantity;
        m.valueFen = r.unitCost ? r.quantity * r.unitCost->fen() : atAverage(p, r.quantity);
        break;
    case MovementKind::Issue:
        // RULE SUP-07: stock never goes below zero; the clerk is told what there is.
        if (r.quantity > p.onHand)
            return fail(tr("Only %1 on hand; %2 cannot be issued.").arg(p.onHand).arg(r.quantity));
        m.quantity = -r.quantity;
        m.valueFen = -valueOut(p, r.quantity);
        break;
    case MovementKind::Adjustment:
        if (-r.quantity > p.onHand)
            return fail(tr("Only %1 are booked; the count cannot be below zero.").arg(p.onHand));
        m.quantity = r.quantity;
        if (r.quantity < 0)
            m.valueFen = -valueOut(p, -r.quantity);
        else
            m.valueFen = r.unitCost ? r.quantity * r.unitCost->fen() : atAverage(p, r.quantity);
        break;
    }
    return m;
}

Result<QList<StockMovement>> StockRules::rows(const StockPosition &position, const MovementRequest &request)
{
    auto first = price(position, request);
    if (!first)
        return first.failure();
    QList<StockMovement> list{*first};
    if (request.kind == MovementKind::LocalPurchase) {
        StockMovement used = *first;
        used.kind = MovementKind::Issue;
        used.quantity = -first->quantity;
        used.valueFen = -first->valueFen;
        list.append(used);
    }
    return list;
}

StockPosition StockRules::after(const StockPosition &p, const StockMovement &m)
{
    return {p.onHand + m.quantity, p.valueFen + m.valueFen};
}

Result<Money> StockRules::parseUnitCost(const QString &text)
{
    const auto money = Money::parse(text);
    if (!money || money->fen() < 0 || money->fen() > kMaxUnitFen)
        return fail(tr("\"%1\" is not a price: use yuan with at most two decimals, such as 12.50, up to %2.")
                        .arg(text, Money::fromFen(kMaxUnitFen).toString()));
    return *money;
}

} // namespace shopdesk
