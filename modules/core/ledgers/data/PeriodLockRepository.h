#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>

namespace shopdesk {

class Database;

// A month an area has confirmed (hr: attendance) or closed (finance), and the changes allowed
// after it (LEAVE-04, ATT-12), which the report flags and the next payroll carries.
struct LateChange
{
    qint64 employeeId = 0;
    QString what;
    QString changedAt;
};

class PeriodLockRepository
{
public:
    explicit PeriodLockRepository(Database &db) : m_db(db) {}

    // The kinds of period: the attendance month HR confirms (finance adds its own).
    static inline const QString Attendance = QStringLiteral("attendance");

    static QString monthKey(const QDate &anyDay) { return anyDay.toString(QStringLiteral("yyyy-MM")); }
    Result<bool> isLocked(const QString &kind, const QDate &anyDayOfMonth) const;
    Result<QList<LateChange>> lateChanges(const QString &kind, const QDate &anyDayOfMonth) const;
    // Inside Database::write.
    Status lock(const QString &kind, const QDate &anyDayOfMonth, qint64 userId, const QString &at);
    // RULE FIN-03: the month opens again; the reason stays in period_reopenings.
    Status unlock(const QString &kind, const QDate &anyDayOfMonth, const QString &reason, qint64 userId,
                  const QString &at);
    // Locked months of a kind, newest first.
    Result<QList<QDate>> lockedMonths(const QString &kind) const;
    Status addLateChange(const QString &kind, const QDate &anyDayOfMonth, const LateChange &change, qint64 userId);

private:
    Database &m_db;
};

} // namespace shopdesk
