#pragma once

#include "common/Result.h"
#include "domain/AttendanceDay.h"
#include "domain/Punches.h"

#include <QHash>
#include <QList>

namespace shopdesk {

class Database;

// The only SQL about punches. Reads go by primary-key range per person (short queries, read to
// the end); writes insert many rows per statement (ARCHITECTURE speed notes).
class PunchRepository
{
public:
    explicit PunchRepository(Database &db) : m_db(db) {}

    // Stored punch times of these people within [from, to], sorted.
    Result<QHash<qint64, QList<qint64>>> storedTimes(const QList<qint64> &employees, qint64 from, qint64 to) const;
    Result<QHash<QString, QList<qint64>>> storedUnmatchedTimes(const QString &keyKind, const QStringList &keys,
                                                               qint64 from, qint64 to) const;
    // For the rules engine: punches marked make-up where they are (ATT-12); unmatched punches of
    // the person's PIN or staff number count as theirs.
    struct Person
    {
        qint64 employeeId = 0;
        QString clockPin, staffNo;
    };
    Result<QHash<qint64, QList<Punch>>> punches(const QList<Person> &people, qint64 from, qint64 to) const;
    Result<QList<UnmatchedSummary>> unmatched() const;

    // Inside Database::write.
    Result<qint64> addImport(const PunchImportRecord &record);
    Status insert(const QList<PunchRow> &rows, qint64 importId);
    Status insertUnmatched(const QString &keyKind, const QList<UnmatchedRow> &rows, qint64 importId);
    Status addMakeUp(qint64 employeeId, qint64 at, qint64 requestId);

private:
    Database &m_db;
};

} // namespace shopdesk
