#pragma once

#include "common/Result.h"
#include "domain/ChannelOrderRows.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// The channels whose exports are read as they come.
enum class OrderExport { Taobao, Shopify };

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
    // The orders recorded and the events appended; a preview overtaken by another PC is refused
    // whole as a conflict.
    Result<int> import(const Actor &actor, const OrderImportPreview &preview);
    static QStringList summary(const OrderImportPreview &preview);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
