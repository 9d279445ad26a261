#pragma once

#include "common/Result.h"
#include "domain/CashJournal.h"

#include <optional>

namespace shopdesk {

class Database;

// The cash journal and its closed days (FIN-02): entries only added, days closed and reviewed.
class CashJournalRepository
{
public:
    explicit CashJournalRepository(Database &db) : m_db(db) {}

    Result<QList<CashEntry>> entries(const QDate &from, const QDate &to) const;
    Result<std::optional<CashDay>> closedDay(const QDate &day) const;
    // What the cash box opened with on `day`: the count of the last closed day before it.
    Result<qint64> openingFen(const QDate &day) const;
    // Days from `from` to `to` with entries and no close, oldest first.
    Result<QList<QDate>> openDaysWithEntries(const QDate &from, const QDate &to) const;
    Result<QList<CashDay>> closedDays(const QDate &from, const QDate &to) const;
    // The latest closed day; invalid when none is.
    Result<QDate> lastClosedDay() const;
    // Closed days from `from` to `to` the chief accountant has not reviewed, oldest first.
    Result<QList<QDate>> unreviewedDays(const QDate &from, const QDate &to) const;
    // Inside Database::write.
    Result<qint64> add(const CashEntry &entry, qint64 userId, const QString &at);
    Status close(const CashDay &day, qint64 userId, const QString &at);
    // False when the day was reviewed from another PC meanwhile.
    Result<bool> review(const QDate &day, qint64 userId, const QString &note, const QString &at);

private:
    // The days a query with two day parameters (from, to) lists.
    Result<QList<QDate>> daysBetween(const QString &sql, const QDate &from, const QDate &to) const;
    Database &m_db;
};

} // namespace shopdesk
