#pragma once

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

namespace CsvTable {
QList<CsvRecord> parse(const QString &text);
// The first record whose fields include all of `required`: the header, after any title rows.
int findHeader(const QList<CsvRecord> &records, const QStringList &required);
} // namespace CsvTable

} // namespace shopdesk
