#include "imports/XlsxSheet.h"

#include "imports/domain/TextDecoding.h"

#include <QFile>
#include <QHash>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>

namespace shopdesk {

namespace {

constexpr qint64 kMaxPartSize = 64 * 1024 * 1024; // a zip bomb stops here

// One part of the package, or an empty array when it is absent or too large.
QByteArray readPart(unzFile zip, const char *name, bool *tooLarge)
{
    if (unzLocateFile(zip, name, 0) != UNZ_OK)
        return {};
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return {};
    if (info.uncompressed_size > quint64(kMaxPartSize)) {
        *tooLarge = true;
        return {};
    }
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return {};
    QByteArray data;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        data.append(buffer, n);
        if (data.size() > kMaxPartSize) {
            *tooLarge = true;
            break;
        }
    }
    unzCloseCurrentFile(zip);
    return n < 0 ? QByteArray() : data;
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"si")
            current.clear();
        else if (r.isStartElement() && r.name() == u"t")
            current += r.readElementText();
        else if (r.isEndElement() && r.name() == u"si")
            strings.append(current);
    }
    return strings;
}

// "BC12" -> 54 (0-based column), or -1.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters ? column - 1 : -1;
}

} // namespace

Result<QList<CsvRecord>> XlsxSheet::readFirstSheet(const QByteArray &xlsx)
{
    if (!xlsx.startsWith("PK"))
        return fail(tr("This is not an .xlsx workbook (it is not a zip file)."));
    // minizip opens files by name: the workbook goes to a private temporary file first.
    QTemporaryFile file;
    if (!file.open() || file.write(xlsx) != xlsx.size() || !file.flush())
        return fail(tr("The workbook could not be copied to a temporary file."));
    unzFile zip = unzOpen64(QFile::encodeName(file.fileName()).constData());
    if (!zip)
        return fail(tr("The workbook is damaged: its zip structure cannot be read."));
    bool tooLarge = false;
    const QByteArray strings = readPart(zip, "xl/sharedStrings.xml", &tooLarge);
    const QByteArray sheet = readPart(zip, "xl/worksheets/sheet1.xml", &tooLarge);
    unzClose(zip);
    if (tooLarge)
        return fail(tr("The workbook is too large to read (over 64 MB of XML)."));
    if (sheet.isEmpty())
        return fail(tr("The workbook has no first worksheet (xl/worksheets/sheet1.xml)."));

    const QStringList shared = sharedStrings(strings);
    QList<CsvRecord> rows;
    QXmlStreamReader r(sheet);
    CsvRecord row;
    int column = -1;
    QString type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"row") {
            row = CsvRecord{r.attributes().value(QLatin1String("r")).toInt(), {}};
        } else if (r.isEndElement() && r.name() == u"row") {
            rows.append(row);
        } else if (r.isStartElement() && r.name() == u"c") {
            column = columnOf(r.attributes().value(QLatin1String("r")));
            type = r.attributes().value(QLatin1String("t")).toString();
        } else if (r.isStartElement() && (r.name() == u"v" || r.name() == u"t") && column >= 0 && column < 16384) {
            QString value = r.readElementText();
            if (type == u"s") {
                const int index = value.toInt();
                value = index >= 0 && index < shared.size() ? shared[index] : QString();
            } else if (type.isEmpty() || type == u"n") {
                // A number as Excel shows it, to 15 digits: a writer's 80.09999999999999 is 80.1.
                bool numeric = false;
                const double number = value.toDouble(&numeric);
                const QString shown = QString::number(number, 'g', 15);
                if (numeric && std::isfinite(number) && !shown.contains(u'e'))
                    value = shown;
            }
            while (row.fields.size() <= column)
                row.fields.append(QString());
            row.fields[column] += value;
        }
    }
    if (r.hasError())
        return fail(tr("The worksheet's XML is damaged at line %1: %2").arg(r.lineNumber()).arg(r.errorString()));
    return rows;
}

Result<QList<CsvRecord>> XlsxSheet::readWorkbookOrCsv(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("PK\x03\x04")) { // a zip: a workbook
        auto sheet = readFirstSheet(bytes);
        if (!sheet)
            return fail(tr("%1: %2").arg(fileName, sheet.error()));
        return *sheet;
    }
    return CsvTable::parse(TextDecoding::decode(bytes, TextDecoding::Encoding::Auto));
}

} // namespace shopdesk
