#include "domain/SupplierInvoice.h"

#include "common/domain/Money.h"
#include "domain/StockRules.h"

#include <QSet>

namespace shopdesk {

QString invoiceStateKey(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Matched: return QStringLiteral("matched");
    case InvoiceState::DifferencePending: return QStringLiteral("difference_pending");
    case InvoiceState::DifferenceApproved: return QStringLiteral("difference_approved");
    case InvoiceState::DifferenceRejected: return QStringLiteral("difference_rejected");
    }
    return {};
}

std::optional<InvoiceState> invoiceStateFromKey(const QString &key)
{
    for (auto s : {InvoiceState::Matched, InvoiceState::DifferencePending, InvoiceState::DifferenceApproved,
                   InvoiceState::DifferenceRejected})
        if (invoiceStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString invoiceStateTitle(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Matched: return QCoreApplication::translate("SupplierInvoice", "Matched");
    case InvoiceState::DifferencePending:
        return QCoreApplication::translate("SupplierInvoice", "Difference waiting for approval");
    case InvoiceState::DifferenceApproved: return QCoreApplication::translate("SupplierInvoice", "Difference approved");
    case InvoiceState::DifferenceRejected: return QCoreApplication::translate("SupplierInvoice", "Difference rejected");
    }
    return {};
}

qint64 invoiceTotalFen(const QList<InvoiceLine> &lines)
{
    qint64 total = 0;
    for (const InvoiceLine &l : lines)
        total += l.amountFen;
    return total;
}

Status InvoiceRules::check(const PurchaseOrder &order, const QHash<qint64, qint64> &invoiced, const QString &number,
                           const QList<InvoiceLine> &lines)
{
    if (number.trimmed().isEmpty())
        return fail(tr("Give the invoice number."));
    if (lines.isEmpty())
        return fail(tr("An invoice has at least one line."));
    bool fullyInvoiced = true;
    for (const PurchaseLine &l : order.lines)
        fullyInvoiced = fullyInvoiced && invoiced.value(l.id) >= l.quantity;
    if (fullyInvoiced)
        return fail(tr("%1 is already invoiced in full.").arg(order.number()));
    QSet<qint64> seen;
    for (const InvoiceLine &l : lines) {
        const auto on = std::find_if(order.lines.cbegin(), order.lines.cend(),
                                     [&](const PurchaseLine &o) { return o.id == l.orderLineId; });
        if (on == order.lines.cend())
            return fail(tr("The invoice names a line that is not on %1.").arg(order.number()));
        if (seen.contains(l.orderLineId))
            return fail(tr("%1 is named twice on the invoice.").arg(on->itemName));
        seen.insert(l.orderLineId);
        if (l.quantity <= 0 || l.quantity > StockRules::kMaxQuantity)
            return fail(tr("%1: the invoiced quantity must be a whole number from 1 to %2.")
                            .arg(on->itemName)
                            .arg(StockRules::kMaxQuantity));
        if (l.amountFen < 0 || l.amountFen > StockRules::kMaxQuantity * StockRules::kMaxUnitFen)
            return fail(tr("%1: %2 is not an amount an invoice line can carry.")
                            .arg(on->itemName, Money::fromFen(l.amountFen).toString()));
    }
    if (invoiceTotalFen(lines) <= 0) // RULE SUP-04: a voucher pays an amount above zero
        return fail(tr("The invoice asks for nothing: give its amounts."));
    return success();
}

InvoiceMatch InvoiceRules::match(const PurchaseOrder &order, const QHash<qint64, qint64> &invoiced,
                                 const QList<InvoiceLine> &lines, qint64 toleranceFen)
{
    InvoiceMatch m;
    for (const InvoiceLine &l : lines) {
        const auto on = std::find_if(order.lines.cbegin(), order.lines.cend(),
                                     [&](const PurchaseLine &o) { return o.id == l.orderLineId; });
        if (on == order.lines.cend())
            continue;
        const qint64 open = on->receivedQuantity - invoiced.value(on->id);
        if (l.quantity > open)
            m.differences.append(tr("%1: invoiced %2 %3, arrived and not yet invoiced %4.")
                                     .arg(on->itemName)
                                     .arg(l.quantity)
                                     .arg(on->unit)
                                     .arg(qMax<qint64>(open, 0)));
        m.expectedFen += l.quantity * on->unitFen;
        m.invoicedFen += l.amountFen;
    }
    if (qAbs(m.invoicedFen - m.expectedFen) > toleranceFen)
        m.differences.append(tr("The invoice asks for %1; the order's prices give %2 (tolerance %3).")
                                 .arg(Money::fromFen(m.invoicedFen).toString(),
                                      Money::fromFen(m.expectedFen).toString(),
                                      Money::fromFen(toleranceFen).toString()));
    return m;
}

QHash<qint64, qint64> InvoiceRules::invoiced(const QList<SupplierInvoice> &invoices)
{
    QHash<qint64, qint64> by;
    for (const SupplierInvoice &i : invoices)
        if (i.counts())
            for (const InvoiceLine &l : i.lines)
                by[l.orderLineId] += l.quantity;
    return by;
}

} // namespace shopdesk
