#include "ledgers/data/PaymentVoucherRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> PaymentVoucherRepository::add(const PaymentVoucher &v)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO payment_vouchers(source_module, source_id, payee, purpose, amount_fen, "
                       "department_id, category, state, approval_id, issued_by_user_id, issued_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.sourceModule, v.sourceId, v.payee, v.purpose, v.amountFen, Database::nullableId(v.departmentId), v.category,
         voucherStateKey(v.state), Database::nullableId(v.approvalId), v.issuedByUserId, toStoredInstant(v.issuedAt)});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Status PaymentVoucherRepository::setApproval(qint64 id, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE payment_vouchers SET approval_id = ? WHERE id = ?"),
                                  {approvalId, id});
}

Result<bool> PaymentVoucherRepository::move(qint64 id, VoucherState from, VoucherState to)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("UPDATE payment_vouchers SET state = ?, version = version + 1 WHERE id = ? AND state = ?"),
        {voucherStateKey(to), id, voucherStateKey(from)});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<bool> PaymentVoucherRepository::markPaid(qint64 id, qint64 userId, const QString &at, const QString &reference)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("UPDATE payment_vouchers SET state = 'paid', paid_by_user_id = ?, paid_at = ?, "
                       "payment_reference = ?, version = version + 1 WHERE id = ? AND state = 'approved'"),
        {userId, at, reference, id});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<PaymentVoucher>> PaymentVoucherRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT id, source_module, source_id, payee, purpose, amount_fen, coalesce(department_id, 0), "
                       "state, coalesce(approval_id, 0), issued_by_user_id, issued_at, coalesce(paid_at, ''), "
                       "payment_reference, version, category FROM payment_vouchers ")
            + where,
        values);
    if (!s)
        return s.failure();
    QList<PaymentVoucher> list;
    while (q.next()) {
        PaymentVoucher v;
        v.id = q.value(0).toLongLong();
        v.sourceModule = q.value(1).toString();
        v.sourceId = q.value(2).toString();
        v.payee = q.value(3).toString();
        v.purpose = q.value(4).toString();
        v.amountFen = q.value(5).toLongLong();
        v.departmentId = q.value(6).toLongLong();
        v.state = voucherStateFromKey(q.value(7).toString()).value_or(VoucherState::Rejected);
        v.approvalId = q.value(8).toLongLong();
        v.issuedByUserId = q.value(9).toLongLong();
        v.issuedAt = fromStoredInstant(q.value(10).toString());
        if (!q.value(11).toString().isEmpty())
            v.paidAt = fromStoredInstant(q.value(11).toString());
        v.paymentReference = q.value(12).toString();
        v.version = q.value(13).toInt();
        v.category = q.value(14).toString();
        list.append(v);
    }
    return list;
}

Result<std::optional<PaymentVoucher>> PaymentVoucherRepository::find(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<PaymentVoucher>() : std::optional<PaymentVoucher>(list->first());
}

Result<std::optional<PaymentVoucher>> PaymentVoucherRepository::bySource(const QString &module,
                                                                         const QString &sourceId) const
{
    auto list = read(QStringLiteral("WHERE source_module = ? AND source_id = ?"), {module, sourceId});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<PaymentVoucher>() : std::optional<PaymentVoucher>(list->first());
}

Result<QList<PaymentVoucher>> PaymentVoucherRepository::list(std::optional<VoucherState> state, int limit) const
{
    if (state)
        return read(QStringLiteral("WHERE state = ? ORDER BY id DESC LIMIT ?"), {voucherStateKey(*state), limit});
    return read(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

} // namespace shopdesk
