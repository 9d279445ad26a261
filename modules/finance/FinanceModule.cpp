#include "FinanceModule.h"

#include "ExpenseDesk.h"
#include "FinanceArea.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ledgers/PaymentVouchers.h"
#include "ui/FinancePanel.h"

namespace shopdesk {

QWidget *FinanceModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new FinancePanel(context, parent);
}

void FinanceModule::defineTypes() const
{
    FinanceArea::define();
}

QStringList FinanceModule::overview(const AppContext &context) const
{
    QStringList lines;
    auto signedVouchers =
        PaymentVouchers(*context.database, *context.clock).vouchers(context.actor, VoucherState::Approved);
    if (signedVouchers && !signedVouchers->isEmpty())
        lines << tr("%n signed payment voucher(s) to pay", nullptr, int(signedVouchers->size()));
    auto advances = ExpenseDesk(*context.database, *context.clock).outstandingAdvances(context.actor);
    if (advances && !advances->isEmpty()) {
        qint64 owed = 0;
        for (const Advance &a : *advances)
            owed += a.amountFen;
        lines << tr("%n advance(s) not yet cleared, %1 in all", nullptr, int(advances->size()))
                     .arg(Money::fromFen(owed).toString());
    }
    return lines;
}

} // namespace shopdesk
