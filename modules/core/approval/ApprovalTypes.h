#pragma once

#include "approval/domain/ApprovalChain.h"
#include "approval/domain/ApprovalRequest.h"
#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QJsonObject>

#include <functional>

namespace shopdesk {

class Clock;
class Database;

// What a request type's outcome callback is handed: the open transaction's database, who made
// the final decision, and the clock.
struct OutcomeContext
{
    Database &db;
    const Actor &decider;
    const Clock &clock;
};

// A kind of request (leave, purchase, permission change, ...): its routing as data plus a small
// function, and the owning module's callback for the outcome (ARCHITECTURE: approvals).
struct ApprovalType
{
    QString id; // "permission.change"
    const char *title; // QT_TRANSLATE_NOOP("ApprovalType", "...")
    // RULE APR-01: the titles that approve, in order, for the request's figures.
    std::function<QList<ApproverKind>(const QJsonObject &figures)> route;
    // The final outcome, inside the transaction of the final decision: an error rolls the decision
    // back. `approved` false: rejected. May be empty.
    std::function<Status(const OutcomeContext &, const ApprovalRequest &, bool approved)> onOutcome;
    // What the request asks for, in the reader's language, for the inbox. May be empty.
    std::function<QString(const ApprovalRequest &)> describe = {};
    // The requester withdrew it, inside the withdrawal's transaction (the context's `decider` is
    // the requester): for a type whose subject must not stay waiting. May be empty.
    std::function<Status(const OutcomeContext &, const ApprovalRequest &)> onWithdrawn = {};
};

namespace ApprovalTypes {
void define(const ApprovalType &type);
const ApprovalType *find(const QString &id);
QString title(const QString &id); // translated
QString describe(const ApprovalRequest &request); // the type's description, or ""
} // namespace ApprovalTypes

} // namespace shopdesk
