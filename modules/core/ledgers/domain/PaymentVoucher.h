#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE SUP-04: a voucher waits for its signatures (the approvals engine), then for the cashier.
enum class VoucherState { PendingApproval, Approved, Rejected, Paid };
QString voucherStateKey(VoucherState state);
std::optional<VoucherState> voucherStateFromKey(const QString &key);
QString voucherStateTitle(VoucherState state); // translated

// Something an area owes and asks finance to pay (ARCHITECTURE: payment vouchers).
struct PaymentVoucher
{
    qint64 id = 0;
    QString sourceModule; // "supplies"
    QString sourceId; // the area's own record, e.g. a supplier invoice
    QString payee;
    QString purpose;
    qint64 amountFen = 0;
    qint64 departmentId = 0;
    QString category; // FIN-01: the budget category it spends; empty: none
    VoucherState state = VoucherState::PendingApproval;
    qint64 approvalId = 0;
    qint64 issuedByUserId = 0;
    QDateTime issuedAt;
    QDateTime paidAt;
    QString paymentReference;
    int version = 1;

    static QString numberOf(qint64 id) { return QStringLiteral("PV-%1").arg(id, 6, 10, QLatin1Char('0')); }
    QString number() const { return numberOf(id); }
};

} // namespace shopdesk
