#pragma once

#include "common/Result.h"
#include "ledgers/domain/BudgetLine.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace shopdesk {

class Clock;
class Database;

// What a request would spend against its budget line (FIN-01). Without a line, nothing is
// committed and the request is never "over budget".
struct BudgetCheck
{
    std::optional<BudgetLine> line;
    qint64 amountFen = 0;
    bool overBudget() const { return line && line->wouldExceed(amountFen); }
};

// RULE FIN-01: budget lines per year, department and category, kept by finance; a request
// commits its amount against its line, and one that would go over it needs the general manager.
// Core's meeting point between finance and the areas that spend (ARCHITECTURE.md).
class Budgets
{
    Q_DECLARE_TR_FUNCTIONS(Budgets)
public:
    // The figure a request type's route reads to add the general manager's step.
    static inline const QString OverBudgetFigure = QStringLiteral("over_budget");
    static bool overBudget(const QJsonObject &figures) { return figures.value(OverBudgetFigure).toBool(); }

    Budgets(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> setLine(const Actor &actor, int year, qint64 departmentId, const QString &category,
                           qint64 amountFen);
    Result<QList<BudgetLine>> lines(const Actor &actor, int year) const;

    // For a service inside Database::write, before it submits its request.
    Result<BudgetCheck> check(int year, qint64 departmentId, const QString &category, qint64 amountFen) const;
    // The figures the request carries: over budget, and what was left.
    static void addFigures(QJsonObject &figures, const BudgetCheck &check);
    // Inside the same write, once the request's approval exists: commits the amount (nothing
    // without a line) and audits it.
    Status commit(const Actor &actor, const BudgetCheck &check, const QString &sourceModule, const QString &sourceId,
                  qint64 approvalId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
