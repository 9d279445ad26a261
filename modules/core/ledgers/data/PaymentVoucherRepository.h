#pragma once

#include "common/Result.h"
#include "ledgers/domain/PaymentVoucher.h"

#include <optional>

namespace shopdesk {

class Database;

// Payment vouchers (SUP-04), one per source record.
class PaymentVoucherRepository
{
public:
    explicit PaymentVoucherRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> add(const PaymentVoucher &voucher);
    Status setApproval(qint64 id, qint64 approvalId);
    // Moves the voucher from `from` to `to`; false when it no longer stood at `from`.
    Result<bool> move(qint64 id, VoucherState from, VoucherState to);
    // Approved → paid; false when it was not (or no longer) approved.
    Result<bool> markPaid(qint64 id, qint64 userId, const QString &at, const QString &reference);

    Result<std::optional<PaymentVoucher>> find(qint64 id) const;
    Result<std::optional<PaymentVoucher>> bySource(const QString &module, const QString &sourceId) const;
    // Newest first; every state when `state` is empty.
    Result<QList<PaymentVoucher>> list(std::optional<VoucherState> state, int limit) const;

private:
    Result<QList<PaymentVoucher>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
