#include "data/CustomerServiceRepository.h"

#include "data/StoredInstants.h"
#include "database/data/Database.h"

#include <QMap>

namespace shopdesk {

namespace {
const QString kUserName = QStringLiteral("coalesce(nullif(%1.display_name, ''), %1.username, '')");
} // namespace

Result<qint64> CustomerServiceRepository::addFeedback(const Feedback &f, qint64 agentUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO customer_feedback(at, channel, kind, customer, phone, order_id, body, outcome, "
                           "resolved, agent_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {at, f.channel, feedbackKindKey(f.kind), f.customer.trimmed(), f.phone.trimmed(),
             Database::nullableId(f.orderId), f.text.trimmed(), f.outcome.trimmed(), f.resolved ? 1 : 0, agentUserId});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> CustomerServiceRepository::setOutcome(qint64 id, const QString &outcome, bool resolved)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("UPDATE customer_feedback SET outcome = ?, resolved = ? WHERE id = ?"),
            {outcome.trimmed(), resolved ? 1 : 0, id});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<Feedback>> CustomerServiceRepository::readFeedback(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT f.id, f.at, f.channel, f.kind, f.customer, f.phone, coalesce(f.order_id, 0), "
                           "coalesce(o.number, ''), f.body, f.outcome, f.resolved, %1 FROM customer_feedback f "
                           "JOIN users u ON u.id = f.agent_user_id LEFT JOIN orders o ON o.id = f.order_id ")
                    .arg(kUserName.arg(QLatin1Char('u')))
                + where,
            values);
        !s)
        return s.failure();
    QList<Feedback> list;
    while (q.next()) {
        Feedback f;
        f.id = q.value(0).toLongLong();
        f.at = fromStoredInstant(q.value(1).toString());
        f.channel = q.value(2).toString();
        f.kind = feedbackKindFromKey(q.value(3).toString()).value_or(FeedbackKind::Question);
        f.customer = q.value(4).toString();
        f.phone = q.value(5).toString();
        f.orderId = q.value(6).toLongLong();
        f.orderNumber = q.value(7).toString();
        f.text = q.value(8).toString();
        f.outcome = q.value(9).toString();
        f.resolved = q.value(10).toBool();
        f.agent = q.value(11).toString();
        list.append(f);
    }
    return list;
}

Result<std::optional<Feedback>> CustomerServiceRepository::feedback(qint64 id) const
{
    auto list = readFeedback(QStringLiteral("WHERE f.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<Feedback>() : std::optional<Feedback>(list->first());
}

Result<QList<Feedback>> CustomerServiceRepository::feedbackBetween(const QString &fromUtc, const QString &toUtc) const
{
    return readFeedback(QStringLiteral("WHERE f.at >= ? AND f.at < ? ORDER BY f.at DESC, f.id DESC"), {fromUtc, toUtc});
}

Result<qint64> CustomerServiceRepository::addFlag(const CustomerFlag &f, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO customer_flags(customer, phone, order_id, evidence, proposed_by_user_id, "
                           "proposed_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {f.customer.trimmed(), CustomerFlagRules::phoneKey(f.phone), Database::nullableId(f.orderId),
             f.evidence.trimmed(), byUserId, at});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> CustomerServiceRepository::decideFlag(qint64 id, FlagState state, qint64 byUserId, const QString &at,
                                                   const QString &note)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("UPDATE customer_flags SET state = ?, decided_by_user_id = ?, decided_at = ?, "
                           "decision_note = ? WHERE id = ? AND state = 'proposed'"),
            {flagStateKey(state), byUserId, at, note.trimmed(), id});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<CustomerFlag>> CustomerServiceRepository::readFlags(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral(
                "SELECT c.id, c.customer, c.phone, coalesce(c.order_id, 0), coalesce(o.number, ''), "
                "c.evidence, %1, c.proposed_at, c.state, %2, c.decided_at, c.decision_note, c.proposed_by_user_id "
                "FROM customer_flags c JOIN users p ON p.id = c.proposed_by_user_id "
                "LEFT JOIN users d ON d.id = c.decided_by_user_id LEFT JOIN orders o ON o.id = c.order_id ")
                    .arg(kUserName.arg(QLatin1Char('p')), kUserName.arg(QLatin1Char('d')))
                + where,
            values);
        !s)
        return s.failure();
    QList<CustomerFlag> list;
    while (q.next()) {
        CustomerFlag f;
        f.id = q.value(0).toLongLong();
        f.customer = q.value(1).toString();
        f.phone = q.value(2).toString();
        f.orderId = q.value(3).toLongLong();
        f.orderNumber = q.value(4).toString();
        f.evidence = q.value(5).toString();
        f.proposedBy = q.value(6).toString();
        f.proposedAt = fromStoredInstant(q.value(7).toString());
        f.state = flagStateFromKey(q.value(8).toString());
        f.decidedBy = q.value(9).toString();
        f.decidedAt = instantOrInvalid(q.value(10));
        f.decisionNote = q.value(11).toString();
        f.proposedByUserId = q.value(12).toLongLong();
        list.append(f);
    }
    return list;
}

Result<std::optional<CustomerFlag>> CustomerServiceRepository::flag(qint64 id) const
{
    auto list = readFlags(QStringLiteral("WHERE c.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<CustomerFlag>() : std::optional<CustomerFlag>(list->first());
}

Result<QList<CustomerFlag>> CustomerServiceRepository::flags(const QString &fromUtc) const
{
    return readFlags(
        QStringLiteral("WHERE c.state = 'proposed' OR c.proposed_at >= ? ORDER BY c.proposed_at DESC, c.id DESC"),
        {fromUtc});
}

Result<QList<CustomerFlag>> CustomerServiceRepository::confirmedFor(const QString &customer,
                                                                    const QString &phoneKey) const
{
    // '' never matches: a flag without an account or a phone leaves that side empty.
    return readFlags(QStringLiteral("WHERE c.state = 'confirmed' AND ((c.customer <> '' AND c.customer = ?) "
                                    "OR (c.phone <> '' AND c.phone = ?)) ORDER BY c.decided_at"),
                     {customer.trimmed(), phoneKey});
}

Result<QList<AgentMonth>> CustomerServiceRepository::agentMonths(const QString &fromUtc, const QString &toUtc) const
{
    QMap<QString, AgentMonth> byAgent;
    const QString user = kUserName.arg(QLatin1Char('u'));
    // RULE ORD-02 / CS-04: a contact within 10 minutes of the order's acceptance is in time.
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT %1, sum(CASE WHEN %2 <= 600.5 THEN 1 ELSE 0 END), count(*) "
                           "FROM order_events c JOIN users u ON u.id = c.by_user_id "
                           "WHERE c.kind = 'contacted' AND c.at >= ? AND c.at < ? GROUP BY u.id")
                .arg(user,
                     m_db.dialect().secondsBetween(QStringLiteral("(SELECT min(a.at) FROM order_events a "
                                                                  "WHERE a.order_id = c.order_id AND a.kind = "
                                                                  "'accepted')"),
                                                   QStringLiteral("c.at"))),
            {fromUtc, toUtc});
        !s)
        return s.failure();
    while (q.next()) {
        AgentMonth &m = byAgent[q.value(0).toString()];
        m.agent = q.value(0).toString();
        m.contactedInTime = q.value(1).toInt();
        m.contactedLate = q.value(2).toInt() - m.contactedInTime;
    }
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT %1, count(*), sum(CASE WHEN f.kind = 'complaint' THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN f.kind = 'complaint' AND f.resolved <> 0 THEN 1 ELSE 0 END) "
                           "FROM customer_feedback f JOIN users u ON u.id = f.agent_user_id "
                           "WHERE f.at >= ? AND f.at < ? GROUP BY u.id")
                .arg(user),
            {fromUtc, toUtc});
        !s)
        return s.failure();
    while (q.next()) {
        AgentMonth &m = byAgent[q.value(0).toString()];
        m.agent = q.value(0).toString();
        m.feedback = q.value(1).toInt();
        m.complaints = q.value(2).toInt();
        m.complaintsResolved = q.value(3).toInt();
    }
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT %1, count(*) FROM customer_flags c JOIN users u ON u.id = c.proposed_by_user_id "
                           "WHERE c.proposed_at >= ? AND c.proposed_at < ? GROUP BY u.id")
                .arg(user),
            {fromUtc, toUtc});
        !s)
        return s.failure();
    while (q.next()) {
        AgentMonth &m = byAgent[q.value(0).toString()];
        m.agent = q.value(0).toString();
        m.flagsProposed = q.value(1).toInt();
    }
    return byAgent.values();
}

} // namespace shopdesk
