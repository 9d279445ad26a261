#include "imports/domain/CsvTable.h"

#include <algorithm>

namespace shopdesk::CsvTable {

QList<CsvRecord> parse(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endRecord = [&] {
        if (fieldStarted || !current.fields.isEmpty()) {
            current.fields.append(field);
            records.append(current);
        }
        current = CsvRecord{line, {}};
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            current.fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c != u'\r') {
            field += c;
            fieldStarted = true;
        }
    }
    endRecord();
    return records;
}

int findHeader(const QList<CsvRecord> &records, const QStringList &required)
{
    for (int i = 0; i < records.size() && i < 20; ++i) {
        QStringList trimmed;
        for (const QString &f : records[i].fields)
            trimmed.append(f.trimmed());
        bool all = true;
        for (const QString &r : required)
            all = all && trimmed.contains(r);
        if (all)
            return i;
    }
    return -1;
}

namespace {
QString headerKey(const QString &title)
{
    QString key;
    for (QChar c : title.toLower()) {
        if (c == u'（')
            c = u'(';
        else if (c == u'）')
            c = u')';
        if (!c.isSpace())
            key += c;
    }
    return key;
}
} // namespace

int findColumns(const QList<CsvRecord> &records, const CsvColumns &columns, const QStringList &required,
                QHash<QString, int> &column)
{
    for (int i = 0; i < records.size() && i < 20; ++i) {
        QHash<QString, int> found;
        const QStringList &titles = records.at(i).fields;
        for (int c = 0; c < titles.size(); ++c)
            for (const auto &[key, names] : columns)
                for (const QString &n : names)
                    if (headerKey(titles.at(c)) == headerKey(n) && !found.contains(QLatin1String(key)))
                        found.insert(QString::fromLatin1(key), c);
        if (std::all_of(required.cbegin(), required.cend(), [&](const QString &k) { return found.contains(k); })) {
            column = found;
            return i;
        }
    }
    return -1;
}

} // namespace shopdesk::CsvTable

namespace shopdesk {

bool CsvRow::blank() const
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

} // namespace shopdesk
