#pragma once

#include "common/Result.h"
#include "domain/Purchasing.h"
#include "ledgers/domain/PaymentVoucher.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>

namespace shopdesk {

// RULE SUP-04: a matched invoice goes to payment at once; one with a difference waits for the
// supervisor and the department manager, who approve or reject the difference.
enum class InvoiceState { Matched, DifferencePending, DifferenceApproved, DifferenceRejected };
QString invoiceStateKey(InvoiceState state);
std::optional<InvoiceState> invoiceStateFromKey(const QString &key);
QString invoiceStateTitle(InvoiceState state); // translated

struct InvoiceLine
{
    qint64 orderLineId = 0;
    qint64 quantity = 0;
    qint64 amountFen = 0; // what the invoice asks for this line
};

// What invoice lines ask for together.
qint64 invoiceTotalFen(const QList<InvoiceLine> &lines);

struct SupplierInvoice
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString supplierName;
    QString invoiceNumber;
    QDate invoiceDate;
    InvoiceState state = InvoiceState::Matched;
    QString differences;
    qint64 approvalId = 0;
    qint64 voucherId = 0;
    std::optional<VoucherState> voucherState; // none before a voucher is issued
    QList<InvoiceLine> lines;

    qint64 totalFen() const { return invoiceTotalFen(lines); }
    QString orderNumber() const { return PurchaseOrder::numberOf(orderId); }
    // The differences on one line, for a table cell.
    QString differencesInOneLine() const
    {
        return QString(differences).replace(QLatin1Char('\n'), QStringLiteral("; "));
    }
    // A rejected (or withdrawn) difference, or a refused voucher, was never owed, so it does not
    // count as invoiced and a corrected invoice may take its place.
    bool counts() const { return state != InvoiceState::DifferenceRejected && voucherState != VoucherState::Rejected; }
};

// The outcome of the three-way match: what did not match, in words for the approvers.
struct InvoiceMatch
{
    QStringList differences;
    qint64 expectedFen = 0; // the invoiced quantities at the order's prices
    qint64 invoicedFen = 0;
    bool matched() const { return differences.isEmpty(); }
};

// RULE SUP-04: three-way match of order, receipt and invoice. Pure.
class InvoiceRules
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRules)
public:
    // What makes an invoice unrecordable (nothing is written): no number, no lines, a line not on
    // the order or named twice, a quantity of zero or less, an amount below zero or above the
    // cap, a total of nothing, or an order already invoiced in full. `invoiced` is per order line what earlier
    // invoices that count already cover.
    static Status check(const PurchaseOrder &order, const QHash<qint64, qint64> &invoiced, const QString &number,
                        const QList<InvoiceLine> &lines);
    // The match: each line's quantity within what arrived and is not yet invoiced, and the total
    // within `toleranceFen` of those quantities at the order's agreed prices.
    static InvoiceMatch match(const PurchaseOrder &order, const QHash<qint64, qint64> &invoiced,
                              const QList<InvoiceLine> &lines, qint64 toleranceFen);
    // Per order line, the quantity that the invoices that count (SupplierInvoice::counts) cover.
    static QHash<qint64, qint64> invoiced(const QList<SupplierInvoice> &invoices);
};

} // namespace shopdesk
