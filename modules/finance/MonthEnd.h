#pragma once

#include "common/Result.h"
#include "domain/MonthClose.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE FIN-03: the month's close: checks (every cash day closed, no voucher waiting, advances
// listed), then core's period lock for money entries; only the general manager reopens a
// closed month, with a reason, audited. The month's summary prints for publication.
class MonthEnd
{
    Q_DECLARE_TR_FUNCTIONS(MonthEnd)
public:
    MonthEnd(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<MonthCloseCheck> check(const Actor &actor, const QDate &month) const;
    // The chief accountant closes the month once nothing blocks it.
    Status close(const Actor &actor, const QDate &month);
    Status reopen(const Actor &actor, const QDate &month, const QString &reason);
    Result<QList<QDate>> closedMonths(const Actor &actor) const;
    Result<QList<MonthSummaryRow>> summaryRows(const Actor &actor, const QDate &month) const;
    // Receipts and payments by category and by department, the year's budget lines against what
    // was paid on them, the outstanding advances, and the signatures; every total is the sum of
    // its rows.
    Result<Report> summary(const Actor &actor, const QDate &month, const QString &companyName) const;
    // RULE FIN-01: budget against actual: what a department paid on a category in each month of
    // the year, from the cash box or by a voucher paid by transfer (twelve amounts, January first).
    Result<QList<qint64>> spentByMonth(const Actor &actor, int year, qint64 departmentId,
                                       const QString &category) const;

private:
    Result<MonthCloseCheck> checkInside(const QDate &month) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
