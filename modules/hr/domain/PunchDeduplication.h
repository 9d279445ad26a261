#pragma once

#include <QHash>
#include <QList>

namespace shopdesk {

// RULE ATT-12 (duplicates): punches of one person less than 60 seconds apart count once, whatever
// file or device they came from. Pure: the caller hands in what is stored and what is read.
// Times are wall-clock seconds (domain/WallClock.h).
class PunchDeduplication
{
public:
    static constexpr qint64 kWindowSeconds = 60;

    // Times already kept, per person (an employee id, or any number the caller gives an unknown PIN).
    void addKept(qint64 person, qint64 at);
    // True when `at` is a new punch (and keeps it); false when it falls within the window of a
    // punch already kept for the same person.
    bool keep(qint64 person, qint64 at);

private:
    QHash<qint64, QList<qint64>> m_kept; // sorted per person
};

} // namespace shopdesk
