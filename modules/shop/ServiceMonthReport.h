#pragma once

#include "common/Result.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Clock;
class Database;

// RULE CS-04: the monthly work report to the leader: per agent, the orders contacted within the
// ORD-02 ten minutes and late, the feedback recorded, complaints and those resolved, bad-customer
// flags proposed; China's calendar month; A4, signed.
class ServiceMonthReport
{
    Q_DECLARE_TR_FUNCTIONS(ServiceMonthReport)
public:
    ServiceMonthReport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<Report> build(const Actor &actor, const QDate &month) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
