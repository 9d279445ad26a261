#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE SUP-05, SUP-06: a department's requisition waits for its custodian's signature, then the
// supplies office fills it from stock.
enum class RequisitionState { AwaitingCustodian, Signed, Filled };
QString requisitionStateKey(RequisitionState state);
std::optional<RequisitionState> requisitionStateFromKey(const QString &key);
QString requisitionStateTitle(RequisitionState state); // translated

struct RequisitionLine
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemCode;
    QString itemName;
    QString unit;
    qint64 quantity = 0;
    qint64 issuedQuantity = 0;
};

struct Requisition
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentName;
    qint64 requestedByUserId = 0;
    QString requestedByName;
    QDateTime requestedAt;
    QString reason;
    RequisitionState state = RequisitionState::AwaitingCustodian;
    QString signedByName;
    QList<RequisitionLine> lines;

    QString number() const { return QStringLiteral("RQ-%1").arg(id, 6, 10, QLatin1Char('0')); }
};

// RULE SUP-06: who keeps a department's supplies.
struct Custodian
{
    qint64 departmentId = 0;
    QString departmentName;
    qint64 userId = 0; // 0: none named
    QString userName;
};

// RULE SUP-05: the supplies office's audit of a department's local purchase.
enum class LocalPurchaseStatus { Pending, Accepted, Queried };
QString localPurchaseStatusKey(LocalPurchaseStatus status);
QString localPurchaseStatusTitle(LocalPurchaseStatus status); // translated

struct LocalPurchase
{
    qint64 movementId = 0;
    QString itemName;
    QString departmentName;
    qint64 quantity = 0;
    qint64 valueFen = 0;
    QDateTime at;
    QString byName;
    QString receipt; // the movement's reference
    QString reason;
    LocalPurchaseStatus status = LocalPurchaseStatus::Pending;
    QString note; // the newest review's
};

// RULE SUP-05, SUP-06: the checks of requisitions. Pure.
class RequisitionRules
{
    Q_DECLARE_TR_FUNCTIONS(RequisitionRules)
public:
    // At least one line, each item once, a quantity from 1 up to what one movement carries.
    static Status checkLines(const QList<RequisitionLine> &lines);
    // RULE SUP-06: only the department's named custodian signs its requisitions.
    static Status checkSigner(const Requisition &requisition, qint64 custodianUserId, qint64 signerUserId);
    // What filling issues per line (by line id): what was asked, at most what is on hand of the
    // item; lines with nothing on hand are left out.
    static QHash<qint64, qint64> fill(const QList<RequisitionLine> &lines, const QHash<qint64, qint64> &onHandByItem);
};

} // namespace shopdesk
