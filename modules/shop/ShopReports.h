#pragma once

#include "common/Result.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Clock;
class Database;

// The shop's product reports (issue 16), as Report values that print on A4 and save as PDF, XLSX
// and CSV through core/report: stock per SKU with its value and days of cover at the last 30
// days' sales (PRD-04), the prices published in a period (PRD-01), the listing changes (PRD-02),
// the promotions of a period (PRD-03), and the product list itself, whose columns the product
// import reads back.
class ShopReports
{
    Q_DECLARE_TR_FUNCTIONS(ShopReports)
public:
    enum class Kind { Stock, Prices, Listings, Promotions, Products };
    static QList<Kind> kinds();
    static QString title(Kind kind);
    static QString key(Kind kind); // stock, prices, listings, promotions, products (shopdeskctl, file names)
    static bool coversAPeriod(Kind kind);

    ShopReports(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    // [from, to], whole days in the company's time; ignored by the reports of now.
    Result<Report> build(const Actor &actor, Kind kind, const QDate &from = {}, const QDate &to = {}) const;

private:
    Result<Report> stock() const;
    Result<Report> prices(const QDate &from, const QDate &to) const;
    Result<Report> listings(const QDate &from, const QDate &to) const;
    Result<Report> promotions(const QDate &from, const QDate &to) const;
    Result<Report> products() const;
    Report headed(Kind kind, const QDate &from, const QDate &to) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
