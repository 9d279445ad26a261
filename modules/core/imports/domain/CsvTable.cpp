#include "imports/domain/CsvTable.h"

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

} // namespace shopdesk::CsvTable
