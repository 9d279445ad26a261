#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace shopdesk {

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? SqlEngine::Postgres : SqlEngine::Sqlite);
}

// On PostgreSQL the stored text is read as a timestamp without a zone: its trailing Z is ignored,
// which is what is wanted, since every stored instant is UTC.
QString SqlDialect::timestampAt(const QString &instant, int offsetSeconds) const
{
    return QStringLiteral("(CAST(%1 AS timestamp) + %2 * interval '1 second')").arg(instant).arg(offsetSeconds);
}

QString SqlDialect::dayAt(const QString &instant, int offsetSeconds) const
{
    if (m_engine == SqlEngine::Postgres)
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(timestampAt(instant, offsetSeconds));
    return QStringLiteral("strftime('%Y-%m-%d', %1, '%2 seconds')").arg(instant).arg(offsetSeconds);
}

QString SqlDialect::monthAt(const QString &instant, int offsetSeconds) const
{
    if (m_engine == SqlEngine::Postgres)
        return QStringLiteral("to_char(%1, 'YYYY-MM')").arg(timestampAt(instant, offsetSeconds));
    return QStringLiteral("strftime('%Y-%m', %1, '%2 seconds')").arg(instant).arg(offsetSeconds);
}

QString SqlDialect::localDay(const QString &instant) const
{
    if (m_engine == SqlEngine::Postgres)
        return QStringLiteral("to_char(timezone('%1', CAST(%2 AS timestamptz)), 'YYYY-MM-DD')")
            .arg(QString::fromLatin1(QTimeZone::systemTimeZoneId()), instant);
    return QStringLiteral("date(%1, 'localtime')").arg(instant);
}

QString SqlDialect::secondsBetween(const QString &from, const QString &to) const
{
    if (m_engine == SqlEngine::Postgres)
        return QStringLiteral("EXTRACT(EPOCH FROM (CAST(%2 AS timestamp) - CAST(%1 AS timestamp)))").arg(from, to);
    // Not julianday()'s difference: its doubles are 4.5 microseconds off over ten minutes.
    return QStringLiteral("(CAST(strftime('%s', %2) AS INTEGER) - CAST(strftime('%s', %1) AS INTEGER))").arg(from, to);
}

QString SqlDialect::joined(const QString &text, const QString &separator) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(m_engine == SqlEngine::Postgres ? QStringLiteral("string_agg") : QStringLiteral("group_concat"), text,
             separator);
}

QString SqlDialect::joinedDistinct(const QString &text) const
{
    // SQLite takes no separator beside DISTINCT; its own is the comma.
    if (m_engine == SqlEngine::Postgres)
        return QStringLiteral("string_agg(DISTINCT %1, ',')").arg(text);
    return QStringLiteral("group_concat(DISTINCT %1)").arg(text);
}

QString SqlDialect::character(int code) const
{
    return QStringLiteral("%1(%2)")
        .arg(m_engine == SqlEngine::Postgres ? QStringLiteral("chr") : QStringLiteral("char"))
        .arg(code);
}

QString SqlDialect::containsIgnoringCase(const QString &text, const QString &part) const
{
    return QStringLiteral("%1(lower(%2), lower(%3)) > 0")
        .arg(m_engine == SqlEngine::Postgres ? QStringLiteral("strpos") : QStringLiteral("instr"), text, part);
}

QString SqlDialect::likeIgnoringCase(const QString &text, const QString &pattern) const
{
    return QStringLiteral("%1 %2 %3 ESCAPE '\\'")
        .arg(text, m_engine == SqlEngine::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"), pattern);
}

QString SqlDialect::containing(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SqlDialect::equalsIgnoringCase(const QString &a, const QString &b) const
{
    if (m_engine == SqlEngine::Postgres)
        return QStringLiteral("lower(%1) = lower(%2)").arg(a, b);
    return QStringLiteral("%1 = %2 COLLATE NOCASE").arg(a, b);
}

QString SqlDialect::later(const QString &a, const QString &b) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(m_engine == SqlEngine::Postgres ? QLatin1String("greatest") : QLatin1String("max"), a, b);
}

QString SqlDialect::jsonElements(const QString &array, const QString &alias) const
{
    if (m_engine == SqlEngine::Postgres) // a function in FROM sees the items before it (LATERAL)
        return QStringLiteral("json_array_elements(CAST(%1 AS json)) WITH ORDINALITY AS %2(value, n)")
            .arg(array, alias);
    return QStringLiteral("json_each(%1) AS %2").arg(array, alias);
}

QString SqlDialect::position(const QString &alias) const
{
    return m_engine == SqlEngine::Postgres ? QStringLiteral("%1.n").arg(alias)
                                           : QStringLiteral("(%1.key + 1)").arg(alias);
}

QString SqlDialect::tableExists() const
{
    if (m_engine == SqlEngine::Postgres)
        return QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                              "AND table_name = ?");
    return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
}

} // namespace shopdesk
