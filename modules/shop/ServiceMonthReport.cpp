#include "ServiceMonthReport.h"

#include "ShopActions.h"
#include "common/Clock.h"
#include "data/CustomerServiceRepository.h"
#include "domain/ShopTime.h"
#include "settings/CompanySettings.h"

namespace shopdesk {

Result<Report> ServiceMonthReport::build(const Actor &actor, const QDate &month) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    const QDate first(month.year(), month.month(), 1);
    auto rows = CustomerServiceRepository(m_db).agentMonths(toStoredInstant(ShopTime::dayStart(first)),
                                                            toStoredInstant(ShopTime::dayStart(first.addMonths(1))));
    if (!rows)
        return rows.failure();
    Report r;
    r.companyName = CompanySettings(m_db, m_clock).companyName();
    r.title = tr("Customer service monthly report %1").arg(first.toString(QStringLiteral("yyyy-MM")));
    r.subtitle = tr("Per agent: orders contacted within 10 minutes of acceptance (ORD-02) and late, feedback "
                    "recorded, complaints resolved, bad-customer flags proposed (CS-04).");
    ReportTable t;
    t.header = {tr("Agent"),    tr("Contacted in time"), tr("Contacted late"),      tr("In time %"),
                tr("Feedback"), tr("Complaints"),        tr("Complaints resolved"), tr("Flags proposed")};
    t.widths = {26, 16, 16, 12, 14, 14, 18, 14};
    AgentMonth total;
    for (const AgentMonth &m : std::as_const(*rows)) {
        const int contacted = m.contactedInTime + m.contactedLate;
        t.rows.append({m.agent, QString::number(m.contactedInTime), QString::number(m.contactedLate),
                       contacted ? QString::number(100.0 * m.contactedInTime / contacted, 'f', 1) : QString(),
                       QString::number(m.feedback), QString::number(m.complaints),
                       QString::number(m.complaintsResolved), QString::number(m.flagsProposed)});
        total.contactedInTime += m.contactedInTime;
        total.contactedLate += m.contactedLate;
        total.feedback += m.feedback;
        total.complaints += m.complaints;
        total.complaintsResolved += m.complaintsResolved;
        total.flagsProposed += m.flagsProposed;
    }
    const int contacted = total.contactedInTime + total.contactedLate;
    t.rows.append({tr("Total"), QString::number(total.contactedInTime), QString::number(total.contactedLate),
                   contacted ? QString::number(100.0 * total.contactedInTime / contacted, 'f', 1) : QString(),
                   QString::number(total.feedback), QString::number(total.complaints),
                   QString::number(total.complaintsResolved), QString::number(total.flagsProposed)});
    r.tables.append(t);
    if (rows->isEmpty())
        r.endNotes << tr("Nobody contacted an order or recorded feedback this month.");
    r.signatures = {tr("Prepared by"), tr("Service supervisor"), tr("Leader")};
    return r;
}

} // namespace shopdesk
