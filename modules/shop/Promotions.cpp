#include "Promotions.h"

#include "ShopActions.h"
#include "ShopRoles.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ProductRepository.h"
#include "data/PromotionRepository.h"
#include "database/data/Database.h"

#include <QJsonArray>

namespace shopdesk {

namespace {
QJsonObject auditContent(const Promotion &p)
{
    QJsonArray products;
    for (qint64 id : p.productIds)
        products.append(id);
    return {{QStringLiteral("title"), p.title},
            {QStringLiteral("starts_on"), p.startsOn.toString(Qt::ISODate)},
            {QStringLiteral("ends_on"), p.endsOn.toString(Qt::ISODate)},
            {QStringLiteral("products"), products},
            {QStringLiteral("kind"), promotionKindKey(p.kind)},
            {QStringLiteral("offer"), PromotionRules::offerText(p)}};
}
} // namespace

const ApprovalType &Promotions::type()
{
    static const ApprovalType type{
        TypeId,
        QT_TRANSLATE_NOOP("ApprovalType", "Promotion"),
        // RULE PRD-03: the leader approves.
        [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DepartmentHead}; },
        {}, // approved, the web editor publishes it
        [](const ApprovalRequest &r) {
            return tr("%1, %2 to %3: %4 on %5. %6")
                .arg(r.payload.value(QStringLiteral("title")).toString(),
                     r.payload.value(QStringLiteral("starts_on")).toString(),
                     r.payload.value(QStringLiteral("ends_on")).toString(),
                     r.payload.value(QStringLiteral("offer")).toString(),
                     r.payload.value(QStringLiteral("products")).toString(),
                     r.payload.value(QStringLiteral("idea")).toString());
        }};
    return type;
}

Status Promotions::refuseClashes(const Promotion &p)
{
    auto clashes = PromotionRepository(m_db).clashes(p.productIds, p.startsOn, p.endsOn, p.id);
    if (!clashes)
        return clashes.failure();
    if (clashes->isEmpty())
        return success();
    const PromotionClash &c = clashes->first();
    return fail(
        tr("%1 is in the promotion \"%2\" from %3 to %4 already: one product, one promotion at a time "
           "(PRD-03).")
            .arg(c.productCode, c.promotionTitle, c.startsOn.toString(Qt::ISODate), c.endsOn.toString(Qt::ISODate)));
}

Result<qint64> Promotions::propose(const Actor &actor, const Promotion &given)
{
    // RULE PRD-03: the planner proposes.
    if (Status s = requireShopRole(actor, ShopAction::Propose, Role::Planner); !s)
        return s.failure();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (const QString problem = PromotionRules::proposalProblem(given, today); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<qint64> {
        ProductRepository products(m_db);
        for (qint64 id : given.productIds) {
            auto product = products.find(id);
            if (!product)
                return product.failure();
            if (!*product)
                return fail(tr("A product of the promotion no longer exists."));
        }
        Promotion p = given;
        p.id = 0;
        if (Status s = refuseClashes(p); !s)
            return s.failure();
        auto id = PromotionRepository(m_db).add(p, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.promotion.propose"), QStringLiteral("promotions"),
                                   QString::number(*id), {}, auditContent(p));
            !s)
            return s.failure();
        return id;
    });
}

Status Promotions::specify(const Actor &actor, const Promotion &given)
{
    // RULE PRD-03: the product manager specifies.
    if (Status s = requireShopRole(actor, ShopAction::Propose, Role::ProductManager); !s)
        return s;
    return m_db.write([&]() -> Status {
        PromotionRepository repo(m_db);
        auto stored = repo.promotion(given.id);
        if (!stored)
            return stored.failure();
        if (!*stored)
            return fail(tr("The promotion no longer exists."));
        if ((*stored)->stage() != PromotionStage::Proposed)
            return fail(tr("\"%1\" is %2: only a proposal is specified.")
                            .arg((*stored)->title, promotionStageTitle((*stored)->stage()).toLower()));
        Promotion p = **stored;
        p.kind = given.kind;
        p.percentOff = given.percentOff;
        p.fixedPriceFen = given.fixedPriceFen;
        p.buyQuantity = given.buyQuantity;
        p.payQuantity = given.payQuantity;
        p.version = given.version;
        ProductRepository products(m_db);
        qint64 lowest = 0;
        QStringList codes;
        for (qint64 id : p.productIds) {
            auto product = products.find(id);
            if (!product)
                return product.failure();
            if (!*product)
                return fail(tr("A product of the promotion no longer exists."));
            lowest = codes.isEmpty() ? (*product)->priceFen : std::min(lowest, (*product)->priceFen);
            codes << (*product)->code;
        }
        if (const QString problem = PromotionRules::specificationProblem(p, lowest); !problem.isEmpty())
            return fail(problem);
        if (Status s = refuseClashes(p); !s)
            return s;
        const QString at = toStoredInstant(m_clock.nowUtc());
        auto specified = repo.specify(p, actor.userId, at);
        if (!specified)
            return specified.failure();
        if (!*specified)
            return conflict(tr("Someone else changed \"%1\" meanwhile; reload it and specify it again.").arg(p.title));
        NewApproval n;
        n.type = TypeId;
        n.subjectModule = QStringLiteral("shop");
        n.subjectId = QString::number(p.id);
        n.title = tr("Promotion \"%1\"").arg(p.title);
        n.payload = {{QStringLiteral("title"), p.title},
                     {QStringLiteral("starts_on"), p.startsOn.toString(Qt::ISODate)},
                     {QStringLiteral("ends_on"), p.endsOn.toString(Qt::ISODate)},
                     {QStringLiteral("offer"), PromotionRules::offerText(p)},
                     {QStringLiteral("products"), codes.join(QStringLiteral(", "))},
                     {QStringLiteral("idea"), p.idea}};
        auto approval = Approvals(m_db, m_clock).submitInTransaction(actor, n);
        if (!approval)
            return approval.failure();
        if (Status s = repo.setApproval(p.id, *approval); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.promotion.specify"), QStringLiteral("promotions"),
                    QString::number(p.id), auditContent(**stored), auditContent(p));
    });
}

Status Promotions::publish(const Actor &actor, qint64 promotionId)
{
    // RULE PRD-03: the web editor publishes.
    if (Status s = requireShopRole(actor, ShopAction::Publish, Role::WebEditor); !s)
        return s;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    return m_db.write([&]() -> Status {
        PromotionRepository repo(m_db);
        auto stored = repo.promotion(promotionId);
        if (!stored)
            return stored.failure();
        if (!*stored)
            return fail(tr("The promotion no longer exists."));
        const Promotion &p = **stored;
        if (p.stage() != PromotionStage::Approved)
            return fail(tr("\"%1\" is %2: only an approved promotion is published (PRD-03).")
                            .arg(p.title, promotionStageTitle(p.stage()).toLower()));
        if (p.endsOn < today)
            return fail(
                tr("\"%1\" ended on %2: it is not published any more.").arg(p.title, p.endsOn.toString(Qt::ISODate)));
        auto published = repo.markPublished(promotionId, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!published)
            return published.failure();
        if (!*published)
            return conflict(tr("\"%1\" was published or withdrawn from another PC meanwhile.").arg(p.title));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.promotion.publish"), QStringLiteral("promotions"),
                    QString::number(promotionId), {}, auditContent(p));
    });
}

Status Promotions::withdraw(const Actor &actor, qint64 promotionId)
{
    if (Status s = Permissions::require(actor, ShopAction::Propose); !s)
        return s;
    if (!actor.roles.contains(Role::Planner) && !actor.roles.contains(Role::ProductManager))
        return fail(tr("Only the planner or the product manager withdraws a promotion."));
    return m_db.write([&]() -> Status {
        PromotionRepository repo(m_db);
        auto stored = repo.promotion(promotionId);
        if (!stored)
            return stored.failure();
        if (!*stored)
            return fail(tr("The promotion no longer exists."));
        const Promotion &p = **stored;
        if (p.stage() != PromotionStage::Proposed && p.stage() != PromotionStage::Approved)
            return fail(p.stage() == PromotionStage::Specified
                            ? tr("\"%1\" is waiting for the leader: its request is withdrawn in Requests.").arg(p.title)
                            : tr("\"%1\" is %2: it cannot be withdrawn.")
                                  .arg(p.title, promotionStageTitle(p.stage()).toLower()));
        auto withdrawn = repo.markWithdrawn(promotionId, toStoredInstant(m_clock.nowUtc()));
        if (!withdrawn)
            return withdrawn.failure();
        if (!*withdrawn)
            return conflict(tr("\"%1\" was published or withdrawn from another PC meanwhile.").arg(p.title));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.promotion.withdraw"), QStringLiteral("promotions"),
                    QString::number(promotionId), auditContent(p), {});
    });
}

Result<Promotion> Promotions::promotion(const Actor &actor, qint64 promotionId) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    auto stored = PromotionRepository(m_db).promotion(promotionId);
    if (!stored)
        return stored.failure();
    if (!*stored)
        return fail(tr("The promotion no longer exists."));
    return **stored;
}

Result<QList<Promotion>> Promotions::during(const Actor &actor, const QDate &from, const QDate &to) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return PromotionRepository(m_db).during(from, to);
}

} // namespace shopdesk
