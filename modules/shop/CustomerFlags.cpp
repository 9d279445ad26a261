#include "CustomerFlags.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/CustomerServiceRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

namespace {
QJsonObject auditContent(const CustomerFlag &f)
{
    return {{QStringLiteral("customer"), f.customer.trimmed()},
            {QStringLiteral("phone"), CustomerFlagRules::phoneKey(f.phone)},
            {QStringLiteral("order_id"), f.orderId},
            {QStringLiteral("evidence"), f.evidence.trimmed()},
            {QStringLiteral("state"), flagStateKey(f.state)},
            {QStringLiteral("note"), f.decisionNote.trimmed()}};
}
} // namespace

Result<qint64> CustomerFlags::propose(const Actor &actor, const CustomerFlag &flag)
{
    if (Status s = Permissions::require(actor, ShopAction::Service); !s)
        return s.failure();
    if (const QString problem = CustomerFlagRules::problem(flag); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<qint64> {
        auto id = CustomerServiceRepository(m_db).addFlag(flag, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.flag.propose"), QStringLiteral("customer_flags"),
                                   QString::number(*id), {}, auditContent(flag));
            !s)
            return s.failure();
        return id;
    });
}

Status CustomerFlags::decide(const Actor &actor, qint64 flagId, bool confirm, const QString &note)
{
    // RULE CS-03: the service supervisor confirms.
    if (Status s = Permissions::require(actor, ShopAction::Service); !s)
        return s;
    if (!actor.roles.contains(Role::ServiceSupervisor))
        return fail(tr("Only the service supervisor confirms or rejects a flag (CS-03)."));
    if (!confirm && note.trimmed().isEmpty())
        return fail(tr("Say why the flag is rejected."));
    return m_db.write([&]() -> Status {
        CustomerServiceRepository repo(m_db);
        auto stored = repo.flag(flagId);
        if (!stored)
            return stored.failure();
        if (!*stored)
            return fail(tr("The flag is no longer there."));
        const CustomerFlag before = **stored;
        if (before.proposedByUserId == actor.userId)
            return fail(tr("A flag is decided by someone other than who proposed it (CS-03)."));
        auto decided = repo.decideFlag(flagId, confirm ? FlagState::Confirmed : FlagState::Rejected, actor.userId,
                                       toStoredInstant(m_clock.nowUtc()), note);
        if (!decided)
            return decided.failure();
        if (!*decided)
            return conflict(tr("The flag was decided from another PC meanwhile."));
        CustomerFlag after = before;
        after.state = confirm ? FlagState::Confirmed : FlagState::Rejected;
        after.decisionNote = note;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.flag.decide"), QStringLiteral("customer_flags"),
                    QString::number(flagId), auditContent(before), auditContent(after));
    });
}

Result<QList<CustomerFlag>> CustomerFlags::flags(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return CustomerServiceRepository(m_db).flags(toStoredInstant(m_clock.nowUtc().addYears(-1)));
}

Result<QList<CustomerFlag>> CustomerFlags::onOrder(const Actor &actor, const QString &customer, const QString &phone,
                                                   const QDateTime &createdUtc) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    auto confirmed = CustomerServiceRepository(m_db).confirmedFor(customer, CustomerFlagRules::phoneKey(phone));
    if (!confirmed)
        return confirmed.failure();
    QList<CustomerFlag> shown;
    for (const CustomerFlag &f : std::as_const(*confirmed))
        if (CustomerFlagRules::showsOn(f, customer, phone, createdUtc))
            shown.append(f);
    return shown;
}

} // namespace shopdesk
