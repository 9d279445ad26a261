#include "ContractsModule.h"

#include "ContractAudits.h"
#include "ContractLending.h"
#include "ContractsArea.h"
#include "common/Clock.h"
#include "ui/ContractsPanel.h"

namespace shopdesk {

QWidget *ContractsModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new ContractsPanel(context, parent);
}

void ContractsModule::defineTypes() const
{
    ContractsArea::define();
}

QStringList ContractsModule::overview(const AppContext &context) const
{
    QStringList lines;
    const QDate today = context.clock->nowUtc().toLocalTime().date();
    if (auto due = ContractAudits(*context.database, *context.clock).due(context.actor, today))
        for (const AuditDue &d : *due)
            lines << (d.lastClosedOn.isValid()
                          ? tr("%1: six months since its last check on %2 (CON-02)")
                                .arg(d.archiveName, d.lastClosedOn.toString(Qt::ISODate))
                          : tr("%1 has never been checked against its records (CON-02)").arg(d.archiveName));
    if (auto loans = ContractLending(*context.database, *context.clock).loans(context.actor, true)) {
        const auto late = std::count_if(loans->cbegin(), loans->cend(),
                                        [&](const ContractLoan &l) { return LoanRules::daysOverdue(l, today) > 0; });
        if (late > 0)
            lines << tr("%n contract loan(s) past their day", nullptr, int(late));
    }
    return lines;
}

} // namespace shopdesk
