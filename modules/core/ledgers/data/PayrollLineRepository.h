#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>

namespace shopdesk {

class Database;

// A line of a month's payroll (ARCHITECTURE: core's meeting point). hr adds unpaid days, fines,
// overtime hours by rate and adjustments; finance adds allowances.
struct PayrollLine
{
    QDate month; // any day of the month the line is paid in
    qint64 employeeId = 0;
    QString kind; // unpaid_days, fine, overtime_150, overtime_200, overtime_300, adjustment, allowance
    double quantity = 0;
    qint64 amountFen = 0;
    QString source;
    QString note;
};

class PayrollLineRepository
{
public:
    explicit PayrollLineRepository(Database &db) : m_db(db) {}
    Result<QList<PayrollLine>> lines(const QDate &anyDayOfMonth) const;
    // Inside Database::write.
    Status add(const PayrollLine &line, const QString &createdAt);

private:
    Database &m_db;
};

} // namespace shopdesk
