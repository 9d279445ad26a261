#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/Purchasing.h"
#include "domain/ReorderRules.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

struct NewPurchaseRequest
{
    QString reason;
    QList<PurchaseLine> lines; // item, quantity, estimated unit price
};

struct NewPurchaseOrder
{
    qint64 requestId = 0;
    QList<Quote> quotes; // SUP-03: the quotes considered
    int chosen = 0; // the quote ordered from
    QString choiceReason; // needed when it is not the cheapest
    QDate deliveryDate; // SUP-02: the agreed delivery
    QHash<qint64, qint64> unitFenByItem; // the agreed prices; an item not named keeps its estimate
};

// The office's one purchasing desk (SUP-01): every purchase is a request approved by the
// supervising manager (SUP-02, through the approvals engine), then one order with the quotes
// considered (SUP-03); deliveries against the order are booked in the stock ledger, partial
// ones allowed, never more than ordered.
class PurchaseDesk
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseDesk)
public:
    static inline const QString RequestTypeId = QStringLiteral("supplies.purchase");
    static const ApprovalType &requestType();
    // RULE FIN-01: the budget category purchase requests commit against (per department and year).
    static inline const QString BudgetCategorySetting = QStringLiteral("supplies.budget_category");
    static inline const QString kDefaultBudgetCategory = QStringLiteral("办公用品");
    // The budget year a request made now falls in: the office's year, Beijing time.
    static int budgetYear(const Clock &clock);

    PurchaseDesk(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> request(const Actor &actor, const NewPurchaseRequest &request);
    // RULE SUP-02: the reorder suggestions as request lines, at each item's expected unit cost.
    static QList<PurchaseLine> linesFor(const QList<ReorderSuggestion> &suggestions);
    Result<qint64> order(const Actor &actor, const NewPurchaseOrder &order);
    // Books what arrived (quantities per order line id); returns how many units were booked.
    Result<qint64> receive(const Actor &actor, qint64 orderId, const QHash<qint64, qint64> &quantities);

    Result<QList<PurchaseRequest>> requests(const Actor &actor, int limit = 500) const;
    Result<QList<PurchaseOrder>> orders(const Actor &actor, bool onlyOpen, int limit = 500) const;
    Result<PurchaseOrder> orderById(const Actor &actor, qint64 id) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
