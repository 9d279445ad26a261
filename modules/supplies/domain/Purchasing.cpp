#include "domain/Purchasing.h"

#include "common/domain/Money.h"
#include "domain/StockRules.h"

#include <QSet>

namespace shopdesk {

QString purchaseRequestStateKey(PurchaseRequestState state)
{
    switch (state) {
    case PurchaseRequestState::PendingApproval: return QStringLiteral("pending_approval");
    case PurchaseRequestState::Approved: return QStringLiteral("approved");
    case PurchaseRequestState::Rejected: return QStringLiteral("rejected");
    case PurchaseRequestState::Ordered: return QStringLiteral("ordered");
    }
    return {};
}

std::optional<PurchaseRequestState> purchaseRequestStateFromKey(const QString &key)
{
    for (auto s : {PurchaseRequestState::PendingApproval, PurchaseRequestState::Approved,
                   PurchaseRequestState::Rejected, PurchaseRequestState::Ordered})
        if (purchaseRequestStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString purchaseRequestStateTitle(PurchaseRequestState state)
{
    switch (state) {
    case PurchaseRequestState::PendingApproval:
        return QCoreApplication::translate("Purchasing", "Waiting for approval");
    case PurchaseRequestState::Approved: return QCoreApplication::translate("Purchasing", "Approved, to order");
    case PurchaseRequestState::Rejected: return QCoreApplication::translate("Purchasing", "Rejected");
    case PurchaseRequestState::Ordered: return QCoreApplication::translate("Purchasing", "Ordered");
    }
    return {};
}

QString purchaseOrderStateKey(PurchaseOrderState state)
{
    return state == PurchaseOrderState::Open ? QStringLiteral("open") : QStringLiteral("received");
}

std::optional<PurchaseOrderState> purchaseOrderStateFromKey(const QString &key)
{
    for (auto s : {PurchaseOrderState::Open, PurchaseOrderState::Received})
        if (purchaseOrderStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString purchaseOrderStateTitle(PurchaseOrderState state)
{
    return state == PurchaseOrderState::Open ? QCoreApplication::translate("Purchasing", "Open")
                                             : QCoreApplication::translate("Purchasing", "Received");
}

qint64 PurchaseRequest::estimatedFen() const
{
    qint64 sum = 0;
    for (const PurchaseLine &l : lines)
        sum += l.amountFen();
    return sum;
}

qint64 PurchaseOrder::totalFen() const
{
    qint64 sum = 0;
    for (const PurchaseLine &l : lines)
        sum += l.amountFen();
    return sum;
}

bool PurchaseOrder::fullyReceived() const
{
    for (const PurchaseLine &l : lines)
        if (l.outstanding() > 0)
            return false;
    return true;
}

Status PurchaseRules::checkLines(const QList<PurchaseLine> &lines)
{
    if (lines.isEmpty())
        return fail(tr("Add at least one item."));
    QSet<qint64> seen;
    for (const PurchaseLine &l : lines) {
        if (l.itemId == 0)
            return fail(tr("Choose the item of every line."));
        if (seen.contains(l.itemId))
            return fail(tr("%1 is on two lines; put its quantity on one.").arg(l.itemName));
        seen.insert(l.itemId);
        if (l.quantity <= 0 || l.quantity > StockRules::kMaxQuantity)
            return fail(tr("%1: enter a quantity between 1 and %2.").arg(l.itemName).arg(StockRules::kMaxQuantity));
        if (l.unitFen < 0)
            return fail(tr("%1: a price cannot be negative.").arg(l.itemName));
    }
    return success();
}

Status PurchaseRules::checkChoice(const QList<Quote> &quotes, int chosen, const QString &reason)
{
    if (quotes.isEmpty())
        return fail(tr("Record at least the quote of the supplier you order from."));
    if (chosen < 0 || chosen >= quotes.size())
        return fail(tr("Choose the quote you order from."));
    QSet<qint64> suppliers;
    qint64 cheapest = quotes.first().totalFen;
    for (const Quote &q : quotes) {
        if (q.supplierId == 0 || q.totalFen < 0)
            return fail(tr("Every quote needs its supplier and an amount that is not negative."));
        if (suppliers.contains(q.supplierId))
            return fail(tr("%1 is quoted twice.").arg(q.supplierName));
        suppliers.insert(q.supplierId);
        cheapest = qMin(cheapest, q.totalFen);
    }
    if (quotes.at(chosen).totalFen > cheapest && reason.trimmed().isEmpty())
        return fail(tr("%1 is not the cheapest quote: give the reason for choosing it (SUP-03).")
                        .arg(quotes.at(chosen).supplierName));
    return success();
}

Status PurchaseRules::checkAgainstQuote(const QList<PurchaseLine> &lines, const Quote &chosen)
{
    qint64 total = 0;
    for (const PurchaseLine &l : lines)
        total += l.amountFen();
    if (total > chosen.totalFen)
        return fail(tr("The agreed prices add up to %1, more than %2's quote of %3 (SUP-03).")
                        .arg(Money::fromFen(total).toString(), chosen.supplierName,
                             Money::fromFen(chosen.totalFen).toString()));
    return success();
}

Status PurchaseRules::checkReceipt(const PurchaseOrder &order, const QHash<qint64, qint64> &quantities)
{
    if (order.state != PurchaseOrderState::Open)
        return fail(tr("%1 has arrived whole and is closed; nothing more can be received on it.").arg(order.number()));
    bool any = false;
    for (auto it = quantities.begin(); it != quantities.end(); ++it) {
        const auto line = std::find_if(order.lines.begin(), order.lines.end(),
                                       [&](const PurchaseLine &l) { return l.id == it.key(); });
        if (line == order.lines.end())
            return fail(tr("The delivery names a line that is not on %1.").arg(order.number()));
        if (it.value() < 0)
            return fail(tr("%1: a received quantity cannot be negative.").arg(line->itemName));
        if (it.value() > line->outstanding())
            return fail(tr("%1: %2 received, but only %3 are still outstanding on %4.")
                            .arg(line->itemName)
                            .arg(it.value())
                            .arg(line->outstanding())
                            .arg(order.number()));
        any = any || it.value() > 0;
    }
    if (!any)
        return fail(tr("Enter the quantity that arrived."));
    return success();
}

} // namespace shopdesk
