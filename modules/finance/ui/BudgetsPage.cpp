#include "BudgetsPage.h"

#include "AmountLine.h"

#include "ExpenseDesk.h"
#include "MonthEnd.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ledgers/Budgets.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QBarCategoryAxis>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QValueAxis>
#include <algorithm>

namespace shopdesk {

BudgetsPage::BudgetsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2999);
    m_year->setValue(context.clock->nowUtc().toLocalTime().date().year());
    m_year->setAccessibleName(tr("Year"));
    auto *set = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Set a &line..."), this);
    set->setEnabled(!context.readOnly() && Permissions::can(context.actor, Action::ManageBudgets));
    m_table = listTable({tr("Department"), tr("Category"), tr("Budget"), tr("Committed"), tr("Remaining")}, this);
    EmptyListHint::install(m_table,
                           tr("No budget for this year. Finance clerks set each department's budget with Set a "
                              "line...; or change the year."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(set);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &BudgetsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BudgetsPage::showLine);
    connect(set, &QPushButton::clicked, this, &BudgetsPage::setLine);
    refresh();
}

void BudgetsPage::refresh()
{
    auto lines = Budgets(*m_context.database, *m_context.clock).lines(m_context.actor, m_year->value());
    m_lines = lines ? *lines : QList<BudgetLine>();
    const QList<BudgetLine> &list = m_lines;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const BudgetLine &l = list.at(r);
        setRowTexts(m_table, r, {l.departmentName, l.category});
        m_table->item(r, 0)->setData(Qt::UserRole, l.id);
        m_table->setItem(r, 2, numberCell(l.amountFen, Money::fromFen(l.amountFen).toString()));
        m_table->setItem(r, 3, numberCell(l.committedFen, Money::fromFen(l.committedFen).toString()));
        m_table->setItem(r, 4, numberCell(l.remainingFen(), Money::fromFen(l.remainingFen()).toString()));
        if (l.remainingFen() < 0)
            m_table->item(r, 4)->setForeground(QColor(180, 40, 40));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->selectRow(0);
    showLine();
}

void BudgetsPage::showLine()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setChart(chart); // the view owns it and deletes the one before
    const int row = m_table->currentRow();
    const qint64 id = row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
    const auto line = std::find_if(m_lines.cbegin(), m_lines.cend(), [id](const BudgetLine &l) { return l.id == id; });
    if (line == m_lines.cend())
        return;
    auto spent = MonthEnd(*m_context.database, *m_context.clock)
                     .spentByMonth(m_context.actor, line->year, line->departmentId, line->category);
    if (!spent)
        return;
    chart->setTitle(tr("%1 %2, %3: paid by month against a twelfth of the budget")
                        .arg(line->departmentName, line->category)
                        .arg(line->year));
    auto *paid = new QBarSet(tr("Paid"));
    QStringList months;
    // Whole yuan on the axis: a chart is for the eye; the table holds the exact fen.
    for (int m = 0; m < 12; ++m) {
        *paid << double(spent->at(m) / 100);
        months << QLocale().standaloneMonthName(m + 1, QLocale::ShortFormat);
    }
    auto *bars = new QBarSeries;
    bars->append(paid);
    auto *share = new QLineSeries;
    share->setName(tr("Budget ÷ 12"));
    const double monthly = double(line->amountFen / 12 / 100);
    share->append(0, monthly);
    share->append(11, monthly);
    chart->addSeries(bars);
    chart->addSeries(share);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("yuan"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(share)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // Both the bars and the twelfth in view, whichever is higher.
    const qint64 highest =
        std::max(*std::max_element(spent->cbegin(), spent->cend()) / 100, line->amountFen / 12 / 100);
    y->setRange(0, double(std::max<qint64>(1, highest)) * 1.1);
    y->applyNiceNumbers();
}

void BudgetsPage::setLine()
{
    auto departments = ExpenseDesk(*m_context.database, *m_context.clock).departments(m_context.actor);
    if (!departments || departments->isEmpty())
        return;
    QStringList names;
    for (const Department &d : *departments)
        names << d.name;
    const QString title = tr("Budget line %1").arg(m_year->value());
    bool ok = false;
    const QString department = InputDialog::item(this, title, tr("Department:"), names, &ok);
    if (!ok)
        return;
    const QString category = InputDialog::text(this, title, tr("Category (such as 办公费):"), &ok);
    if (!ok)
        return;
    const auto amount = askAmount(this, title, tr("Budget for the year (yuan):"));
    if (!amount)
        return;
    const qsizetype index = names.indexOf(department);
    if (index < 0)
        return;
    const qint64 departmentId = departments->at(index).id;
    auto saved = Budgets(*m_context.database, *m_context.clock)
                     .setLine(m_context.actor, m_year->value(), departmentId, category, *amount);
    if (!saved)
        MessageBox::warning(this, title, saved.error());
    refresh();
}

} // namespace shopdesk
