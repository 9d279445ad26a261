#include "ListParts.h"

#include "imports/domain/ImportProblem.h"
#include "report/Report.h"
#include "report/ReportFigures.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

QDateEdit *monthPicker(QWidget *page, const QDate &month)
{
    auto *edit = new QDateEdit(page);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setCalendarPopup(true);
    edit->setDate(QDate(month.year(), month.month(), 1));
    edit->setAccessibleName(QCoreApplication::translate("ListParts", "Month"));
    return edit;
}

QLineEdit *filterLine(QWidget *page, const QString &placeholder)
{
    auto *line = new QLineEdit(page);
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    auto *find = new QAction(page);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(find, &QAction::triggered, line, [line] { line->setFocus(); });
    page->addAction(find);
    return line;
}

namespace {
class NumberCell : public QTableWidgetItem
{
public:
    NumberCell(qint64 key, const QString &text) : QTableWidgetItem(text), m_key(key)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        if (auto *n = dynamic_cast<const NumberCell *>(&other))
            return m_key < n->m_key;
        return QTableWidgetItem::operator<(other);
    }

private:
    qint64 m_key;
};

void setUpList(QTableView *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

QTableWidget *listTable(const QStringList &header, QWidget *page)
{
    auto *table = new QTableWidget(0, int(header.size()), page);
    table->setHorizontalHeaderLabels(header);
    setUpList(table);
    return table;
}

QTableView *listView(QAbstractItemModel *model, QWidget *page)
{
    auto *view = new QTableView(page);
    view->setModel(model);
    setUpList(view);
    return view;
}

void makeSortable(QTableView *table)
{
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
}

QTableWidgetItem *numberCell(qint64 sortKey, const QString &text)
{
    return new NumberCell(sortKey, text);
}

QTableWidget *importProblemsTable(const QList<ImportProblem> &problems, QWidget *page)
{
    QTableWidget *t = listTable(
        {QCoreApplication::translate("ListParts", "Line"), QCoreApplication::translate("ListParts", "Field"),
         QCoreApplication::translate("ListParts", "Value"), QCoreApplication::translate("ListParts", "Problem")},
        page);
    showImportProblems(t, problems);
    return t;
}

void showImportProblems(QTableWidget *t, const QList<ImportProblem> &problems)
{
    t->setSortingEnabled(false); // rows set while sorted would move under the loop
    t->setRowCount(int(problems.size()));
    for (int r = 0; r < problems.size(); ++r) {
        const ImportProblem &p = problems.at(r);
        setRowTexts(t, r, {QString::number(p.line), p.field, p.value, p.reason});
        t->setItem(r, 0, numberCell(p.line, QString::number(p.line)));
    }
    t->setSortingEnabled(true);
    t->resizeColumnsToContents();
}

void setRowTexts(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(content);
    return box;
}

void showAsFigure(QTableWidgetItem *item)
{
    item->setText(ReportFigures::shown(item->text()));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void showReportTable(QTableWidget *table, const ReportTable &t)
{
    table->setRowCount(0);
    table->setColumnCount(int(t.header.size()));
    table->setHorizontalHeaderLabels(t.header);
    table->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        setRowTexts(table, r, t.rows.at(r));
        for (int c = 0; c < t.rows.at(r).size(); ++c)
            if (c >= t.frozenColumns && !t.textColumns.contains(c))
                showAsFigure(table->item(r, c));
    }
    table->resizeColumnsToContents();
}

} // namespace shopdesk
