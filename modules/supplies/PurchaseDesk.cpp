#include "PurchaseDesk.h"

#include "StockLedger.h"
#include "SuppliesActions.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/PurchaseRepository.h"
#include "database/data/Database.h"
#include "ledgers/Budgets.h"
#include "organisation/data/OrgRepository.h"
#include "settings/data/SettingsStore.h"

#include <QJsonArray>

namespace shopdesk {

namespace {
QJsonObject requestJson(const PurchaseRequest &r)
{
    QJsonArray lines;
    for (const PurchaseLine &l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("item_id"), l.itemId},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_fen"), l.unitFen}});
    return {{QStringLiteral("reason"), r.reason},
            {QStringLiteral("state"), purchaseRequestStateKey(r.state)},
            {QStringLiteral("lines"), lines}};
}

Status decide(const OutcomeContext &c, const ApprovalRequest &a, bool approved)
{
    PurchaseRepository repo(c.db);
    // By the subject, not the approval's id: a requester with nobody above is decided inside
    // submitInTransaction, before the id is stored with the request.
    auto found = repo.request(a.subjectId.toLongLong());
    if (!found)
        return found.failure();
    if (!*found)
        return fail(PurchaseDesk::tr("The purchase request of this approval no longer exists."));
    const PurchaseRequestState to = approved ? PurchaseRequestState::Approved : PurchaseRequestState::Rejected;
    auto moved = repo.moveRequest((*found)->id, PurchaseRequestState::PendingApproval, to);
    if (!moved)
        return moved.failure();
    if (!*moved)
        return fail(PurchaseDesk::tr("%1 was decided meanwhile.").arg((*found)->number()));
    PurchaseRequest after = **found;
    after.state = to;
    return AuditTrail(c.db, c.clock)
        .record(c.decider, QStringLiteral("supplies.purchase.decided"), QStringLiteral("purchase_requests"),
                QString::number(after.id), requestJson(**found), requestJson(after));
}

QString describe(const ApprovalRequest &a)
{
    return PurchaseDesk::tr("%1 for %2: %3")
        .arg(a.payload.value(QStringLiteral("number")).toString(),
             Money::fromFen(a.payload.value(QStringLiteral("estimated_fen")).toInteger()).toString(),
             a.payload.value(QStringLiteral("reason")).toString());
}

} // namespace

const ApprovalType &PurchaseDesk::requestType()
{
    // RULE SUP-02: a written request approved by the supervising manager (the office's head);
    // RULE FIN-01: one that would go over its budget line also by the general manager.
    static const ApprovalType t{RequestTypeId, QT_TRANSLATE_NOOP("ApprovalType", "Office supplies purchase"),
                                [](const QJsonObject &figures) {
                                    QList<ApproverKind> kinds{ApproverKind::DepartmentHead};
                                    if (Budgets::overBudget(figures))
                                        kinds.append(ApproverKind::GeneralManager);
                                    return kinds;
                                },
                                &decide, &describe};
    return t;
}

int PurchaseDesk::budgetYear(const Clock &clock)
{
    return clock.nowUtc().addSecs(8 * 3600).date().year();
}

QList<PurchaseLine> PurchaseDesk::linesFor(const QList<ReorderSuggestion> &suggestions)
{
    QList<PurchaseLine> lines;
    for (const ReorderSuggestion &s : suggestions)
        lines.append(
            {0, s.item.id, s.item.code, s.item.name, s.item.unit, s.quantity, s.item.expectedUnitCost().fen(), 0});
    return lines;
}

Result<qint64> PurchaseDesk::request(const Actor &actor, const NewPurchaseRequest &n)
{
    if (Status s = Permissions::require(actor, SuppliesAction::Purchase); !s)
        return s.failure();
    if (n.reason.trimmed().isEmpty())
        return fail(tr("Say what the purchase is for."));
    if (Status s = PurchaseRules::checkLines(n.lines); !s)
        return s.failure();
    auto person = OrgRepository(m_db).employee(actor.employeeId);
    if (!person)
        return person.failure();
    return m_db.write([&]() -> Result<qint64> {
        PurchaseRequest r;
        r.departmentId = person->departmentId;
        r.requestedByUserId = actor.userId;
        r.requestedAt = m_clock.nowUtc();
        r.reason = n.reason.trimmed();
        r.lines = n.lines;
        auto id = PurchaseRepository(m_db).addRequest(r);
        if (!id)
            return id;
        r.id = *id;
        // RULE FIN-01: the department's budget line for office supplies, where finance keeps one.
        Budgets budgets(m_db, m_clock);
        const int year = budgetYear(m_clock);
        const QString category = SettingsStore(m_db).value(BudgetCategorySetting, kDefaultBudgetCategory);
        auto budget = budgets.check(year, r.departmentId, category, r.estimatedFen());
        if (!budget)
            return budget.failure();
        NewApproval approval;
        approval.type = RequestTypeId;
        approval.subjectModule = QStringLiteral("supplies");
        approval.subjectId = QString::number(r.id);
        approval.title =
            tr("Purchase %1: %2 (%3)").arg(r.number(), r.reason, Money::fromFen(r.estimatedFen()).toString());
        approval.figures = {{QStringLiteral("estimated_fen"), r.estimatedFen()}};
        Budgets::addFigures(approval.figures, *budget);
        approval.payload = {{QStringLiteral("number"), r.number()},
                            {QStringLiteral("reason"), r.reason},
                            {QStringLiteral("estimated_fen"), r.estimatedFen()}};
        auto approvalId = Approvals(m_db, m_clock).submitInTransaction(actor, approval);
        if (!approvalId)
            return approvalId;
        if (Status s = PurchaseRepository(m_db).setRequestApproval(r.id, *approvalId); !s)
            return s.failure();
        if (Status s = budgets.commit(actor, *budget, QStringLiteral("supplies"),
                                      QStringLiteral("purchase_request:%1").arg(r.id), *approvalId);
            !s)
            return s.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("supplies.purchase.request"),
                                   QStringLiteral("purchase_requests"), QString::number(r.id), {}, requestJson(r));
            !s)
            return s.failure();
        return r.id;
    });
}

Result<qint64> PurchaseDesk::order(const Actor &actor, const NewPurchaseOrder &n)
{
    if (Status s = Permissions::require(actor, SuppliesAction::Purchase); !s)
        return s.failure();
    if (Status s = PurchaseRules::checkChoice(n.quotes, n.chosen, n.choiceReason); !s)
        return s.failure();
    if (!n.deliveryDate.isValid() || n.deliveryDate < m_clock.nowUtc().date())
        return fail(tr("Give the delivery date agreed with the supplier (today or later)."));
    return m_db.write([&]() -> Result<qint64> {
        PurchaseRepository repo(m_db);
        auto request = repo.request(n.requestId);
        if (!request)
            return request.failure();
        if (!*request)
            return fail(tr("The purchase request no longer exists."));
        if ((*request)->state != PurchaseRequestState::Approved)
            return fail(tr("%1 is %2: only an approved request becomes an order.")
                            .arg((*request)->number(), purchaseRequestStateTitle((*request)->state)));
        PurchaseOrder o;
        o.requestId = n.requestId;
        o.supplierId = n.quotes.at(n.chosen).supplierId;
        o.deliveryDate = n.deliveryDate;
        o.choiceReason = n.choiceReason.trimmed();
        o.quotes = n.quotes;
        o.lines = (*request)->lines;
        for (PurchaseLine &l : o.lines)
            l.unitFen = n.unitFenByItem.value(l.itemId, l.unitFen);
        if (Status s = PurchaseRules::checkLines(o.lines); !s)
            return s.failure();
        if (Status s = PurchaseRules::checkAgainstQuote(o.lines, n.quotes.at(n.chosen)); !s)
            return s.failure();
        auto moved = repo.moveRequest(n.requestId, PurchaseRequestState::Approved, PurchaseRequestState::Ordered);
        if (!moved)
            return moved.failure();
        if (!*moved)
            return conflict(tr("%1 was ordered from another PC meanwhile.").arg((*request)->number()));
        auto id = repo.addOrder(o, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        QJsonArray quotes;
        for (const Quote &q : o.quotes)
            quotes.append(
                QJsonObject{{QStringLiteral("supplier_id"), q.supplierId}, {QStringLiteral("total_fen"), q.totalFen}});
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("supplies.purchase.order"), QStringLiteral("purchase_orders"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("request_id"), o.requestId},
                                    {QStringLiteral("supplier_id"), o.supplierId},
                                    {QStringLiteral("delivery_date"), o.deliveryDate.toString(Qt::ISODate)},
                                    {QStringLiteral("choice_reason"), o.choiceReason},
                                    {QStringLiteral("quotes"), quotes}});
            !s)
            return s.failure();
        return id;
    });
}

Result<qint64> PurchaseDesk::receive(const Actor &actor, qint64 orderId, const QHash<qint64, qint64> &quantities)
{
    if (Status s = Permissions::require(actor, SuppliesAction::MoveStock); !s)
        return s.failure();
    return m_db.write([&]() -> Result<qint64> {
        PurchaseRepository repo(m_db);
        auto order = repo.order(orderId);
        if (!order)
            return order.failure();
        if (!*order)
            return fail(tr("The purchase order no longer exists."));
        PurchaseOrder o = **order;
        if (Status s = PurchaseRules::checkReceipt(o, quantities); !s)
            return s.failure();
        qint64 booked = 0;
        for (PurchaseLine &line : o.lines) {
            const qint64 quantity = quantities.value(line.id);
            if (quantity == 0)
                continue;
            auto added = repo.addReceived(line.id, quantity);
            if (!added)
                return added.failure();
            if (!*added)
                return conflict(tr("%1 was received on another PC meanwhile; open the order again.").arg(o.number()));
            const MovementRequest receipt{MovementKind::Receipt,
                                          quantity,
                                          Money::fromFen(line.unitFen),
                                          0,
                                          tr("Delivery from %1").arg(o.supplierName),
                                          o.number()};
            if (auto id = StockLedger::appendInTransaction(m_db, m_clock, actor, line.itemId, receipt); !id)
                return id.failure();
            line.receivedQuantity += quantity;
            booked += quantity;
        }
        if (o.fullyReceived())
            if (Status s = repo.setOrderState(o.id, PurchaseOrderState::Received); !s)
                return s.failure();
        return booked;
    });
}

Result<QList<PurchaseRequest>> PurchaseDesk::requests(const Actor &actor, int limit) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    return PurchaseRepository(m_db).requests(limit);
}

Result<QList<PurchaseOrder>> PurchaseDesk::orders(const Actor &actor, bool onlyOpen, int limit) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    return PurchaseRepository(m_db).orders(onlyOpen, limit);
}

Result<PurchaseOrder> PurchaseDesk::orderById(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    auto found = PurchaseRepository(m_db).order(id);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The purchase order no longer exists."));
    return **found;
}

} // namespace shopdesk
