#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk {

// Comma-separated text as exports write it (RFC 4180: quoted fields, doubled quotes, line breaks
// inside quotes). Each record keeps the line it started on, for error messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A list's columns, each by its key and the Chinese or English titles people give it in Excel.
using CsvColumns = QList<std::pair<const char *, QStringList>>;

// One record of a list, its fields by column key (from CsvTable::findColumns).
struct CsvRow
{
    const CsvRecord &record;
    const QHash<QString, int> &column;

    bool has(const char *key) const { return column.contains(QLatin1String(key)); }
    QString text(const char *key) const { return record.fields.value(column.value(QLatin1String(key), -1)).trimmed(); }
    bool blank() const;
};

namespace CsvTable {
QList<CsvRecord> parse(const QString &text);
// The first record whose fields include all of `required`: the header, after any title rows.
int findHeader(const QList<CsvRecord> &records, const QStringList &required);
// The first of the leading records (title rows may come first) that names every `required`
// column, titles compared without case, spaces or full-width brackets ("采购周期（天）", "Lead
// Time Days"); `column` gets each found column's key and index. -1 when none does.
int findColumns(const QList<CsvRecord> &records, const CsvColumns &columns, const QStringList &required,
                QHash<QString, int> &column);
} // namespace CsvTable

} // namespace shopdesk
