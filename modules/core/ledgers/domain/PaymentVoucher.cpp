#include "ledgers/domain/PaymentVoucher.h"

#include <QCoreApplication>

namespace shopdesk {

QString voucherStateKey(VoucherState state)
{
    switch (state) {
    case VoucherState::PendingApproval: return QStringLiteral("pending_approval");
    case VoucherState::Approved: return QStringLiteral("approved");
    case VoucherState::Rejected: return QStringLiteral("rejected");
    case VoucherState::Paid: return QStringLiteral("paid");
    }
    return {};
}

std::optional<VoucherState> voucherStateFromKey(const QString &key)
{
    for (auto s : {VoucherState::PendingApproval, VoucherState::Approved, VoucherState::Rejected, VoucherState::Paid})
        if (voucherStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString voucherStateTitle(VoucherState state)
{
    switch (state) {
    case VoucherState::PendingApproval: return QCoreApplication::translate("PaymentVoucher", "Waiting for signatures");
    case VoucherState::Approved: return QCoreApplication::translate("PaymentVoucher", "Signed, to pay");
    case VoucherState::Rejected: return QCoreApplication::translate("PaymentVoucher", "Refused");
    case VoucherState::Paid: return QCoreApplication::translate("PaymentVoucher", "Paid");
    }
    return {};
}

} // namespace shopdesk
