#include "data/SupplierInvoiceRepository.h"

#include "database/data/Database.h"
#include "ledgers/domain/PaymentVoucher.h"

namespace shopdesk {

namespace {
// Withdrawing the approval of a difference or of a voucher is not a decision, so the rows keep
// their stored state; read, a withdrawn difference counts as rejected and a voucher whose
// signing was withdrawn as refused (neither is owed).
const QString kJoins = QStringLiteral("LEFT JOIN approval_requests a ON a.id = i.approval_id "
                                      "LEFT JOIN payment_vouchers v ON v.id = i.payment_voucher_id "
                                      "LEFT JOIN approval_requests va ON va.id = v.approval_id");
const QString kState = QStringLiteral(
    "CASE WHEN i.state = 'difference_pending' AND a.state = 'withdrawn' THEN 'difference_rejected' ELSE i.state END");
const QString kVoucherState = QStringLiteral(
    "CASE WHEN v.state = 'pending_approval' AND va.state = 'withdrawn' THEN 'rejected' ELSE coalesce(v.state, '') END");
} // namespace

Result<qint64> SupplierInvoiceRepository::add(const SupplierInvoice &i, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO supplier_invoices(purchase_order_id, invoice_number, invoice_date, state, "
                       "differences, recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {i.orderId, i.invoiceNumber, i.invoiceDate.toString(Qt::ISODate), invoiceStateKey(i.state), i.differences,
         userId, at});
    if (!s)
        return s.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    for (const InvoiceLine &l : i.lines) {
        QSqlQuery line = m_db.query();
        if (Status done = Database::execPrepared(
                line,
                QStringLiteral("INSERT INTO supplier_invoice_lines(supplier_invoice_id, order_line_id, quantity, "
                               "amount_fen) VALUES (?, ?, ?, ?)"),
                {id, l.orderLineId, l.quantity, l.amountFen});
            !done)
            return done.failure();
    }
    return id;
}

Status SupplierInvoiceRepository::setApproval(qint64 id, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE supplier_invoices SET approval_id = ? WHERE id = ?"),
                                  {approvalId, id});
}

Status SupplierInvoiceRepository::setVoucher(qint64 id, qint64 voucherId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE supplier_invoices SET payment_voucher_id = ?, version = version + 1 WHERE id = ?"),
        {voucherId, id});
}

Result<bool> SupplierInvoiceRepository::move(qint64 id, InvoiceState from, InvoiceState to)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("UPDATE supplier_invoices SET state = ?, version = version + 1 WHERE id = ? AND state = ?"),
        {invoiceStateKey(to), id, invoiceStateKey(from)});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<SupplierInvoice>> SupplierInvoiceRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT i.id, i.purchase_order_id, s.name, i.invoice_number, i.invoice_date, %1, "
                       "i.differences, coalesce(i.approval_id, 0), coalesce(i.payment_voucher_id, 0), %2 "
                       "FROM supplier_invoices i "
                       "JOIN purchase_orders o ON o.id = i.purchase_order_id JOIN suppliers s ON s.id = o.supplier_id "
                       "%3 ")
                .arg(kState, kVoucherState, kJoins)
            + where,
        values);
    if (!s)
        return s.failure();
    QList<SupplierInvoice> list;
    while (q.next()) {
        SupplierInvoice i;
        i.id = q.value(0).toLongLong();
        i.orderId = q.value(1).toLongLong();
        i.supplierName = q.value(2).toString();
        i.invoiceNumber = q.value(3).toString();
        i.invoiceDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        i.state = invoiceStateFromKey(q.value(5).toString()).value_or(InvoiceState::DifferenceRejected);
        i.differences = q.value(6).toString();
        i.approvalId = q.value(7).toLongLong();
        i.voucherId = q.value(8).toLongLong();
        i.voucherState = voucherStateFromKey(q.value(9).toString());
        list.append(i);
    }
    for (SupplierInvoice &i : list) {
        QSqlQuery l = m_db.query();
        if (Status done = Database::execPrepared(l,
                                                 QStringLiteral("SELECT order_line_id, quantity, amount_fen FROM "
                                                                "supplier_invoice_lines WHERE supplier_invoice_id = ? "
                                                                "ORDER BY id"),
                                                 {i.id});
            !done)
            return done.failure();
        while (l.next())
            i.lines.append({l.value(0).toLongLong(), l.value(1).toLongLong(), l.value(2).toLongLong()});
    }
    return list;
}

Result<std::optional<SupplierInvoice>> SupplierInvoiceRepository::find(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE i.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<SupplierInvoice>() : std::optional<SupplierInvoice>(list->first());
}

Result<QList<SupplierInvoice>> SupplierInvoiceRepository::list(qint64 orderId, bool onlyUnmatched, int limit) const
{
    QStringList where;
    QVariantList values;
    if (orderId) {
        where << QStringLiteral("i.purchase_order_id = ?");
        values << orderId;
    }
    if (onlyUnmatched)
        where << kState + QStringLiteral(" = 'difference_pending'");
    values << limit;
    return read((where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                    + QStringLiteral(" ORDER BY i.id DESC LIMIT ?"),
                values);
}

Result<QHash<qint64, qint64>> SupplierInvoiceRepository::invoiced(qint64 orderId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT l.order_line_id, sum(l.quantity) FROM supplier_invoice_lines l "
                       "JOIN supplier_invoices i ON i.id = l.supplier_invoice_id %1 "
                       "WHERE i.purchase_order_id = ? AND %2 <> 'difference_rejected' AND %3 <> 'rejected' "
                       "GROUP BY l.order_line_id")
            .arg(kJoins, kState, kVoucherState),
        {orderId});
    if (!s)
        return s.failure();
    QHash<qint64, qint64> by;
    while (q.next())
        by.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return by;
}

} // namespace shopdesk
