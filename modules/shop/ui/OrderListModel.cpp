#include "OrderListModel.h"

#include "common/Clock.h"
#include "domain/ShopTime.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>

namespace shopdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderListModel)
};
const QColor kOverdue(0xB7, 0x1C, 0x1C);
const QColor kNearly(0xB3, 0x5C, 0x00);
const QColor kNewGround(0xFF, 0xF6, 0xC8);
} // namespace

OrderListModel::OrderListModel(const Clock &clock, Source source, QObject *parent)
    : PagedRows<Order>(std::move(source), kDefaultPageSize, parent), m_clock(clock)
{
}

void OrderListModel::markNew(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_new.insert(id);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void OrderListModel::unmark(qint64 id)
{
    if (!m_new.remove(id))
        return;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderListModel::text(const Order &o, int column) const
{
    switch (column) {
    case TimeLeft: {
        const auto left = OrderRules::secondsLeft(o, m_clock.nowUtc());
        return left ? OrderRules::timeLeftText(*left) : QString();
    }
    case Number: return o.number;
    case Channel: return orderChannelTitle(o.channel);
    case Created: return ShopTime::text(o.createdAt);
    case Buyer: return o.customer;
    case Contact: return o.contactName;
    case Phone: return o.phone;
    case Total: return OrderRules::amountText(o.totalMinor, o.currency);
    case State: return orderStateTitle(o.state);
    case ChannelStatus: return o.channelStatus;
    }
    return {};
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    const Order *o = rowAt(index.row());
    if (!o)
        return {};
    switch (role) {
    case Qt::DisplayRole: return text(*o, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole: {
        if (!OrderRules::nearDeadline(*o, m_clock.nowUtc()))
            return {};
        const auto left = OrderRules::secondsLeft(*o, m_clock.nowUtc());
        return QBrush(left && *left < 0 ? kOverdue : kNearly);
    }
    case Qt::FontRole: {
        const auto left = OrderRules::secondsLeft(*o, m_clock.nowUtc());
        if (!m_new.contains(o->id) && !(left && *left < 0))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::BackgroundRole: return m_new.contains(o->id) ? QVariant(QBrush(kNewGround)) : QVariant();
    case Qt::ToolTipRole: return m_new.contains(o->id) ? Tr::tr("New since the list last looked") : QVariant();
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeLeft: return Tr::tr("Time left");
    case Number: return Tr::tr("Order number");
    case Channel: return Tr::tr("Channel");
    case Created: return Tr::tr("Created");
    case Buyer: return Tr::tr("Buyer");
    case Contact: return Tr::tr("Consignee");
    case Phone: return Tr::tr("Phone");
    case Total: return Tr::tr("Total");
    case State: return Tr::tr("State");
    case ChannelStatus: return Tr::tr("At the channel");
    }
    return {};
}

} // namespace shopdesk
