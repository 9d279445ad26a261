#pragma once

#include "common/Result.h"
#include "domain/ChannelOrderRows.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// The channels whose exports are read as they come; any other through its mapped columns.
enum class OrderExport { Taobao, Shopify, Mapped };

// What an order import would do.
struct OrderImportPreview
{
    struct StatusChange
    {
        qint64 orderId = 0;
        QString number;
        QString from, to;
    };
    QString fileName;
    int rowsRead = 0;
    QList<Order> added;
    QList<StatusChange> statusChanges; // RULE ORD-05: an event each, the order untouched
    int unchanged = 0;
    QList<ImportProblem> problems;
};

// Imports a channel's order export (CSV in UTF-8 or GB18030, or XLSX) the way the other lists are
// imported: a preview first, every bad row named, all in one transaction, idempotent by channel
// and order number. RULE ORD-05: an order already recorded is never changed: a new status at the
// channel becomes an appended event.
class OrderImport
{
    Q_DECLARE_TR_FUNCTIONS(OrderImport)
public:
    OrderImport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<OrderImportPreview> preview(const Actor &actor, const QByteArray &bytes, const QString &fileName,
                                       OrderExport format) const;
    // Another channel's export through `columns` (OrderExport::Mapped).
    Result<OrderImportPreview> preview(const Actor &actor, const QByteArray &bytes, const QString &fileName,
                                       const OrderColumns &columns) const;
    // Orders read elsewhere (the web shop's API: WebShops), each taken exactly like a file's row.
    Result<OrderImportPreview> preview(const Actor &actor, const ImportedRows<ChannelOrderRow> &rows,
                                       const QString &source) const;
    // The rows of a file (CSV or XLSX) as read, for the mapping dialog's header and live preview.
    static Result<QList<CsvRecord>> records(const QByteArray &bytes, const QString &fileName);

    // The columns saved for each channel, used again for its next file (by header, so a file
    // whose columns moved still reads). Saving needs the orders right and leaves an audit record.
    Result<QList<OrderColumns>> savedColumns(const Actor &actor) const;
    Result<OrderColumns> savedColumns(const Actor &actor, const QString &channel) const; // empty headers: none
    Status saveColumns(const Actor &actor, const OrderColumns &columns);
    // The orders recorded and the events appended; a preview overtaken by another PC is refused
    // whole as a conflict.
    Result<int> import(const Actor &actor, const OrderImportPreview &preview);
    static QStringList summary(const OrderImportPreview &preview);

private:
    Result<OrderImportPreview> previewRows(const ImportedRows<ChannelOrderRow> &rows, const QString &fileName) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
