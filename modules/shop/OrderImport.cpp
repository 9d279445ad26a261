#include "OrderImport.h"

#include "OrderBook.h"
#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/OrderRepository.h"
#include "database/data/Database.h"
#include "imports/XlsxSheet.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shopdesk {

namespace {
// An import of at least this many orders refreshes a server's statistics of the order tables.
constexpr qsizetype kManyOrders = 1000;
} // namespace

Result<QList<CsvRecord>> OrderImport::records(const QByteArray &bytes, const QString &fileName)
{
    return XlsxSheet::readWorkbookOrCsv(bytes, fileName);
}

Result<OrderImportPreview> OrderImport::preview(const Actor &actor, const QByteArray &bytes, const QString &fileName,
                                                OrderExport format) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    if (format == OrderExport::Mapped)
        return fail(tr("%1: say which channel's columns to read it with.").arg(fileName));
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    auto rows =
        format == OrderExport::Taobao ? ChannelOrderRows::taobao(*records) : ChannelOrderRows::shopify(*records);
    if (!rows)
        return fail(tr("%1: %2").arg(fileName, rows.error()));
    return previewRows(*rows, fileName);
}

Result<OrderImportPreview> OrderImport::preview(const Actor &actor, const QByteArray &bytes, const QString &fileName,
                                                const OrderColumns &columns) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    auto rows = ChannelOrderRows::mapped(*records, columns);
    if (!rows)
        return fail(tr("%1: %2").arg(fileName, rows.error()));
    return previewRows(*rows, fileName);
}

Result<OrderImportPreview> OrderImport::preview(const Actor &actor, const ImportedRows<ChannelOrderRow> &rows,
                                                const QString &source) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    return previewRows(rows, source);
}

Result<OrderImportPreview> OrderImport::previewRows(const ImportedRows<ChannelOrderRow> &read,
                                                    const QString &fileName) const
{
    OrderImportPreview p;
    p.fileName = fileName;
    p.rowsRead = read.rowsRead;
    p.problems = read.problems;
    // What the channel has already, asked a few hundred numbers at a time (not a row at a time).
    QHash<QString, QStringList> numbers; // by channel
    for (const ChannelOrderRow &row : std::as_const(read.rows))
        numbers[row.order.channel] << row.order.number;
    QHash<QString, QHash<QString, OrderRepository::Known>> known;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        auto found = OrderRepository(m_db).known(it.key(), it.value());
        if (!found)
            return found.failure();
        known.insert(it.key(), *found);
    }
    p.added.reserve(read.rows.size());
    for (const ChannelOrderRow &row : std::as_const(read.rows)) {
        const QHash<QString, OrderRepository::Known> &ofChannel = known[row.order.channel];
        const auto recorded = ofChannel.constFind(row.order.number);
        if (recorded == ofChannel.cend()) {
            if (const QString problem = OrderRules::problem(row.order); !problem.isEmpty())
                p.problems.append({row.line, tr("order"), row.order.number, problem});
            else
                p.added.append(row.order);
        } else if (recorded->channelStatus != row.order.channelStatus && !row.order.channelStatus.isEmpty()) {
            p.statusChanges.append({recorded->id, row.order.number, recorded->channelStatus, row.order.channelStatus});
        } else {
            ++p.unchanged;
        }
    }
    std::stable_sort(p.problems.begin(), p.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return p;
}

Result<int> OrderImport::import(const Actor &actor, const OrderImportPreview &preview)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    auto imported = m_db.write([&]() -> Result<int> {
        OrderRepository repo(m_db);
        // One recorded since the preview is refused as a conflict, the whole import with it; the
        // channel's status comes as the order's first event.
        if (auto ids = OrderBook::recordAllInTransaction(m_db, m_clock, actor, preview.added); !ids)
            return ids.failure();
        for (const auto &change : preview.statusChanges) {
            auto known = repo.find(change.orderId);
            if (!known)
                return known.failure();
            if (!*known || (*known)->channelStatus != change.from)
                return conflict(tr("Order %1 changed since the preview; read the file again.").arg(change.number));
            if (auto e = OrderBook::happenInTransaction(m_db, m_clock, actor, change.orderId,
                                                        OrderEventKind::ChannelStatus, change.to, 0);
                !e)
                return e.failure();
        }
        return int(preview.added.size() + preview.statusChanges.size());
    });
    // A large file changes the tables' sizes: a server's list should know at once. (Failing
    // here costs only speed until the server's autovacuum looks.)
    if (imported && preview.added.size() >= kManyOrders)
        (void)OrderRepository(m_db).refreshStatistics();
    return imported;
}

Result<QList<OrderColumns>> OrderImport::savedColumns(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    QList<OrderColumns> list;
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT channel, columns_json FROM order_channel_columns ORDER BY channel"), {});
        !s)
        return s.failure();
    while (q.next())
        list.append(OrderColumns::fromJson(q.value(0).toString(), q.value(1).toByteArray()));
    return list;
}

Result<OrderColumns> OrderImport::savedColumns(const Actor &actor, const QString &channel) const
{
    auto all = savedColumns(actor);
    if (!all)
        return all.failure();
    for (const OrderColumns &c : std::as_const(*all))
        if (c.channel == channel.trimmed().toLower())
            return c;
    OrderColumns none;
    none.channel = channel.trimmed().toLower();
    return none;
}

Status OrderImport::saveColumns(const Actor &actor, const OrderColumns &given)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    OrderColumns columns = given;
    columns.channel = columns.channel.trimmed().toLower();
    if (columns.channel.isEmpty())
        return fail(tr("Name the channel the orders come from."));
    if (columns.channel == u"taobao" || columns.channel == u"shopify")
        return fail(tr("%1's exports are read as they come; they need no columns.").arg(columns.channel));
    for (const QString &field : OrderColumns::fields())
        if (OrderColumns::required(field) && columns.headers.value(field).isEmpty())
            return fail(tr("Choose the column that holds \"%1\".").arg(OrderColumns::title(field)));
    return m_db.write([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (Status s = Database::execPrepared(
                q,
                QStringLiteral("INSERT INTO order_channel_columns(channel, columns_json, saved_at, saved_by_user_id) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT(channel) DO UPDATE SET "
                               "columns_json = excluded.columns_json, saved_at = excluded.saved_at, "
                               "saved_by_user_id = excluded.saved_by_user_id"),
                {columns.channel, QString::fromUtf8(columns.toJson()), toStoredInstant(m_clock.nowUtc()),
                 actor.userId});
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.order.columns"), QStringLiteral("order_channel_columns"),
                    columns.channel, {}, QJsonDocument::fromJson(columns.toJson()).object());
    });
}

QStringList OrderImport::summary(const OrderImportPreview &p)
{
    return {p.fileName,
            tr("Rows read: %1").arg(p.rowsRead),
            tr("New orders: %1").arg(p.added.size()),
            tr("New status at the channel: %1").arg(p.statusChanges.size()),
            tr("Unchanged: %1").arg(p.unchanged),
            tr("Problems (their rows are not imported): %1").arg(p.problems.size())};
}

} // namespace shopdesk
