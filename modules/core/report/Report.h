#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk {

// A table of a report: a header, rows of text, and relative column widths (in characters) that
// the PDF scales to the page and the XLSX uses as they are.
struct ReportTable
{
    QString title;
    QStringList header;
    QList<int> widths;
    QList<QStringList> rows;
    int frozenColumns = 1; // XLSX panes; the PDF left-aligns these columns
    QList<int> textColumns; // further columns of running text, left-aligned
};

// A report is data (ARCHITECTURE: reports): title, tables, notes, signature lines. The same
// value renders to print preview, PDF, XLSX and CSV.
struct Report
{
    QString companyName;
    QString title;
    QString subtitle;
    QList<ReportTable> tables;
    QStringList pageNotes; // printed at the foot of every page (a legend)
    QStringList endNotes; // printed once, after the tables
    QStringList signatures; // "Prepared by", "Checked by", "Approved by"
    QString footer; // small print on every page (e.g. the audit anchor)
    bool landscape = true;
};

} // namespace shopdesk
