#pragma once

#include "common/Result.h"
#include "domain/SupplierInvoice.h"

#include <optional>

namespace shopdesk {

class Database;

// Supplier invoices and their lines (SUP-04).
class SupplierInvoiceRepository
{
public:
    explicit SupplierInvoiceRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> add(const SupplierInvoice &invoice, qint64 userId, const QString &at);
    Status setApproval(qint64 id, qint64 approvalId);
    Status setVoucher(qint64 id, qint64 voucherId);
    // Moves the invoice from `from` to `to`; false when it no longer stood at `from`.
    Result<bool> move(qint64 id, InvoiceState from, InvoiceState to);

    Result<std::optional<SupplierInvoice>> find(qint64 id) const;
    // Newest first: every invoice of one order (orderId), or all (0), or only those whose
    // difference waits for approval.
    Result<QList<SupplierInvoice>> list(qint64 orderId, bool onlyUnmatched, int limit) const;

private:
    Result<QList<SupplierInvoice>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
