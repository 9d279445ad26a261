#pragma once

#include "common/Result.h"
#include "domain/ReorderRules.h"
#include "users/domain/Permissions.h"

namespace shopdesk {

class Clock;
class Database;

// RULE SUP-02: the reorder suggestions from stock, what is on order, reorder points and the
// average monthly consumption over the last months (the company setting
// `supplies.consumption_months`).
class ReorderPlanner
{
public:
    static inline const QString MonthsSetting = QStringLiteral("supplies.consumption_months");
    static constexpr int kDefaultMonths = 3;

    ReorderPlanner(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<QList<ReorderSuggestion>> suggestions(const Actor &actor) const;
    int consumptionMonths() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
