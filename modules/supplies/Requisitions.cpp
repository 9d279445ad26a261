#include "Requisitions.h"

#include "StockLedger.h"
#include "SuppliesActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/RequisitionRepository.h"
#include "data/StockLedgerRepository.h"
#include "database/data/Database.h"
#include "users/data/UserRepository.h"

#include <QJsonArray>

namespace shopdesk {

namespace {
QJsonObject requisitionJson(const Requisition &r)
{
    QJsonArray lines;
    for (const RequisitionLine &l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("item_id"), l.itemId},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("issued"), l.issuedQuantity}});
    return {{QStringLiteral("department_id"), r.departmentId},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("state"), requisitionStateKey(r.state)},
            {QStringLiteral("lines"), lines}};
}
} // namespace

Result<QList<Custodian>> Requisitions::custodians(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    return RequisitionRepository(m_db).custodians();
}

Result<QList<QPair<qint64, QString>>> Requisitions::people(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::ManageItems); !s)
        return s.failure();
    auto users = UserRepository(m_db).list();
    if (!users)
        return users.failure();
    QList<QPair<qint64, QString>> list;
    for (const UserRecord &u : *users)
        if (!u.disabled)
            list.append({u.id, u.userName});
    return list;
}

Status Requisitions::nameCustodian(const Actor &actor, qint64 departmentId, qint64 userId)
{
    if (Status s = Permissions::require(actor, SuppliesAction::ManageItems); !s)
        return s;
    return m_db.write([&]() -> Status {
        RequisitionRepository repo(m_db);
        auto before = repo.custodianOf(departmentId);
        if (!before)
            return before.failure();
        auto user = UserRepository(m_db).findById(userId);
        if (!user)
            return user.failure();
        if (user->id == 0 || user->disabled)
            return fail(tr("Choose an active user as the custodian."));
        // RULE SUP-06: the custodian signs the department's requisitions, so must be allowed to.
        const Actor named{user->id,         user->userName, user->level, user->disabled,
                          user->employeeId, user->scopes,   user->roles, {}};
        if (!Permissions::can(named, SuppliesAction::Requisitions))
            return fail(tr("%1 may not sign requisitions: give them the office supplies area at clerk level first.")
                            .arg(user->userName));
        if (Status s = repo.setCustodian(departmentId, userId, actor.userId, toStoredInstant(m_clock.nowUtc())); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("supplies.custodian.name"), QStringLiteral("supply_custodians"),
                    QString::number(departmentId), {{QStringLiteral("user_id"), *before}},
                    {{QStringLiteral("user_id"), userId}});
    });
}

Result<qint64> Requisitions::request(const Actor &actor, qint64 departmentId, const QString &reason,
                                     const QList<RequisitionLine> &lines)
{
    if (Status s = Permissions::require(actor, SuppliesAction::Requisitions); !s)
        return s.failure();
    if (departmentId == 0)
        return fail(tr("Choose the department."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Say what the supplies are for."));
    if (Status s = RequisitionRules::checkLines(lines); !s)
        return s.failure();
    return m_db.write([&]() -> Result<qint64> {
        RequisitionRepository repo(m_db);
        auto custodian = repo.custodianOf(departmentId);
        if (!custodian)
            return custodian.failure();
        Requisition r;
        r.departmentId = departmentId;
        r.requestedByUserId = actor.userId;
        r.requestedAt = m_clock.nowUtc();
        r.reason = reason.trimmed();
        r.lines = lines;
        // The custodian filing it signs it by doing so.
        r.state = *custodian == actor.userId ? RequisitionState::Signed : RequisitionState::AwaitingCustodian;
        auto id = repo.add(r);
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("supplies.requisition.request"),
                                   QStringLiteral("supply_requisitions"), QString::number(*id), {}, requisitionJson(r));
            !s)
            return s.failure();
        return id;
    });
}

Status Requisitions::sign(const Actor &actor, qint64 requisitionId)
{
    if (Status s = Permissions::require(actor, SuppliesAction::Requisitions); !s)
        return s;
    return m_db.write([&]() -> Status {
        RequisitionRepository repo(m_db);
        auto found = repo.find(requisitionId);
        if (!found)
            return found.failure();
        if (!*found)
            return fail(tr("The requisition no longer exists."));
        auto custodian = repo.custodianOf((*found)->departmentId);
        if (!custodian)
            return custodian.failure();
        if (Status s = RequisitionRules::checkSigner(**found, *custodian, actor.userId); !s)
            return s;
        auto signedNow = repo.sign(requisitionId, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!signedNow)
            return signedNow.failure();
        if (!*signedNow)
            return conflict(tr("%1 was signed from another PC meanwhile.").arg((*found)->number()));
        Requisition after = **found;
        after.state = RequisitionState::Signed;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("supplies.requisition.sign"), QStringLiteral("supply_requisitions"),
                    QString::number(requisitionId), requisitionJson(**found), requisitionJson(after));
    });
}

Result<qint64> Requisitions::fill(const Actor &actor, qint64 requisitionId)
{
    if (Status s = Permissions::require(actor, SuppliesAction::MoveStock); !s)
        return s.failure();
    return m_db.write([&]() -> Result<qint64> {
        RequisitionRepository repo(m_db);
        auto found = repo.find(requisitionId);
        if (!found)
            return found.failure();
        if (!*found)
            return fail(tr("The requisition no longer exists."));
        Requisition r = **found;
        // RULE SUP-06: nothing leaves the shelf before the custodian signed.
        if (r.state != RequisitionState::Signed)
            return fail(tr("%1 is %2: only a requisition signed by the custodian is filled.")
                            .arg(r.number(), requisitionStateTitle(r.state)));
        QHash<qint64, qint64> onHand;
        StockLedgerRepository ledger(m_db);
        for (const RequisitionLine &l : r.lines) {
            auto position = ledger.position(l.itemId);
            if (!position)
                return position.failure();
            onHand.insert(l.itemId, position->onHand);
        }
        const QHash<qint64, qint64> issue = RequisitionRules::fill(r.lines, onHand);
        if (issue.isEmpty())
            return fail(tr("None of the items on %1 is on hand.").arg(r.number()));
        qint64 units = 0;
        for (RequisitionLine &l : r.lines) {
            l.issuedQuantity = issue.value(l.id);
            if (l.issuedQuantity == 0)
                continue;
            MovementRequest m;
            m.kind = MovementKind::Issue;
            m.quantity = l.issuedQuantity;
            m.departmentId = r.departmentId;
            m.reason = r.reason;
            m.reference = r.number();
            auto booked = StockLedger::appendInTransaction(m_db, m_clock, actor, l.itemId, m);
            if (!booked)
                return booked.failure();
            units += l.issuedQuantity;
        }
        auto filled = repo.fill(r.id, issue, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!filled)
            return filled.failure();
        if (!*filled)
            return conflict(tr("%1 was filled from another PC meanwhile.").arg(r.number()));
        r.state = RequisitionState::Filled;
        if (Status s =
                AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("supplies.requisition.fill"), QStringLiteral("supply_requisitions"),
                            QString::number(r.id), requisitionJson(**found), requisitionJson(r));
            !s)
            return s.failure();
        return units;
    });
}

Result<QList<Requisition>> Requisitions::requisitions(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    return RequisitionRepository(m_db).list(500);
}

} // namespace shopdesk
