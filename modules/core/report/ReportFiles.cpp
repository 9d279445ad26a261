#include "ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace shopdesk {

namespace {
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules).
QByteArray sheetName(const QString &title, int index)
{
    QString name = title;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    name = name.left(28);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    return (name + QStringLiteral(" %1").arg(index + 1)).toUtf8();
}
} // namespace

QByteArray ReportFiles::csv(const ReportTable &table)
{
    QByteArray out = "\xEF\xBB\xBF";
    auto line = [&](const QStringList &cells) {
        QList<QByteArray> fields;
        for (const QString &c : cells)
            fields.append(csvField(c));
        out += fields.join(',') + "\r\n";
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

Status ReportFiles::writeCsv(const Report &report, const QString &path, int table)
{
    if (table < 0 || table >= report.tables.size())
        return fail(tr("The report has no table to write."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(report.tables.at(table))) < 0 || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

Status ReportFiles::writeXlsx(const Report &report, const QString &path)
{
    // libxlsxwriter writes a file by name: into a temporary folder beside the target, then
    // moved over it, so a failure leaves the old file alone.
    QTemporaryDir scratch(QFileInfo(path).absolutePath() + QStringLiteral("/.shopdesk-xlsx-XXXXXX"));
    if (!scratch.isValid())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), scratch.errorString()));
    const QByteArray partial = QDir::toNativeSeparators(scratch.filePath(QStringLiteral("report.xlsx"))).toLocal8Bit();
    lxw_workbook *book = workbook_new(partial.constData());
    if (!book)
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(header, 0xE1E1E1);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *cell = workbook_add_format(book);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_align(cell, LXW_ALIGN_CENTER);
    lxw_format *name = workbook_add_format(book);
    format_set_border(name, LXW_BORDER_THIN);

    for (int t = 0; t < report.tables.size(); ++t) {
        const ReportTable &table = report.tables.at(t);
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(table.title, t).constData());
        worksheet_write_string(sheet, 0, 0,
                               (report.companyName + QStringLiteral("  ") + report.title).toUtf8().constData(), title);
        worksheet_write_string(sheet, 1, 0, report.subtitle.toUtf8().constData(), nullptr);
        const lxw_row_t headRow = 3;
        for (int c = 0; c < table.header.size(); ++c) {
            worksheet_write_string(sheet, headRow, lxw_col_t(c), table.header.at(c).toUtf8().constData(), header);
            const int chars = c < table.widths.size() ? table.widths.at(c) : 6;
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::max(3, chars) * 1.2, nullptr);
        }
        worksheet_set_row(sheet, headRow, 32, nullptr);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const QString &text = row.at(c);
                bool numeric = false;
                const double value = text.toDouble(&numeric);
                lxw_format *format = c < table.frozenColumns ? name : cell;
                if (numeric && c >= table.frozenColumns)
                    worksheet_write_number(sheet, headRow + 1 + lxw_row_t(r), lxw_col_t(c), value, format);
                else
                    worksheet_write_string(sheet, headRow + 1 + lxw_row_t(r), lxw_col_t(c), text.toUtf8().constData(),
                                           format);
            }
        }
        worksheet_freeze_panes(sheet, headRow + 1, lxw_col_t(table.frozenColumns));
        worksheet_set_landscape(sheet);
        worksheet_set_paper(sheet, 9); // A4
        worksheet_repeat_rows(sheet, headRow, headRow);
        worksheet_fit_to_pages(sheet, 1, 0);
        int notesRow = int(headRow) + 2 + int(table.rows.size());
        if (t == 0)
            for (const QString &note : report.pageNotes + report.endNotes)
                worksheet_write_string(sheet, lxw_row_t(notesRow++), 0, note.toUtf8().constData(), nullptr);
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR)
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed))));
    QFile::remove(path + QStringLiteral(".old"));
    const bool hadOld = QFile::exists(path) && QFile::rename(path, path + QStringLiteral(".old"));
    if (!QFile::rename(scratch.filePath(QStringLiteral("report.xlsx")), path)) {
        if (hadOld)
            QFile::rename(path + QStringLiteral(".old"), path);
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    QFile::remove(path + QStringLiteral(".old"));
    return success();
}

} // namespace shopdesk
