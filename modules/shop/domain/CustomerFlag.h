#pragma once

#include <QDateTime>
#include <QString>

namespace shopdesk {

// RULE CS-03: a bad customer (劣质客户): an agent proposes the flag with the evidence, the service
// supervisor confirms or rejects it; a confirmed flag shows on that customer's later orders.
enum class FlagState { Proposed, Confirmed, Rejected };
QString flagStateKey(FlagState state); // stored form
FlagState flagStateFromKey(const QString &key);
QString flagStateTitle(FlagState state); // translated

struct CustomerFlag
{
    qint64 id = 0;
    QString customer; // the buyer's account
    QString phone;
    qint64 orderId = 0; // the order it arose from, 0: none
    QString orderNumber; // as read
    QString evidence;
    QString proposedBy;
    qint64 proposedByUserId = 0;
    QDateTime proposedAt; // UTC
    FlagState state = FlagState::Proposed;
    QString decidedBy;
    QDateTime decidedAt; // UTC
    QString decisionNote;
};

namespace CustomerFlagRules {
// Why `f` cannot be proposed, translated; empty when it can: it names the customer (an account or
// a phone) and gives the evidence.
QString problem(const CustomerFlag &f);
// Phones compare by their digits ("138-0013 8000" is 13800138000); empty when it has none.
QString phoneKey(const QString &phone);
// RULE CS-03: whether the confirmed flag `f` shows on an order of `customer` / `phone` created at
// `orderCreatedUtc`: same account or same phone, and the order placed at or after the
// confirmation.
bool showsOn(const CustomerFlag &f, const QString &customer, const QString &phone, const QDateTime &orderCreatedUtc);
} // namespace CustomerFlagRules

} // namespace shopdesk
