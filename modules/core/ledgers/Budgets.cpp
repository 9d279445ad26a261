#include "ledgers/Budgets.h"

#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "database/data/Database.h"
#include "ledgers/data/BudgetRepository.h"

namespace shopdesk {

Result<qint64> Budgets::setLine(const Actor &actor, int year, qint64 departmentId, const QString &category,
                                qint64 amountFen)
{
    if (Status s = Permissions::require(actor, Action::ManageBudgets); !s)
        return s.failure();
    const QString name = category.trimmed();
    if (name.isEmpty())
        return fail(tr("Name the budget category."));
    if (year < 2000 || year > 2999)
        return fail(tr("%1 is not a budget year.").arg(year));
    // ¥10 billion: far above any office's year, far below where sums of fen overflow.
    constexpr qint64 kMaxFen = Q_INT64_C(1000000000000);
    if (amountFen < 0 || amountFen > kMaxFen)
        return fail(tr("A budget is an amount from %1 up to %2.")
                        .arg(Money::fromFen(0).toString(), Money::fromFen(kMaxFen).toString()));
    return m_db.write([&]() -> Result<qint64> {
        BudgetRepository repo(m_db);
        auto before = repo.line(year, departmentId, name);
        if (!before)
            return before.failure();
        auto id = repo.setLine(year, departmentId, name, amountFen);
        if (!id)
            return id;
        const QJsonObject after{{QStringLiteral("year"), year},
                                {QStringLiteral("department_id"), departmentId},
                                {QStringLiteral("category"), name},
                                {QStringLiteral("amount_fen"), amountFen}};
        QJsonObject was;
        if (*before)
            was = {{QStringLiteral("amount_fen"), (*before)->amountFen}};
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("budget.line.set"), QStringLiteral("budget_lines"),
                                   QString::number(*id), was, after);
            !s)
            return s.failure();
        return id;
    });
}

Result<QList<BudgetLine>> Budgets::lines(const Actor &actor, int year) const
{
    if (Status s = Permissions::require(actor, Action::ManageBudgets); !s)
        return s.failure();
    return BudgetRepository(m_db).lines(year);
}

Result<BudgetCheck> Budgets::check(int year, qint64 departmentId, const QString &category, qint64 amountFen) const
{
    auto line = BudgetRepository(m_db).line(year, departmentId, category);
    if (!line)
        return line.failure();
    return BudgetCheck{*line, amountFen};
}

void Budgets::addFigures(QJsonObject &figures, const BudgetCheck &check)
{
    if (!check.line)
        return;
    figures.insert(OverBudgetFigure, check.overBudget());
    figures.insert(QStringLiteral("budget_remaining_fen"), check.line->remainingFen());
}

Status Budgets::commit(const Actor &actor, const BudgetCheck &check, const QString &sourceModule,
                       const QString &sourceId, qint64 approvalId)
{
    if (!check.line)
        return success();
    if (Status s = BudgetRepository(m_db).addCommitment(check.line->id, check.amountFen, sourceModule, sourceId,
                                                        approvalId, actor.userId, toStoredInstant(m_clock.nowUtc()));
        !s)
        return s;
    return AuditTrail(m_db, m_clock)
        .record(actor, QStringLiteral("budget.commit"), QStringLiteral("budget_lines"), QString::number(check.line->id),
                {{QStringLiteral("remaining_fen"), check.line->remainingFen()}},
                {{QStringLiteral("remaining_fen"), check.line->remainingFen() - check.amountFen},
                 {QStringLiteral("source"), sourceModule + QLatin1Char(':') + sourceId},
                 {QStringLiteral("over_budget"), check.overBudget()}});
}

} // namespace shopdesk
