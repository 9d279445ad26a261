#include "domain/PunchDeduplication.h"

#include <algorithm>

namespace shopdesk {

void PunchDeduplication::addKept(qint64 person, qint64 at)
{
    QList<qint64> &times = m_kept[person];
    if (times.isEmpty() || times.last() <= at)
        times.append(at); // stored punches arrive in order
    else
        times.insert(std::lower_bound(times.begin(), times.end(), at), at);
}

bool PunchDeduplication::keep(qint64 person, qint64 at)
{
    QList<qint64> &times = m_kept[person];
    const auto next = std::lower_bound(times.begin(), times.end(), at);
    // Seconds count here (the window is 60 s), though lateness compares whole minutes (ATT-03).
    if (next != times.end() && *next - at < kWindowSeconds)
        return false;
    if (next != times.begin() && at - *std::prev(next) < kWindowSeconds)
        return false;
    times.insert(next, at);
    return true;
}

} // namespace shopdesk
