#pragma once

#include "database/data/SqlDialect.h"

#include <QString>
#include <QVariant>

namespace shopdesk {

// RULE CON-04's index of the pages' character pairs (ContractText), as each engine keeps it:
// SQLite's contentless fts5 table, whose rowid is the page's id, searched with MATCH; or (issue
// 20) PostgreSQL's table of a tsvector per page_id with a GIN index, searched with @@.
class PageGrams
{
public:
    explicit PageGrams(SqlDialect dialect) : m_engine(dialect.engine()) {}

    // Adds a page: its id, then indexed() of its text.
    QString insert() const;
    QVariant indexed(const QString &pageText) const;
    // The index joined to its pages (p), for a WHERE with matching().
    QString joinedToPages() const;
    // The condition on one parameter, query() of what the user typed.
    QString matching() const;
    // Empty when the text has no letter or digit to look for.
    QString query(const QString &typed) const;

private:
    SqlEngine m_engine;
};

} // namespace shopdesk
