#pragma once

#include "common/Result.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Clock;
class Database;

// The supplies reports (issue 13), as Report values that print on A4 and save as PDF, XLSX and
// CSV through core/report: stock on hand and its value (SUP-07, signed by the custodian and the
// office), each department's use per month (SUP-06), the open orders with their overdue
// deliveries (SUP-02), and the supplier invoices whose difference waits for approval (SUP-04).
class SuppliesReports
{
    Q_DECLARE_TR_FUNCTIONS(SuppliesReports)
public:
    enum class Kind { StockOnHand, UseByDepartment, OpenOrders, UnmatchedInvoices };
    static QList<Kind> kinds();
    static QString title(Kind kind);
    static QString key(Kind kind); // stock, use, orders, invoices (shopdeskctl, file names)

    SuppliesReports(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<Report> build(const Actor &actor, Kind kind) const;

private:
    Result<Report> stockOnHand(const Actor &actor) const;
    Result<Report> useByDepartment(const Actor &actor) const;
    Result<Report> openOrders(const Actor &actor) const;
    Result<Report> unmatchedInvoices(const Actor &actor) const;
    Report headed(Kind kind) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
