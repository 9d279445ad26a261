#include "PunchDeduplication.h"

#include <algorithm>

namespace shopdesk {

void PunchDeduplication::addKept(const QString &person, const QDateTime &at)
{
    QList<QDateTime> &times = m_kept[person];
    times.insert(std::lower_bound(times.begin(), times.end(), at), at);
}

bool PunchDeduplication::keep(const QString &person, const QDateTime &at)
{
    QList<QDateTime> &times = m_kept[person];
    const auto next = std::lower_bound(times.begin(), times.end(), at);
    // Seconds count here (the window is 60 s), though lateness compares whole minutes (ATT-03).
    if (next != times.end() && at.secsTo(*next) < kWindowSeconds)
        return false;
    if (next != times.begin() && std::prev(next)->secsTo(at) < kWindowSeconds)
        return false;
    times.insert(next, at);
    return true;
}

} // namespace shopdesk
