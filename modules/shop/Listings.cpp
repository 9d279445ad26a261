#include "Listings.h"

#include "ShopActions.h"
#include "ShopRoles.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ProductRepository.h"
#include "data/ProductRequestRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

const ApprovalType &Listings::type()
{
    static const ApprovalType type{
        TypeId,
        QT_TRANSLATE_NOOP("ApprovalType", "Listing change"),
        // RULE PRD-02: the leader approves.
        [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DepartmentHead}; },
        {}, // approved, the web editor carries it out
        [](const ApprovalRequest &r) {
            const auto kind = listingKindFromKey(r.payload.value(QStringLiteral("kind")).toString());
            return tr("%1: %2 %3. %4")
                .arg(listingKindTitle(kind.value_or(ListingKind::List)),
                     r.payload.value(QStringLiteral("code")).toString(),
                     r.payload.value(QStringLiteral("title")).toString(),
                     r.payload.value(QStringLiteral("reason")).toString());
        }};
    return type;
}

Result<qint64> Listings::ask(const Actor &actor, qint64 productId, ListingKind kind, const QString &reason)
{
    // RULE PRD-02: the product manager proposes.
    if (Status s = requireShopRole(actor, ShopAction::Propose, Role::ProductManager); !s)
        return s.failure();
    return m_db.write([&]() -> Result<qint64> {
        auto product = ProductRepository(m_db).find(productId);
        if (!product)
            return product.failure();
        if (!*product)
            return fail(tr("The product no longer exists."));
        const Product &p = **product;
        if (const QString problem = ListingRules::requestProblem(kind, p.status, reason); !problem.isEmpty())
            return fail(tr("%1: %2").arg(p.code, problem));
        ProductRequestRepository repo(m_db);
        auto open = repo.listingChanges(true, productId);
        if (!open)
            return open.failure();
        if (!open->isEmpty())
            return fail(
                tr("%1 has a listing change waiting already (asked by %2).").arg(p.code, open->first().requestedBy));
        ListingChange change;
        change.productId = productId;
        change.kind = kind;
        change.reason = reason.trimmed();
        auto id = repo.addListingChange(change, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        NewApproval n;
        n.type = TypeId;
        n.subjectModule = QStringLiteral("shop");
        n.subjectId = QString::number(*id);
        n.title = tr("%1: %2").arg(listingKindTitle(kind), p.code);
        n.payload = {{QStringLiteral("code"), p.code},
                     {QStringLiteral("title"), p.title},
                     {QStringLiteral("kind"), listingKindKey(kind)},
                     {QStringLiteral("reason"), change.reason}};
        auto approval = Approvals(m_db, m_clock).submitInTransaction(actor, n);
        if (!approval)
            return approval.failure();
        if (Status s = repo.setListingApproval(*id, *approval); !s)
            return s.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.listing.ask"), QStringLiteral("listing_changes"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("product"), p.code},
                                    {QStringLiteral("kind"), listingKindKey(kind)},
                                    {QStringLiteral("reason"), change.reason}});
            !s)
            return s.failure();
        return id;
    });
}

Status Listings::carryOut(const Actor &actor, qint64 changeId)
{
    // RULE PRD-02: the web editor carries it out.
    if (Status s = requireShopRole(actor, ShopAction::Publish, Role::WebEditor); !s)
        return s;
    return m_db.write([&]() -> Status {
        ProductRequestRepository repo(m_db);
        auto change = repo.listingChange(changeId);
        if (!change)
            return change.failure();
        if (!*change)
            return fail(tr("The listing change no longer exists."));
        const ListingChange &c = **change;
        if (c.state() != ProductRequestState::ToCarryOut)
            return fail(
                tr("%1 of %2 is %3: only an approved change is carried out (PRD-02).")
                    .arg(listingKindTitle(c.kind), c.productCode, productRequestStateTitle(c.state()).toLower()));
        ProductRepository products(m_db);
        auto product = products.find(c.productId);
        if (!product)
            return product.failure();
        if (!*product)
            return fail(tr("The product no longer exists."));
        if (const QString problem =
                ListingRules::carryOutProblem(c.kind, (*product)->status, (*product)->onHand, (*product)->priceFen);
            !problem.isEmpty())
            return fail(tr("%1: %2").arg(c.productCode, problem));
        auto marked = repo.markListingDone(changeId, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!marked)
            return marked.failure();
        if (!*marked)
            return conflict(
                tr("%1 of %2 was carried out from another PC meanwhile.").arg(listingKindTitle(c.kind), c.productCode));
        const ProductStatus after = ListingRules::statusAfter(c.kind);
        // Off sale already (stock reached zero meanwhile): closed, the status as it is.
        if (!ListingRules::alreadyDone(c.kind, (*product)->status))
            if (Status s = products.setStatus(c.productId, after); !s)
                return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.listing.carry_out"), QStringLiteral("products"),
                    QString::number(c.productId), {{QStringLiteral("status"), productStatusKey((*product)->status)}},
                    {{QStringLiteral("status"), productStatusKey(after)},
                     {QStringLiteral("listing_change"), QString::number(changeId)}});
    });
}

Result<QList<ListingChange>> Listings::changes(const Actor &actor, bool open, qint64 productId) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return ProductRequestRepository(m_db).listingChanges(open, productId);
}

} // namespace shopdesk
