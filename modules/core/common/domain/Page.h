#pragma once

#include <QList>
#include <QVariant>

namespace shopdesk {

// Issue 12, "Lists that grow": such a list is read a page at a time, each page one short query
// read to the end (STYLE 3: no cursor stays open between pages, so another PC can commit), and
// the next page starts after the last row read, by its place in the list's order (a keyset), not
// by an OFFSET that shifts when another PC adds a row meanwhile.
struct PageCursor
{
    // The last row's values in the list's order, the last of them unique (an id, a staff
    // number) so that no two rows share a place; empty: from the first row.
    QVariantList after;

    bool atStart() const { return after.isEmpty(); }
};

// One page of a list and where the next one starts.
template<typename Row>
struct Page
{
    QList<Row> rows;
    PageCursor next; // hand it back for the page after this one
    bool more = false; // another page follows
};

// A repository reads pageSize + 1 rows: the one past the page only tells that more follow.
// cursorOf gives a kept row's place in the order.
template<typename Row, typename CursorOf>
Page<Row> pageOf(QList<Row> rows, int pageSize, CursorOf cursorOf)
{
    Page<Row> page;
    page.more = rows.size() > pageSize;
    if (page.more)
        rows.resize(pageSize);
    if (!rows.isEmpty())
        page.next = cursorOf(rows.constLast());
    page.rows = std::move(rows);
    return page;
}

} // namespace shopdesk
