#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QDateEdit;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace shopdesk {

struct ImportProblem;
struct ReportTable;

// What every area's pages share: a month picker (YYYY-MM with a calendar), a filter line that
// Ctrl+F reaches from anywhere on the page, and read-only tables of whole rows.
QDateEdit *monthPicker(QWidget *page, const QDate &month);
QLineEdit *filterLine(QWidget *page, const QString &placeholder);
// No editing, whole rows selected, no row numbers, the last column stretched.
QTableWidget *listTable(const QStringList &header, QWidget *page);
// The same look for a list read a page at a time (a PagedTableModel, issue 12).
QTableView *listView(QAbstractItemModel *model, QWidget *page);
// Sorted by a click on a column header; until then in the order the rows were added.
void makeSortable(QTableView *table);
// A right-aligned cell showing `text` that sorts by `sortKey` (an amount, a quantity).
QTableWidgetItem *numberCell(qint64 sortKey, const QString &text);
// Row `row` of `table` shows `cells` as plain text.
void setRowTexts(QTableWidget *table, int row, const QStringList &cells);
// A report's figure cell as on the printed page: grouped (14,557,153.00) and right-aligned.
void showAsFigure(QTableWidgetItem *item);
// The rows of an imported file that cannot be taken: line, field, value, problem; sortable.
QTableWidget *importProblemsTable(const QList<ImportProblem> &problems, QWidget *page);
// The same table showing another file's problems.
void showImportProblems(QTableWidget *table, const QList<ImportProblem> &problems);
// A report's table on screen as it prints: its header and rows, the figures right-aligned and
// grouped.
void showReportTable(QTableWidget *table, const ReportTable &report);
// `content` (a list) under its title, for one pane of a split page.
QWidget *titled(const QString &title, QWidget *content, QWidget *parent);

} // namespace shopdesk
