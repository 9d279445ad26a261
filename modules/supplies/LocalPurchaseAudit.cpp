#include "LocalPurchaseAudit.h"

#include "SuppliesActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/RequisitionRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<QList<LocalPurchase>> LocalPurchaseAudit::localPurchases(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    return RequisitionRepository(m_db).localPurchases(1000);
}

Status LocalPurchaseAudit::review(const Actor &actor, qint64 movementId, LocalPurchaseStatus outcome,
                                  const QString &note)
{
    if (Status s = Permissions::require(actor, SuppliesAction::MoveStock); !s)
        return s;
    if (outcome == LocalPurchaseStatus::Pending)
        return fail(tr("A review accepts the purchase or queries it."));
    if (outcome == LocalPurchaseStatus::Queried && note.trimmed().isEmpty())
        return fail(tr("Say what is queried about the purchase."));
    return m_db.write([&]() -> Status {
        RequisitionRepository repo(m_db);
        auto local = repo.isLocalPurchase(movementId);
        if (!local)
            return local.failure();
        if (!*local)
            return fail(tr("That ledger row is not a local purchase."));
        if (Status s =
                repo.addReview(movementId, outcome, note.trimmed(), actor.userId, toStoredInstant(m_clock.nowUtc()));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("supplies.local_purchase.review"), QStringLiteral("supply_movements"),
                    QString::number(movementId), {},
                    {{QStringLiteral("outcome"), localPurchaseStatusKey(outcome)},
                     {QStringLiteral("note"), note.trimmed()}});
    });
}

} // namespace shopdesk
