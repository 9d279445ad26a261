#pragma once

#include "domain/Order.h"
#include "ui/PagedTableModel.h"

#include <QSet>

namespace shopdesk {

class Clock;

// RULE ORD-01..03: the order list's rows as the back office reads them: the time left on the
// running clock first, red and bold when it has run out, orange in its last minutes (ORD-02:
// two of ten, ORD-03: two hours of twenty-four); orders that arrived since the clerk last looked
// bold on a light yellow ground until opened.
class OrderListModel : public PagedRows<Order>
{
public:
    enum Column { TimeLeft, Number, Channel, Created, Buyer, Contact, Phone, Total, State, ChannelStatus, ColumnCount };

    OrderListModel(const Clock &clock, Source source, QObject *parent);

    void markNew(const QList<qint64> &ids);
    void unmark(qint64 id);
    bool isMarked(qint64 id) const { return m_new.contains(id); }
    int markedCount() const { return int(m_new.size()); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Order &o, int column) const;
    const Clock &m_clock;
    QSet<qint64> m_new;
};

} // namespace shopdesk
