#pragma once

#include "common/Result.h"
#include "domain/MonthClose.h"

namespace shopdesk {

class Database;

// What the month close reads across finance's journals and core's vouchers (FIN-03).
class MonthCloseRepository
{
public:
    explicit MonthCloseRepository(Database &db) : m_db(db) {}

    // Vouchers issued before `before` (UTC instant) still waiting for signatures or payment.
    Result<QStringList> unpaidVouchers(const QString &before) const;
    // The month's cash entries and paid vouchers by category and by department.
    Result<QList<MonthSummaryRow>> summary(const QDate &first, const QDate &last, const QString &paidFrom,
                                           const QString &paidBefore) const;

private:
    Database &m_db;
};

} // namespace shopdesk
