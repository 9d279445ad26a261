#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/SupplierInvoice.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

struct NewSupplierInvoice
{
    qint64 orderId = 0;
    QString number;
    QDate date;
    QList<InvoiceLine> lines;
};

// RULE SUP-04: a supplier's invoice is matched against its order and what arrived. A match
// issues a payment voucher for signature at once; a difference goes to the supervisor and the
// department manager, and only their approval issues the voucher (signed by that approval).
// Finance pays the voucher (core's payment vouchers).
class InvoiceDesk
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDesk)
public:
    static inline const QString DifferenceTypeId = QStringLiteral("supplies.invoice_difference");
    static const ApprovalType &differenceType();
    // How far an invoice's total may stray from the order's prices and still match, in fen.
    static inline const QString ToleranceSetting = QStringLiteral("supplies.invoice_tolerance_fen");
    static constexpr int kDefaultToleranceFen = 100;

    InvoiceDesk(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Records the invoice and matches it; returns its id. Refusals write nothing.
    Result<qint64> record(const Actor &actor, const NewSupplierInvoice &invoice);
    // Every invoice of an order (orderId), or all (0) newest first; or only those whose
    // difference waits for approval.
    Result<QList<SupplierInvoice>> invoices(const Actor &actor, qint64 orderId, bool onlyUnmatched = false) const;
    qint64 toleranceFen() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
