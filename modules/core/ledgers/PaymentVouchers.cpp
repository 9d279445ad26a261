#include "ledgers/PaymentVouchers.h"

#include "ledgers/FinancePeriods.h"

#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "database/data/Database.h"
#include "ledgers/data/PaymentVoucherRepository.h"

namespace shopdesk {

namespace {
QJsonObject voucherJson(const PaymentVoucher &v)
{
    return {{QStringLiteral("source"), v.sourceModule + QLatin1Char(':') + v.sourceId},
            {QStringLiteral("payee"), v.payee},
            {QStringLiteral("amount_fen"), v.amountFen},
            {QStringLiteral("department_id"), v.departmentId},
            {QStringLiteral("category"), v.category},
            {QStringLiteral("state"), voucherStateKey(v.state)}};
}

Status decide(const OutcomeContext &c, const ApprovalRequest &a, bool approved)
{
    PaymentVoucherRepository repo(c.db);
    auto found = repo.find(a.subjectId.toLongLong());
    if (!found)
        return found.failure();
    if (!*found)
        return fail(PaymentVouchers::tr("The payment voucher of this approval no longer exists."));
    const VoucherState to = approved ? VoucherState::Approved : VoucherState::Rejected;
    auto moved = repo.move((*found)->id, VoucherState::PendingApproval, to);
    if (!moved)
        return moved.failure();
    if (!*moved)
        return fail(PaymentVouchers::tr("%1 was decided meanwhile.").arg((*found)->number()));
    PaymentVoucher after = **found;
    after.state = to;
    return AuditTrail(c.db, c.clock)
        .record(c.decider, QStringLiteral("payment.voucher.decided"), QStringLiteral("payment_vouchers"),
                QString::number(after.id), voucherJson(**found), voucherJson(after));
}

QString describe(const ApprovalRequest &a)
{
    return PaymentVouchers::tr("Pay %1 to %2: %3")
        .arg(Money::fromFen(a.payload.value(QStringLiteral("amount_fen")).toInteger()).toString(),
             a.payload.value(QStringLiteral("payee")).toString(),
             a.payload.value(QStringLiteral("purpose")).toString());
}
} // namespace

const ApprovalType &PaymentVouchers::type()
{
    // RULE SUP-04: signed by the supervisor and the department manager, then paid by the cashier.
    static const ApprovalType t{
        TypeId, QT_TRANSLATE_NOOP("ApprovalType", "Payment voucher"),
        [](const QJsonObject &) {
            return QList<ApproverKind>{ApproverKind::DirectSupervisor, ApproverKind::DepartmentHead};
        },
        &decide, &describe,
        // A voucher whose signing was withdrawn is not owed: refused, so its source may be issued anew.
        [](const OutcomeContext &c, const ApprovalRequest &a) { return decide(c, a, false); }};
    return t;
}

Result<qint64> PaymentVouchers::add(const Actor &issuer, const NewVoucher &n, VoucherState state, qint64 approvalId)
{
    if (n.amountFen <= 0)
        return fail(tr("A payment voucher is for an amount above zero."));
    if (n.payee.trimmed().isEmpty())
        return fail(tr("A payment voucher names whom to pay."));
    PaymentVoucher v;
    v.sourceModule = n.sourceModule;
    v.sourceId = n.sourceId;
    v.payee = n.payee.trimmed();
    v.purpose = n.purpose.trimmed();
    v.amountFen = n.amountFen;
    v.departmentId = n.departmentId;
    v.category = n.category.trimmed();
    v.state = state;
    v.approvalId = approvalId;
    v.issuedByUserId = issuer.userId;
    v.issuedAt = m_clock.nowUtc();
    PaymentVoucherRepository repo(m_db);
    auto existing = repo.bySource(n.sourceModule, n.sourceId);
    if (!existing)
        return existing.failure();
    if (*existing)
        return fail(tr("%1 was already issued for this.").arg((*existing)->number()));
    auto id = repo.add(v);
    if (!id)
        return id;
    v.id = *id;
    if (Status s = AuditTrail(m_db, m_clock)
                       .record(issuer, QStringLiteral("payment.voucher.issue"), QStringLiteral("payment_vouchers"),
                               QString::number(v.id), {}, voucherJson(v));
        !s)
        return s.failure();
    return v.id;
}

Result<qint64> PaymentVouchers::issueInTransaction(const Actor &issuer, const NewVoucher &n)
{
    auto id = add(issuer, n, VoucherState::PendingApproval, 0);
    if (!id)
        return id;
    NewApproval approval;
    approval.type = TypeId;
    approval.subjectModule = QStringLiteral("core");
    approval.subjectId = QString::number(*id);
    approval.title = tr("Payment voucher %1: %2 to %3")
                         .arg(PaymentVoucher::numberOf(*id), Money::fromFen(n.amountFen).toString(), n.payee.trimmed());
    approval.figures = {{QStringLiteral("amount_fen"), n.amountFen}};
    approval.payload = {{QStringLiteral("payee"), n.payee.trimmed()},
                        {QStringLiteral("purpose"), n.purpose.trimmed()},
                        {QStringLiteral("amount_fen"), n.amountFen}};
    auto approvalId = Approvals(m_db, m_clock).submitInTransaction(issuer, approval);
    if (!approvalId)
        return approvalId.failure();
    if (Status s = PaymentVoucherRepository(m_db).setApproval(*id, *approvalId); !s)
        return s.failure();
    return id;
}

Result<qint64> PaymentVouchers::issueSignedInTransaction(const Actor &decider, const NewVoucher &n, qint64 approvalId)
{
    return add(decider, n, VoucherState::Approved, approvalId);
}

Result<QList<PaymentVoucher>> PaymentVouchers::vouchers(const Actor &actor, std::optional<VoucherState> state) const
{
    if (Status s = Permissions::require(actor, Action::PayVouchers); !s)
        return s.failure();
    return PaymentVoucherRepository(m_db).list(state, 1000);
}

Status PaymentVouchers::pay(const Actor &actor, qint64 voucherId, const QString &reference)
{
    return m_db.write([&]() -> Status {
        auto paid = payInTransaction(actor, voucherId, reference);
        return paid ? success() : paid.failure();
    });
}

Result<PaymentVoucher> PaymentVouchers::payInTransaction(const Actor &actor, qint64 voucherId, const QString &reference)
{
    if (Status s = Permissions::require(actor, Action::PayVouchers); !s)
        return s.failure();
    if (reference.trimmed().isEmpty())
        return fail(tr("Give the payment's reference (bank slip or cash journal line)."));
    // RULE FIN-03: a payment is a money entry of the day it is made.
    if (Status open = FinancePeriods::requireOpen(m_db, m_clock.nowUtc().toLocalTime().date()); !open)
        return open.failure();
    PaymentVoucherRepository repo(m_db);
    auto found = repo.find(voucherId);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The payment voucher no longer exists."));
    if ((*found)->state != VoucherState::Approved)
        return fail(
            tr("%1 is %2: only a signed voucher is paid.").arg((*found)->number(), voucherStateTitle((*found)->state)));
    auto paid = repo.markPaid(voucherId, actor.userId, toStoredInstant(m_clock.nowUtc()), reference.trimmed());
    if (!paid)
        return paid.failure();
    if (!*paid)
        return conflict(tr("%1 was paid from another PC meanwhile.").arg((*found)->number()));
    PaymentVoucher after = **found;
    after.state = VoucherState::Paid;
    after.paymentReference = reference.trimmed();
    QJsonObject afterJson = voucherJson(after);
    afterJson.insert(QStringLiteral("reference"), reference.trimmed());
    if (Status s = AuditTrail(m_db, m_clock)
                       .record(actor, QStringLiteral("payment.voucher.paid"), QStringLiteral("payment_vouchers"),
                               QString::number(voucherId), voucherJson(**found), afterJson);
        !s)
        return s.failure();
    return after;
}

} // namespace shopdesk
