#include "MonthEnd.h"

#include "FinanceActions.h"
#include "FinanceRoles.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/BudgetUseRepository.h"
#include "data/CashJournalRepository.h"
#include "data/ExpenseRepository.h"
#include "data/MonthCloseRepository.h"
#include "database/data/Database.h"
#include "ledgers/FinancePeriods.h"
#include "ledgers/data/BudgetRepository.h"
#include "ledgers/data/PeriodLockRepository.h"

namespace shopdesk {

namespace {
QDate firstOf(const QDate &month)
{
    return QDate(month.year(), month.month(), 1);
}

// The UTC instant the company's local day `day` starts.
QString startOf(const QDate &day)
{
    return toStoredInstant(day.startOfDay().toUTC());
}
} // namespace

Result<MonthCloseCheck> MonthEnd::checkInside(const QDate &month) const
{
    MonthCloseCheck c;
    c.month = firstOf(month);
    const QDate last = c.month.addMonths(1).addDays(-1);
    auto locked = PeriodLockRepository(m_db).isLocked(FinancePeriods::Kind, c.month);
    if (!locked)
        return locked.failure();
    c.alreadyClosed = *locked;
    auto open = CashJournalRepository(m_db).openDaysWithEntries(c.month, last);
    if (!open)
        return open.failure();
    c.openCashDays = *open;
    auto unreviewed = CashJournalRepository(m_db).unreviewedDays(c.month, last);
    if (!unreviewed)
        return unreviewed.failure();
    c.unreviewedCashDays = *unreviewed;
    auto vouchers = MonthCloseRepository(m_db).unpaidVouchers(startOf(last.addDays(1)));
    if (!vouchers)
        return vouchers.failure();
    c.unpaidVouchers = *vouchers;
    auto advances = ExpenseRepository(m_db).outstandingAdvances();
    if (!advances)
        return advances.failure();
    for (const Advance &a : *advances)
        if (a.lentOn <= last)
            c.outstandingAdvances.append(a);
    return c;
}

Result<MonthCloseCheck> MonthEnd::check(const Actor &actor, const QDate &month) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return checkInside(month);
}

Status MonthEnd::close(const Actor &actor, const QDate &month)
{
    if (Status s = requireFinanceRole(actor, FinanceAction::Review, Role::ChiefAccountant); !s)
        return s;
    const QDate first = firstOf(month);
    if (first.addMonths(1) > m_clock.nowUtc().toLocalTime().date())
        return fail(tr("%1 has not ended yet.").arg(first.toString(QStringLiteral("yyyy-MM"))));
    return m_db.write([&]() -> Status {
        // Checked inside the write: a cash entry saved on another PC a moment ago counts.
        auto c = checkInside(first);
        if (!c)
            return c.failure();
        if (const QStringList blockers = c->blockers(); !blockers.isEmpty())
            return fail(blockers.join(QLatin1Char('\n')));
        if (Status s = PeriodLockRepository(m_db).lock(FinancePeriods::Kind, first, actor.userId,
                                                       toStoredInstant(m_clock.nowUtc()));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.month.close"), QStringLiteral("period_locks"),
                    first.toString(QStringLiteral("yyyy-MM")), {},
                    {{QStringLiteral("outstanding_advances"), int(c->outstandingAdvances.size())}});
    });
}

Status MonthEnd::reopen(const Actor &actor, const QDate &month, const QString &reason)
{
    if (!actor.roles.contains(Role::GeneralManager) || actor.disabled)
        return fail(tr("Only the general manager reopens a closed month (FIN-03)."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the month is reopened."));
    const QDate first = firstOf(month);
    return m_db.write([&]() -> Status {
        PeriodLockRepository locks(m_db);
        auto locked = locks.isLocked(FinancePeriods::Kind, first);
        if (!locked)
            return locked.failure();
        if (!*locked)
            return fail(tr("%1 is not closed.").arg(first.toString(QStringLiteral("yyyy-MM"))));
        if (Status s = locks.unlock(FinancePeriods::Kind, first, reason.trimmed(), actor.userId,
                                    toStoredInstant(m_clock.nowUtc()));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.month.reopen"), QStringLiteral("period_locks"),
                    first.toString(QStringLiteral("yyyy-MM")), {{QStringLiteral("closed"), true}},
                    {{QStringLiteral("closed"), false}, {QStringLiteral("reason"), reason.trimmed()}});
    });
}

Result<QList<QDate>> MonthEnd::closedMonths(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return PeriodLockRepository(m_db).lockedMonths(FinancePeriods::Kind);
}

Result<QList<MonthSummaryRow>> MonthEnd::summaryRows(const Actor &actor, const QDate &month) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    const QDate first = firstOf(month);
    const QDate last = first.addMonths(1).addDays(-1);
    return MonthCloseRepository(m_db).summary(first, last, startOf(first), startOf(last.addDays(1)));
}

Result<Report> MonthEnd::summary(const Actor &actor, const QDate &month, const QString &companyName) const
{
    auto rows = summaryRows(actor, month);
    if (!rows)
        return rows.failure();
    auto c = checkInside(month);
    if (!c)
        return c.failure();
    const QString monthName = firstOf(month).toString(QStringLiteral("yyyy-MM"));
    Report report;
    report.companyName = companyName;
    report.title = tr("Monthly accounts %1").arg(monthName);
    report.subtitle = c->alreadyClosed ? tr("Closed") : tr("Not closed yet: figures may still change");
    report.landscape = false;
    const QString vouchers = tr("Payment vouchers");
    for (const QString &group : {QStringLiteral("category"), QStringLiteral("department")}) {
        ReportTable t;
        t.title = group == u"category" ? tr("By category") : tr("By department");
        t.header = {group == u"category" ? tr("Category") : tr("Department"), tr("Receipts"), tr("Payments"),
                    tr("Net")};
        t.widths = {30, 14, 14, 14};
        qint64 receipts = 0, payments = 0;
        for (const MonthSummaryRow &r : *rows) {
            if (r.group != group)
                continue;
            QString name = r.name == u"@vouchers" ? vouchers : r.name;
            if (name.isEmpty())
                name = tr("(none)");
            t.rows.append({name, Money::fromFen(r.receiptsFen).toPlainString(),
                           Money::fromFen(r.paymentsFen).toPlainString(),
                           Money::fromFen(r.receiptsFen - r.paymentsFen).toPlainString()});
            receipts += r.receiptsFen;
            payments += r.paymentsFen;
        }
        t.rows.append({tr("Total"), Money::fromFen(receipts).toPlainString(), Money::fromFen(payments).toPlainString(),
                       Money::fromFen(receipts - payments).toPlainString()});
        report.tables.append(t);
    }
    // RULE FIN-01: each budget line of the year against what was paid on it (cash journal and
    // vouchers paid by transfer).
    auto lines = BudgetRepository(m_db).lines(month.year());
    if (!lines)
        return lines.failure();
    ReportTable budget;
    budget.title = tr("Against the budget, %1").arg(month.year());
    budget.header = {tr("Department"), tr("Category"),        tr("Budget"),
                     tr("Committed"),  tr("Paid this month"), tr("Paid this year")};
    budget.widths = {14, 12, 14, 14, 14, 14};
    budget.frozenColumns = 2;
    qint64 budgetTotal = 0, committedTotal = 0, monthTotal = 0, yearTotal = 0;
    auto paid = BudgetUseRepository(m_db).spentByLine(month.year());
    if (!paid)
        return paid.failure();
    for (const BudgetLine &l : *lines) {
        const QList<qint64> spent = paid->value({l.departmentId, l.category}, QList<qint64>(12, 0));
        const qint64 thisMonth = spent.at(month.month() - 1);
        qint64 toDate = 0;
        for (int m = 0; m < month.month(); ++m)
            toDate += spent.at(m);
        budget.rows.append({l.departmentName, l.category, Money::fromFen(l.amountFen).toPlainString(),
                            Money::fromFen(l.committedFen).toPlainString(), Money::fromFen(thisMonth).toPlainString(),
                            Money::fromFen(toDate).toPlainString()});
        budgetTotal += l.amountFen;
        committedTotal += l.committedFen;
        monthTotal += thisMonth;
        yearTotal += toDate;
    }
    budget.rows.append({tr("Total"), QString(), Money::fromFen(budgetTotal).toPlainString(),
                        Money::fromFen(committedTotal).toPlainString(), Money::fromFen(monthTotal).toPlainString(),
                        Money::fromFen(yearTotal).toPlainString()});
    report.tables.append(budget);

    ReportTable advances;
    advances.title = tr("Outstanding advances");
    advances.header = {tr("Borrower"), tr("Lent on"), tr("Days"), tr("Amount"), tr("For")};
    advances.widths = {16, 12, 8, 14, 30};
    advances.textColumns = {4};
    const QDate last = firstOf(month).addMonths(1).addDays(-1);
    qint64 owed = 0;
    for (const Advance &a : c->outstandingAdvances) {
        advances.rows.append({a.borrowerName, a.lentOn.toString(Qt::ISODate), QString::number(a.ageDays(last)),
                              Money::fromFen(a.amountFen).toPlainString(), a.purpose});
        owed += a.amountFen;
    }
    advances.rows.append({tr("Total"), QString(), QString(), Money::fromFen(owed).toPlainString(), QString()});
    report.tables.append(advances);
    report.signatures = {tr("Prepared by (cash accountant)"), tr("Checked by (chief accountant)"),
                         tr("Approved by (general manager)")};
    return report;
}

Result<QList<qint64>> MonthEnd::spentByMonth(const Actor &actor, int year, qint64 departmentId,
                                             const QString &category) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return BudgetUseRepository(m_db).spentByMonth(year, departmentId, category);
}

} // namespace shopdesk
