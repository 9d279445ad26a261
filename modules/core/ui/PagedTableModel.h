#pragma once

#include "common/Result.h"
#include "common/domain/Page.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace shopdesk {

// Issue 12, "Lists that grow": the one table model such lists share. It holds the rows read so
// far and reads the next page when the view scrolls to the end (canFetchMore/fetchMore), each
// page one short query through a service (STYLE 3). reload() starts again from the first page,
// for a new filter or order, or when another PC committed. A page that cannot be read leaves
// the rows already shown, says why in lastError() and pageFailed, and stops fetching until the
// next reload().
//
// A list either derives from PagedRows<Row> (below), hands it its page source and supplies
// columnCount(), data() and headerData(), or describes its columns to PagedList<Row>: the
// headers and a row's text in a column. A list ordered in its query reads sortColumn() and
// sortOrder() in its page source: a click on a header (sort()) reloads in that order.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What the audit log has always read at a time.
    static constexpr int kDefaultPageSize = 200;

    int pageSize() const { return m_pageSize; }
    // Empties the list and reads its first page (inside the reset, so views see one change);
    // the error, or empty.
    QString reload();
    // Why the last read failed; empty after a read that worked.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Reloads in this order when it changed; -1 (the default): the source's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    // fetchMore() returns nothing, so a page that cannot be read is told here.
    void pageFailed(const QString &error);

protected:
    PagedTableModel(int pageSize, QObject *parent);

    // The row-access layer, which PagedRows<Row> implements for one row type.
    struct ReadPage
    {
        qsizetype rows = 0;
        PageCursor next;
        bool more = false;
    };
    virtual qsizetype heldRows() const = 0;
    virtual void dropRows() = 0;
    // Reads the page after `after` and holds it aside until keepReadPage().
    virtual Result<ReadPage> readPage(const PageCursor &after, int pageSize) = 0;
    // Appends the page read aside to the rows.
    virtual void keepReadPage() = 0;

private:
    int m_pageSize;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    PageCursor m_next;
    bool m_more = false;
    QString m_error;
};

// The rows of one type behind a PagedTableModel, and the page source that reads them.
// (Q_OBJECT classes cannot be templates; this one adds no signals or slots.)
template<typename Row>
class PagedRows : public PagedTableModel
{
public:
    // The page after `after`, at most pageSize rows: a service's paged list, with the filter
    // and order the list shows.
    using Source = std::function<Result<Page<Row>>(const PageCursor &after, int pageSize)>;

    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

protected:
    PagedRows(Source source, int pageSize, QObject *parent)
        : PagedTableModel(pageSize, parent), m_source(std::move(source))
    {
    }
    // Takes effect at the next reload().
    void setSource(Source source) { m_source = std::move(source); }

private:
    qsizetype heldRows() const override { return m_rows.size(); }
    void dropRows() override { m_rows.clear(); }
    Result<ReadPage> readPage(const PageCursor &after, int pageSize) override
    {
        if (!m_source)
            return ReadPage{};
        Result<Page<Row>> page = m_source(after, pageSize);
        if (!page)
            return page.failure();
        m_read = std::move(page->rows);
        return ReadPage{m_read.size(), std::move(page->next), page->more};
    }
    void keepReadPage() override
    {
        m_rows.append(std::move(m_read));
        m_read.clear();
    }

    Source m_source;
    QList<Row> m_rows, m_read;
};

// A list described by its columns: the headers and a row's text in each. The texts are the
// caller's (translated in its own context); display text only.
template<typename Row>
class PagedList : public PagedRows<Row>
{
public:
    using Source = typename PagedRows<Row>::Source;
    using CellText = std::function<QString(const Row &row, int column)>;

    PagedList(QStringList headers, CellText cellText, Source source, int pageSize, QObject *parent)
        : PagedRows<Row>(std::move(source), pageSize, parent), m_headers(std::move(headers)),
          m_cellText(std::move(cellText))
    {
    }

    // Columns of figures (a price, a count): right-aligned, so that their places line up.
    void setFigureColumns(QList<int> columns) { m_figureColumns = std::move(columns); }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Row *row = this->rowAt(index.row());
        if (row && role == Qt::TextAlignmentRole && m_figureColumns.contains(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (!row || role != Qt::DisplayRole || index.column() < 0 || index.column() >= m_headers.size())
            return {};
        return m_cellText(*row, index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
            return {};
        return m_headers.at(section);
    }

private:
    QStringList m_headers;
    CellText m_cellText;
    QList<int> m_figureColumns;
};

} // namespace shopdesk
