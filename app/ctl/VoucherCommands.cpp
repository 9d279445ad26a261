// shopdeskctl vouchers: the cashier's side of core's payment vouchers (SUP-04): list them, pay
// a signed one with its reference. Finance's panel will do the same through the same service.
#include "Arguments.h"
#include "CommandLine.h"
#include "common/domain/Money.h"
#include "ledgers/PaymentVouchers.h"

namespace shopdesk {

int CommandLine::vouchers(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use = tr("Use: vouchers list [--state pending|signed|paid|refused]\n"
                           "     vouchers pay ID --ref TEXT");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"list") {
        const QString stateText = takeValue(args, QStringLiteral("--state"));
        const QHash<QString, VoucherState> states{{QStringLiteral("pending"), VoucherState::PendingApproval},
                                                  {QStringLiteral("signed"), VoucherState::Approved},
                                                  {QStringLiteral("paid"), VoucherState::Paid},
                                                  {QStringLiteral("refused"), VoucherState::Rejected}};
        if (!args.isEmpty() || (!stateText.isEmpty() && !states.contains(stateText)))
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        auto list =
            PaymentVouchers(*session->db, m_clock)
                .vouchers(session->actor, stateText.isEmpty() ? std::nullopt : std::optional(states.value(stateText)));
        if (!list)
            return failed(list.error());
        for (const PaymentVoucher &v : *list)
            m_out << v.number() << '\t' << voucherStateTitle(v.state) << '\t' << v.payee << '\t'
                  << Money::fromFen(v.amountFen).toPlainString() << '\t' << v.purpose << '\t' << v.paymentReference
                  << Qt::endl;
        return Ok;
    }
    if (action == u"pay") {
        const QString id = args.isEmpty() ? QString() : args.takeFirst();
        const QString reference = takeValue(args, QStringLiteral("--ref"));
        bool ok = false;
        const qint64 voucherId = QString(id).remove(QStringLiteral("PV-")).toLongLong(&ok);
        if (!ok || reference.isEmpty() || !args.isEmpty())
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        if (Status s = PaymentVouchers(*session->db, m_clock).pay(session->actor, voucherId, reference); !s)
            return failed(s.error());
        m_out << tr("Paid %1.").arg(id) << Qt::endl;
        return Ok;
    }
    return usage(use);
}

} // namespace shopdesk
