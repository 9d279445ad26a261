#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

struct SuppliesDemoSummary
{
    int items = 0;
    int suppliers = 0;
    int movements = 0;
};

// The supplies part of `shopdeskctl demo`: the office's suppliers, items by category with
// reorder points, and the stock ledger of the months before today (receipts when stock runs
// low, issues to the departments, a few returns and local purchases), reproducible from the
// seed. `items` and `movements` above the shipped list grow it to the benchmark's size.
class SuppliesDemo
{
    Q_DECLARE_TR_FUNCTIONS(SuppliesDemo)
public:
    static constexpr int kDefaultItems = 40;
    static Result<SuppliesDemoSummary> create(Database &db, const Clock &clock, int months, quint32 seed,
                                              int items = kDefaultItems, int movements = 0);
};

} // namespace shopdesk
