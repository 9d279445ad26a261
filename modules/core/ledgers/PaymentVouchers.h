#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "ledgers/domain/PaymentVoucher.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

#include <optional>

namespace shopdesk {

class Clock;
class Database;

struct NewVoucher
{
    QString sourceModule;
    QString sourceId;
    QString payee;
    QString purpose;
    qint64 amountFen = 0;
    qint64 departmentId = 0;
    QString category; // RULE FIN-01: the budget category the request behind it committed on
};

// RULE SUP-04: payment vouchers, core's meeting point between an area that owes money and
// finance, which pays it (ARCHITECTURE.md). A voucher is signed by the issuer's supervisor and
// department manager through the approvals engine; only a signed voucher is paid, once.
class PaymentVouchers
{
    Q_DECLARE_TR_FUNCTIONS(PaymentVouchers)
public:
    static inline const QString TypeId = QStringLiteral("payment.voucher");
    static const ApprovalType &type();

    PaymentVouchers(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Inside Database::write: issues the voucher and sends it for signatures; returns its id.
    Result<qint64> issueInTransaction(const Actor &issuer, const NewVoucher &voucher);
    // Inside Database::write, for a voucher whose signatures were already given on an approval
    // of the same people (an approved invoice difference): issued signed, under that approval.
    Result<qint64> issueSignedInTransaction(const Actor &decider, const NewVoucher &voucher, qint64 approvalId);

    // For the cashier: newest first, every state when `state` is empty.
    Result<QList<PaymentVoucher>> vouchers(const Actor &actor, std::optional<VoucherState> state) const;
    // The cashier pays a signed voucher, with the bank or cash journal reference.
    Status pay(const Actor &actor, qint64 voucherId, const QString &reference);
    // The same inside Database::write, for a payment that books something else with it (a
    // voucher paid from the cash box is also a line of the cash journal); the voucher as paid.
    Result<PaymentVoucher> payInTransaction(const Actor &actor, qint64 voucherId, const QString &reference);

private:
    Result<qint64> add(const Actor &issuer, const NewVoucher &voucher, VoucherState state, qint64 approvalId);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
