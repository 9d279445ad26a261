#pragma once

#include <QString>

namespace shopdesk {

// Punches as the clock-file import stores them (ATT-03, ATT-12), and what it learns of a file.
// A punch to store, already mapped to an employee; `at` in wall-clock seconds (WallClock.h).
struct PunchRow
{
    qint64 employeeId = 0;
    qint64 at = 0;
    int device = 0;
};

// A punch of a PIN or staff number no employee has (yet).
struct UnmatchedRow
{
    QString personKey;
    qint64 at = 0;
    int device = 0;
    QString name;
};

struct PunchImportRecord
{
    QString fileName, format, sha256, importedAt;
    qint64 userId = 0;
    int rowsRead = 0, added = 0, duplicates = 0, unmatched = 0, badRows = 0;
};

struct UnmatchedSummary
{
    QString keyKind, personKey, name;
    int punches = 0;
    qint64 first = 0, last = 0;
};

} // namespace shopdesk
