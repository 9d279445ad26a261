#include "domain/Requisition.h"

#include "domain/StockRules.h"

#include <QSet>

namespace shopdesk {

QString requisitionStateKey(RequisitionState state)
{
    switch (state) {
    case RequisitionState::AwaitingCustodian: return QStringLiteral("awaiting_custodian");
    case RequisitionState::Signed: return QStringLiteral("signed");
    case RequisitionState::Filled: return QStringLiteral("filled");
    }
    return {};
}

std::optional<RequisitionState> requisitionStateFromKey(const QString &key)
{
    for (auto s : {RequisitionState::AwaitingCustodian, RequisitionState::Signed, RequisitionState::Filled})
        if (requisitionStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString requisitionStateTitle(RequisitionState state)
{
    switch (state) {
    case RequisitionState::AwaitingCustodian:
        return QCoreApplication::translate("Requisition", "Waiting for the custodian");
    case RequisitionState::Signed: return QCoreApplication::translate("Requisition", "Signed, to fill");
    case RequisitionState::Filled: return QCoreApplication::translate("Requisition", "Filled");
    }
    return {};
}

QString localPurchaseStatusKey(LocalPurchaseStatus status)
{
    switch (status) {
    case LocalPurchaseStatus::Pending: return QStringLiteral("pending");
    case LocalPurchaseStatus::Accepted: return QStringLiteral("accepted");
    case LocalPurchaseStatus::Queried: return QStringLiteral("queried");
    }
    return {};
}

QString localPurchaseStatusTitle(LocalPurchaseStatus status)
{
    switch (status) {
    case LocalPurchaseStatus::Pending: return QCoreApplication::translate("Requisition", "To audit");
    case LocalPurchaseStatus::Accepted: return QCoreApplication::translate("Requisition", "Accepted");
    case LocalPurchaseStatus::Queried: return QCoreApplication::translate("Requisition", "Queried");
    }
    return {};
}

Status RequisitionRules::checkLines(const QList<RequisitionLine> &lines)
{
    if (lines.isEmpty())
        return fail(tr("A requisition has at least one item."));
    QSet<qint64> items;
    for (const RequisitionLine &l : lines) {
        if (items.contains(l.itemId))
            return fail(tr("%1 is on the requisition twice.").arg(l.itemName));
        items.insert(l.itemId);
        if (l.quantity <= 0 || l.quantity > StockRules::kMaxQuantity)
            return fail(tr("%1: the quantity must be a whole number from 1 to %2.")
                            .arg(l.itemName)
                            .arg(StockRules::kMaxQuantity));
    }
    return success();
}

Status RequisitionRules::checkSigner(const Requisition &r, qint64 custodianUserId, qint64 signerUserId)
{
    if (r.state != RequisitionState::AwaitingCustodian)
        return fail(tr("%1 is %2: there is nothing to sign.").arg(r.number(), requisitionStateTitle(r.state)));
    if (custodianUserId == 0)
        return fail(tr("%1 has no custodian: the supplies office names one first.").arg(r.departmentName));
    if (custodianUserId != signerUserId)
        return fail(tr("Only the custodian of %1 signs its requisitions.").arg(r.departmentName));
    return success();
}

QHash<qint64, qint64> RequisitionRules::fill(const QList<RequisitionLine> &lines,
                                             const QHash<qint64, qint64> &onHandByItem)
{
    QHash<qint64, qint64> issue;
    for (const RequisitionLine &l : lines) {
        const qint64 quantity = qMin(l.quantity, onHandByItem.value(l.itemId));
        if (quantity > 0)
            issue.insert(l.id, quantity);
    }
    return issue;
}

} // namespace shopdesk
