#pragma once

#include "common/Result.h"
#include "domain/Order.h"
#include "domain/OrderColumns.h"
#include "imports/domain/CsvTable.h"
#include "imports/domain/ImportProblem.h"

#include <QCoreApplication>

namespace shopdesk {

// An order as a channel's export gives it, and the line of the file it starts on.
struct ChannelOrderRow
{
    int line = 0;
    Order order; // channelStatus: the channel's own words for its state
};

// Reads the shops' order exports, columns found by their header: the Taobao/Tmall seller order
// report (GB18030, one row per order; order numbers and phones with Excel's leading '), and the
// Shopify orders export (one row per line item, the order's fields on its first row; the
// currency kept as it is). Times of the channel's day are China's (UTC+8) unless the cell says
// its offset. Every bad row is named with its line, field and value.
class ChannelOrderRows
{
    Q_DECLARE_TR_FUNCTIONS(ChannelOrderRows)
public:
    static Result<ImportedRows<ChannelOrderRow>> taobao(const QList<CsvRecord> &records);
    static Result<ImportedRows<ChannelOrderRow>> shopify(const QList<CsvRecord> &records);
    // Any other channel's export through the columns its user mapped (one row per line item);
    // the header row is the first of the leading rows that has the required columns.
    static Result<ImportedRows<ChannelOrderRow>> mapped(const QList<CsvRecord> &records, const OrderColumns &columns);
    // The header row mapped() would read (the first of the leading rows with any text), for the
    // mapping dialog's choices.
    static QStringList headerOf(const QList<CsvRecord> &records, const OrderColumns &columns);
    // "2026-10-12 09:00:00", "2026/10/12 9:00", "2026-10-12 10:00:00 +0800" as UTC; invalid when
    // it is none of these.
    static QDateTime parseTime(const QString &text);
    // "387.00", "¥387", "1,234.5" as minor units (two decimals); nullopt when it is no amount or
    // beyond ten billion.
    static std::optional<qint64> parseAmount(const QString &text);
};

} // namespace shopdesk
