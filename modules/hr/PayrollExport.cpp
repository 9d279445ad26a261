#include "PayrollExport.h"

#include "HrActions.h"
#include "common/domain/Money.h"
#include "ledgers/data/PayrollLineRepository.h"
#include "organisation/data/OrgRepository.h"
#include "settings/CompanySettings.h"

namespace shopdesk {

QString PayrollExport::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("unpaid_days"))
        return tr("Unpaid days");
    if (kind == QLatin1String("fine"))
        return tr("Fine");
    // HOL-02: the rate is the policy's at the time, kept in the kind ("overtime_150").
    if (kind.startsWith(QLatin1String("overtime_")))
        return tr("Overtime at %1% (hours)").arg(kind.mid(9));
    if (kind == QLatin1String("adjustment"))
        return tr("Adjustment for an earlier month");
    if (kind == QLatin1String("allowance"))
        return tr("Allowance");
    return kind;
}

Result<Report> PayrollExport::report(const Actor &actor, const QDate &month) const
{
    // RULE DB-04: pay data leaves the program only with the export right.
    if (!Permissions::can(actor, Action::Export) || !Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(Action::Export));
    auto lines = PayrollLineRepository(m_db).lines(month);
    auto people = OrgRepository(m_db).employees();
    if (!lines || !people)
        return fail(lines.error() + people.error());
    QHash<qint64, EmployeeSummary> byId;
    for (const EmployeeSummary &e : *people)
        byId.insert(e.id, e);
    Report report;
    report.companyName = CompanySettings(m_db, m_clock).companyName();
    report.title = tr("Payroll lines %1").arg(month.toString(QStringLiteral("yyyy-MM")));
    ReportTable table;
    table.title = report.title;
    table.header = {tr("Staff no."),     tr("Name"),   tr("Kind"), tr("Days or hours"),
                    tr("Amount (yuan)"), tr("Source"), tr("Note")};
    table.widths = {8, 10, 18, 8, 10, 16, 40};
    table.frozenColumns = 2;
    table.textColumns = {6};
    for (const PayrollLine &l : *lines)
        table.rows << QStringList{byId.value(l.employeeId).staffNo,
                                  byId.value(l.employeeId).name,
                                  kindTitle(l.kind),
                                  l.quantity == 0 ? QString() : QString::number(l.quantity, 'g', 6),
                                  l.amountFen == 0 ? QString() : Money::fromFen(l.amountFen).toPlainString(),
                                  l.source,
                                  l.note};
    report.tables << table;
    return report;
}

} // namespace shopdesk
