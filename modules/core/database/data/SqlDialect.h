#pragma once

#include <QString>

class QSqlDatabase;

namespace shopdesk {

enum class SqlEngine { Sqlite, Postgres };

// Issue 20: the few pieces of SQL spelled differently on SQLite and on PostgreSQL, so that a
// repository's statement is one text for both engines. Each helper takes SQL expressions (column
// names, `?`) and returns an expression. Stored instants are UTC text (common/Clock.h,
// toStoredInstant); whole-second offsets turn them into a calendar's days and months.
class SqlDialect
{
public:
    explicit constexpr SqlDialect(SqlEngine engine) : m_engine(engine) {}
    // The engine behind an open connection, by its Qt driver.
    static SqlDialect of(const QSqlDatabase &db);
    SqlEngine engine() const { return m_engine; }

    // The calendar day 'yyyy-MM-dd', or month 'yyyy-MM', of a stored UTC instant at `offsetSeconds`
    // east of UTC (China: UTC+8 all year).
    QString dayAt(const QString &instant, int offsetSeconds) const;
    QString monthAt(const QString &instant, int offsetSeconds) const;
    // The calendar day of a stored UTC instant in this PC's time zone, summer time included.
    QString localDay(const QString &instant) const;
    // The whole seconds from one stored instant to another (stored instants have no fraction).
    QString secondsBetween(const QString &from, const QString &to) const;
    // A group's non-null `text` values joined by `separator` (an SQL expression), in no set order.
    QString joined(const QString &text, const QString &separator) const;
    // A group's distinct non-null `text` values joined by commas, in no set order.
    QString joinedDistinct(const QString &text) const;
    // The one character with the code point `code` (30 and 31 separate records and fields).
    QString character(int code) const;
    // Whether `text` contains `part`, in either case.
    QString containsIgnoringCase(const QString &text, const QString &part) const;
    // `text` LIKE `pattern` with '\' as its escape, in either case (SQLite's LIKE ignores ASCII
    // case by itself; PostgreSQL's does not).
    QString likeIgnoringCase(const QString &text, const QString &pattern) const;
    // The pattern for likeIgnoringCase that finds `text` anywhere, its %, _ and \ taken literally.
    static QString containing(const QString &text);
    // `a` = `b` in either case (user names: SQLite's NOCASE).
    QString equalsIgnoringCase(const QString &a, const QString &b) const;

    // The later (greater) of two values of one type, such as two stored instants (SQLite's
    // max(a, b) with two arguments; PostgreSQL's greatest).
    QString later(const QString &a, const QString &b) const;

    // A FROM item named `alias`: a row per element of the JSON array `array` (JSON text, such as
    // `?`, or an element of another), in the array's order. `alias.value` is the element, read
    // with `->>` and a position (`alias.value->>0`) the same on both engines; position(alias)
    // counts them from 1.
    QString jsonElements(const QString &array, const QString &alias) const;
    QString position(const QString &alias) const;

    // A query that returns a row when the table named by its one parameter exists.
    QString tableExists() const;

private:
    QString timestampAt(const QString &instant, int offsetSeconds) const; // PostgreSQL only
    SqlEngine m_engine;
};

} // namespace shopdesk
