#pragma once

#include "common/Result.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Clock;
class Database;

// The shop's sales of a period from its orders (issue 17): by day, by channel and by SKU, each
// currency on rows of its own, cancelled orders apart, refunds taken off; and the orders
// themselves, one row each, for a spreadsheet. Print preview, PDF, XLSX and CSV through
// core/report; the same for the Sales page and `shopdeskctl orders report|export`.
class SalesReports
{
    Q_DECLARE_TR_FUNCTIONS(SalesReports)
public:
    enum class Kind { ByDay, ByChannel, BySku, Orders };
    static QList<Kind> kinds();
    static QString title(Kind kind);
    static QString key(Kind kind); // days, channels, skus, orders (shopdeskctl, file names)
    static std::optional<Kind> fromKey(const QString &key);
    // The columns of the sales tables the chart reads: the key, the currency, the net sales.
    static constexpr int kKeyColumn = 0;
    static int currencyColumn(Kind kind);
    static int netColumn(Kind kind);

    SalesReports(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    // [from, to], whole days of China's time.
    Result<Report> build(const Actor &actor, Kind kind, const QDate &from, const QDate &to) const;

private:
    Result<Report> orders(const QDate &from, const QDate &to) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
