#include "data/SupplierInvoiceRepository.h"

#include "database/data/Database.h"
#include "ledgers/domain/PaymentVoucher.h"

namespace shopdesk {

Result<qint64> SupplierInvoiceRepository::add(const SupplierInvoice &i, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO supplier_invoices(purchase_order_id, invoice_number, invoice_date, state, "
                       "differences, recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {i.orderId, i.invoiceNumber, i.invoiceDate.toString(Qt::ISODate), invoiceStateKey(i.state), i.differences,
         userId, at});
    if (!s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
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
        QStringLiteral("SELECT i.id, i.purchase_order_id, s.name, i.invoice_number, i.invoice_date, i.state, "
                       "i.differences, coalesce(i.approval_id, 0), coalesce(i.payment_voucher_id, 0), "
                       "coalesce(v.state, '') FROM supplier_invoices i "
                       "JOIN purchase_orders o ON o.id = i.purchase_order_id JOIN suppliers s ON s.id = o.supplier_id "
                       "LEFT JOIN payment_vouchers v ON v.id = i.payment_voucher_id ")
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
        where << QStringLiteral("i.state = 'difference_pending'");
    values << limit;
    return read((where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                    + QStringLiteral(" ORDER BY i.id DESC LIMIT ?"),
                values);
}

} // namespace shopdesk
