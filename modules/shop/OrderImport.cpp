#include "OrderImport.h"

#include "OrderBook.h"
#include "ShopActions.h"
#include "data/OrderRepository.h"
#include "database/data/Database.h"
#include "imports/XlsxSheet.h"

namespace shopdesk {

Result<OrderImportPreview> OrderImport::preview(const Actor &actor, const QByteArray &bytes, const QString &fileName,
                                                OrderExport format) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    auto rows =
        format == OrderExport::Taobao ? ChannelOrderRows::taobao(*records) : ChannelOrderRows::shopify(*records);
    if (!rows)
        return fail(tr("%1: %2").arg(fileName, rows.error()));
    OrderImportPreview p;
    p.fileName = fileName;
    p.rowsRead = rows->rowsRead;
    p.problems = rows->problems;
    OrderRepository repo(m_db);
    for (const ChannelOrderRow &row : rows->rows) {
        auto known = repo.byNumber(row.order.channel, row.order.number);
        if (!known)
            return known.failure();
        if (!*known) {
            if (const QString problem = OrderRules::problem(row.order); !problem.isEmpty())
                p.problems.append({row.line, tr("order"), row.order.number, problem});
            else
                p.added.append(row.order);
        } else if ((*known)->channelStatus != row.order.channelStatus && !row.order.channelStatus.isEmpty()) {
            p.statusChanges.append({(*known)->id, row.order.number, (*known)->channelStatus, row.order.channelStatus});
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
    return m_db.write([&]() -> Result<int> {
        OrderRepository repo(m_db);
        for (const Order &order : preview.added) {
            auto known = repo.byNumber(order.channel, order.number);
            if (!known)
                return known.failure();
            if (*known)
                return conflict(tr("Order %1 was recorded by someone else since the preview; read the file again.")
                                    .arg(order.number));
            Order o = order;
            o.channelStatus.clear(); // the channel's status comes as the order's first event
            auto id = OrderBook::recordInTransaction(m_db, m_clock, actor, o);
            if (!id)
                return id.failure();
            if (!order.channelStatus.isEmpty())
                if (auto e = OrderBook::happenInTransaction(m_db, m_clock, actor, *id, OrderEventKind::ChannelStatus,
                                                            order.channelStatus, 0);
                    !e)
                    return e.failure();
        }
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
