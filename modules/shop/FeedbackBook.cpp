#include "FeedbackBook.h"

#include "OrderBook.h"
#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/CustomerServiceRepository.h"
#include "database/data/Database.h"
#include "domain/ShopTime.h"

namespace shopdesk {

namespace {
QJsonObject auditContent(const Feedback &f)
{
    return {{QStringLiteral("channel"), f.channel},
            {QStringLiteral("kind"), feedbackKindKey(f.kind)},
            {QStringLiteral("customer"), f.customer.trimmed()},
            {QStringLiteral("phone"), f.phone.trimmed()},
            {QStringLiteral("order_id"), f.orderId},
            {QStringLiteral("text"), f.text.trimmed()},
            {QStringLiteral("outcome"), f.outcome.trimmed()},
            {QStringLiteral("resolved"), f.resolved}};
}
} // namespace

Result<qint64> FeedbackBook::record(const Actor &actor, Feedback f, const QString &orderNumber)
{
    if (Status s = Permissions::require(actor, ShopAction::Service); !s)
        return s.failure();
    if (!orderNumber.trimmed().isEmpty()) {
        auto order = OrderBook(m_db, m_clock).byNumber(actor, orderNumber);
        if (!order)
            return order.failure();
        f.orderId = order->id;
        if (f.customer.trimmed().isEmpty())
            f.customer = order->customer;
        if (f.phone.trimmed().isEmpty())
            f.phone = order->phone;
    }
    if (const QString problem = FeedbackRules::problem(f); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<qint64> {
        auto id = CustomerServiceRepository(m_db).addFeedback(f, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.feedback.record"), QStringLiteral("customer_feedback"),
                                   QString::number(*id), {}, auditContent(f));
            !s)
            return s.failure();
        return id;
    });
}

Status FeedbackBook::setOutcome(const Actor &actor, qint64 feedbackId, const QString &outcome, bool resolved)
{
    if (Status s = Permissions::require(actor, ShopAction::Service); !s)
        return s;
    return m_db.write([&]() -> Status {
        CustomerServiceRepository repo(m_db);
        auto before = repo.feedback(feedbackId);
        if (!before)
            return before.failure();
        if (!*before)
            return fail(tr("The feedback is no longer there."));
        Feedback after = **before;
        after.outcome = outcome;
        after.resolved = resolved;
        if (const QString problem = FeedbackRules::problem(after); !problem.isEmpty())
            return fail(problem);
        auto changed = repo.setOutcome(feedbackId, outcome, resolved);
        if (!changed)
            return changed.failure();
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.feedback.outcome"), QStringLiteral("customer_feedback"),
                    QString::number(feedbackId), auditContent(**before), auditContent(after));
    });
}

Result<QList<Feedback>> FeedbackBook::between(const Actor &actor, const QDate &from, const QDate &to) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return CustomerServiceRepository(m_db).feedbackBetween(toStoredInstant(ShopTime::dayStart(from)),
                                                           toStoredInstant(ShopTime::dayStart(to.addDays(1))));
}

} // namespace shopdesk
