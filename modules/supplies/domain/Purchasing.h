#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// Where a purchase request stands (SUP-01, SUP-02): approved by the supervising manager, then
// turned into one order.
enum class PurchaseRequestState { PendingApproval, Approved, Rejected, Ordered };
QString purchaseRequestStateKey(PurchaseRequestState state);
std::optional<PurchaseRequestState> purchaseRequestStateFromKey(const QString &key);
QString purchaseRequestStateTitle(PurchaseRequestState state); // translated

// An order is open until everything ordered has arrived (partial deliveries allowed).
enum class PurchaseOrderState { Open, Received };
QString purchaseOrderStateKey(PurchaseOrderState state);
std::optional<PurchaseOrderState> purchaseOrderStateFromKey(const QString &key);
QString purchaseOrderStateTitle(PurchaseOrderState state); // translated

struct PurchaseLine
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemCode;
    QString itemName;
    QString unit;
    qint64 quantity = 0;
    qint64 unitFen = 0; // estimated on a request, agreed on an order
    qint64 receivedQuantity = 0; // orders only

    qint64 amountFen() const { return quantity * unitFen; }
    qint64 outstanding() const { return quantity - receivedQuantity; }
};

struct PurchaseRequest
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentName;
    qint64 requestedByUserId = 0;
    QString requestedByName;
    QDateTime requestedAt;
    QString reason;
    PurchaseRequestState state = PurchaseRequestState::PendingApproval;
    qint64 approvalId = 0;
    QList<PurchaseLine> lines;

    QString number() const { return QStringLiteral("PR-%1").arg(id, 6, 10, QLatin1Char('0')); }
    qint64 estimatedFen() const;
};

// A supplier's price for the whole order, as considered (SUP-03).
struct Quote
{
    qint64 supplierId = 0;
    QString supplierName;
    qint64 totalFen = 0;
};

struct PurchaseOrder
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 supplierId = 0;
    QString supplierName;
    QDate deliveryDate;
    QString choiceReason; // SUP-03: why not the cheapest quote
    PurchaseOrderState state = PurchaseOrderState::Open;
    QList<PurchaseLine> lines;
    QList<Quote> quotes;

    static QString numberOf(qint64 id) { return QStringLiteral("PO-%1").arg(id, 6, 10, QLatin1Char('0')); }
    QString number() const { return numberOf(id); }
    qint64 totalFen() const;
    bool fullyReceived() const;
};

// RULE SUP-01..03: the checks of purchasing. Pure.
class PurchaseRules
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseRules)
public:
    // A request or order has at least one line, each item once, a quantity above zero and a
    // price that is not negative.
    static Status checkLines(const QList<PurchaseLine> &lines);
    // RULE SUP-03: buy at least cost. Choosing a quote dearer than the cheapest needs a reason.
    static Status checkChoice(const QList<Quote> &quotes, int chosen, const QString &reason);
    // RULE SUP-03: the agreed prices add up to no more than the quote ordered from, so that the
    // cheapest quote cannot be chosen and dearer prices typed.
    static Status checkAgainstQuote(const QList<PurchaseLine> &lines, const Quote &chosen);
    // A delivery against `order`: quantities per order line id; none above what is outstanding,
    // none on an order that has arrived whole.
    static Status checkReceipt(const PurchaseOrder &order, const QHash<qint64, qint64> &quantities);
};

} // namespace shopdesk
