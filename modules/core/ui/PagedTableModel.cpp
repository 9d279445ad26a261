#include "PagedTableModel.h"

namespace shopdesk {

PagedTableModel::PagedTableModel(int pageSize, QObject *parent)
    : QAbstractTableModel(parent), m_pageSize(qMax(1, pageSize))
{
}

QString PagedTableModel::reload()
{
    beginResetModel();
    dropRows();
    m_next = {};
    auto read = readPage(m_next, m_pageSize);
    m_error = read ? QString() : read.error();
    m_more = read && read->more;
    if (read) {
        m_next = read->next;
        keepReadPage();
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit pageFailed(m_error);
    return m_error;
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(heldRows());
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto read = readPage(m_next, m_pageSize);
    if (!read) {
        // The rows already shown stay; scrolling does not try again and again (reload() does).
        m_error = read.error();
        m_more = false;
        emit pageFailed(m_error);
        return;
    }
    m_error.clear();
    m_next = read->next;
    m_more = read->more;
    if (read->rows == 0)
        return;
    const int first = int(heldRows());
    beginInsertRows({}, first, first + int(read->rows) - 1);
    keepReadPage();
    endInsertRows();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace shopdesk
