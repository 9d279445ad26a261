#pragma once

#include <QString>

namespace shopdesk {

// RULE FIN-01: what a department may spend on a category in a year, and what requests have
// committed against it so far (pending or approved).
struct BudgetLine
{
    qint64 id = 0;
    int year = 0;
    qint64 departmentId = 0;
    QString departmentName;
    QString category;
    qint64 amountFen = 0;
    qint64 committedFen = 0;
    int version = 1;

    qint64 remainingFen() const { return amountFen - committedFen; }
    // RULE FIN-01: spending `fen` more goes over the line, which needs the general manager.
    bool wouldExceed(qint64 fen) const { return fen > remainingFen(); }
};

} // namespace shopdesk
