#include "PriceChanges.h"

#include "ShopActions.h"
#include "ShopRoles.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ProductRepository.h"
#include "data/ProductRequestRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

const ApprovalType &PriceChanges::type()
{
    static const ApprovalType type{
        TypeId,
        QT_TRANSLATE_NOOP("ApprovalType", "Price change"),
        // RULE PRD-01: the leader approves.
        [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DepartmentHead}; },
        {}, // approved, the web editor publishes it; refused, the price stays
        [](const ApprovalRequest &r) {
            const auto competitors =
                PriceRules::competitorsFromJson(r.payload.value(QStringLiteral("competitors")).toArray());
            const qint64 proposed = qint64(r.figures.value(QStringLiteral("proposed_fen")).toDouble());
            const CompetitorAnalysis a = PriceRules::analyse(competitors, proposed);
            return tr("%1 %2: %3 to %4. Competitors: %5 (lowest %6, average %7, highest %8). %9")
                .arg(r.payload.value(QStringLiteral("code")).toString(),
                     r.payload.value(QStringLiteral("title")).toString(),
                     Money::fromFen(qint64(r.figures.value(QStringLiteral("current_fen")).toDouble())).toString(),
                     Money::fromFen(proposed).toString(), PriceRules::competitorsText(competitors),
                     Money::fromFen(a.lowestFen).toString(), Money::fromFen(a.averageFen).toString(),
                     Money::fromFen(a.highestFen).toString(), r.payload.value(QStringLiteral("reason")).toString());
        }};
    return type;
}

Result<qint64> PriceChanges::ask(const Actor &actor, const PriceChange &given)
{
    // RULE PRD-01: the product manager proposes.
    if (Status s = requireShopRole(actor, ShopAction::Propose, Role::ProductManager); !s)
        return s.failure();
    return m_db.write([&]() -> Result<qint64> {
        auto product = ProductRepository(m_db).find(given.productId);
        if (!product)
            return product.failure();
        if (!*product)
            return fail(tr("The product no longer exists."));
        const Product &p = **product;
        PriceChange change = given;
        change.currentFen = p.priceFen;
        if (const QString problem = PriceRules::requestProblem(change); !problem.isEmpty())
            return fail(problem);
        ProductRequestRepository repo(m_db);
        // One price change of a SKU at a time: each is approved against the price it starts from.
        auto open = repo.priceChanges(true, p.id);
        if (!open)
            return open.failure();
        if (!open->isEmpty())
            return fail(
                tr("%1 has a price change on its way already (asked by %2, %3).")
                    .arg(p.code, open->first().requestedBy, productRequestStateTitle(open->first().state()).toLower()));
        const QString at = toStoredInstant(m_clock.nowUtc());
        auto id = repo.addPriceChange(change, actor.userId, at);
        if (!id)
            return id;
        NewApproval n;
        n.type = TypeId;
        n.subjectModule = QStringLiteral("shop");
        n.subjectId = QString::number(*id);
        n.title =
            tr("Price of %1: %2 to %3")
                .arg(p.code, Money::fromFen(p.priceFen).toString(), Money::fromFen(change.proposedFen).toString());
        n.figures = {{QStringLiteral("current_fen"), p.priceFen}, {QStringLiteral("proposed_fen"), change.proposedFen}};
        n.payload = {{QStringLiteral("code"), p.code},
                     {QStringLiteral("title"), p.title},
                     {QStringLiteral("competitors"), PriceRules::competitorsJson(change.competitors)},
                     {QStringLiteral("reason"), change.reason.trimmed()}};
        auto approval = Approvals(m_db, m_clock).submitInTransaction(actor, n);
        if (!approval)
            return approval.failure();
        if (Status s = repo.setPriceChangeApproval(*id, *approval); !s)
            return s.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.price.ask"), QStringLiteral("price_changes"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("product"), p.code},
                                    {QStringLiteral("current_fen"), p.priceFen},
                                    {QStringLiteral("proposed_fen"), change.proposedFen},
                                    {QStringLiteral("competitors"), PriceRules::competitorsJson(change.competitors)}});
            !s)
            return s.failure();
        return id;
    });
}

Status PriceChanges::publish(const Actor &actor, qint64 changeId)
{
    // RULE PRD-01: the web editor publishes.
    if (Status s = requireShopRole(actor, ShopAction::Publish, Role::WebEditor); !s)
        return s;
    return m_db.write([&]() -> Status {
        ProductRequestRepository repo(m_db);
        auto change = repo.priceChange(changeId);
        if (!change)
            return change.failure();
        if (!*change)
            return fail(tr("The price change no longer exists."));
        const PriceChange &c = **change;
        if (c.state() != ProductRequestState::ToCarryOut)
            return fail(tr("The price change of %1 is %2: only an approved change is published (PRD-01).")
                            .arg(c.productCode, productRequestStateTitle(c.state()).toLower()));
        ProductRepository products(m_db);
        auto product = products.find(c.productId);
        if (!product)
            return product.failure();
        if (!*product)
            return fail(tr("The product no longer exists."));
        // RULE PRD-01: the leader approved a change from the price it had then.
        if ((*product)->priceFen != c.currentFen)
            return conflict(
                tr("The price of %1 is %2 now, not the %3 the leader approved the change from: ask for "
                   "a new price change.")
                    .arg(c.productCode, (*product)->price().toString(), Money::fromFen(c.currentFen).toString()));
        const QString at = toStoredInstant(m_clock.nowUtc());
        auto marked = repo.markPriceApplied(changeId, actor.userId, at);
        if (!marked)
            return marked.failure();
        if (!*marked)
            return conflict(tr("The price of %1 was published from another PC meanwhile.").arg(c.productCode));
        if (Status s = products.addPrice(c.productId, (*product)->priceFen, c.proposedFen, changeId, actor.userId, at);
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.price.publish"), QStringLiteral("products"),
                    QString::number(c.productId), {{QStringLiteral("price_fen"), (*product)->priceFen}},
                    {{QStringLiteral("price_fen"), c.proposedFen},
                     {QStringLiteral("price_change"), QString::number(changeId)}});
    });
}

Result<QList<PriceChange>> PriceChanges::changes(const Actor &actor, bool open, qint64 productId) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return ProductRequestRepository(m_db).priceChanges(open, productId);
}

} // namespace shopdesk
