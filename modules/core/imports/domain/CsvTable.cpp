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
    qsizetype width = 0; // the last record's fields: the next one's likely count
    auto endRecord = [&] {
        if (fieldStarted || !current.fields.isEmpty()) {
            current.fields.append(std::move(field));
            width = current.fields.size();
            records.append(std::move(current));
        }
        current = CsvRecord{line, {}};
        current.fields.reserve(width);
        field = QString();
        fieldStarted = false;
    };
    // A field is most often one run: its own exact copy, not one grown for more.
    const auto append = [&field](QStringView run) {
        if (field.isEmpty())
            field = run.toString();
        else
            field += run;
    };
    // Characters are taken a run at a time up to the next one that means something (a file of
    // 100,000 orders has 30 million).
    const QStringView all(text);
    const qsizetype n = all.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = all[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && all[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
                continue;
            }
            qsizetype end = i;
            for (; end < n && all[end] != u'"'; ++end)
                if (all[end] == u'\n')
                    ++line;
            append(all.sliced(i, end - i));
            i = end - 1;
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            current.fields.append(std::move(field));
            field = QString();
            fieldStarted = true;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c != u'\r') {
            qsizetype end = i + 1;
            while (end < n && all[end] != u',' && all[end] != u'\n' && all[end] != u'\r' && all[end] != u'"')
                ++end;
            append(all.sliced(i, end - i));
            fieldStarted = true;
            i = end - 1;
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
