#include "CompTimeExpiry.h"

#include <algorithm>

namespace shopdesk {

double CompTimeExpiry::expiredHours(const QList<CompTimeEntry> &ledger, const QDate &cutoff)
{
    double earnedBefore = 0, used = 0;
    for (const CompTimeEntry &e : ledger) {
        if (e.hours > 0 && e.at <= cutoff)
            earnedBefore += e.hours;
        if (e.hours < 0)
            used -= e.hours;
    }
    return std::max(0.0, earnedBefore - used);
}

} // namespace shopdesk
