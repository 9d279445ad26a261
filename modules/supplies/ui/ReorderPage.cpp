#include "ReorderPage.h"

#include "ReorderPlanner.h"
#include "ui/ListParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

ReorderPage::ReorderPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this);
    m_table = listTable({tr("Code"), tr("Name"), tr("Category"), tr("On hand"), tr("Reorder point"),
                         tr("Used per month"), tr("Lead time"), tr("Suggested quantity"), tr("Unit")},
                        this);
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_explanation, 1);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(refreshButton, &QPushButton::clicked, this, &ReorderPage::refresh);
    refresh();
}

void ReorderPage::refresh()
{
    ReorderPlanner planner(*m_context.database, *m_context.clock);
    auto suggestions = planner.suggestions(m_context.actor);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!suggestions) {
        m_explanation->setText(suggestions.error());
        return;
    }
    const int months = planner.consumptionMonths().ok() ? *planner.consumptionMonths() : 0;
    m_explanation->setText(tr("%n item(s) at or under the reorder point. The quantity brings each back to its "
                              "point and lasts through the lead time and one month more, at the average use of "
                              "the last %1 month(s).",
                              nullptr, int(suggestions->size()))
                               .arg(months));
    const QLocale locale;
    m_table->setRowCount(int(suggestions->size()));
    for (int r = 0; r < suggestions->size(); ++r) {
        const ReorderSuggestion &s = suggestions->at(r);
        setRowTexts(m_table, r, {s.item.code, s.item.name, s.item.category});
        m_table->setItem(r, 3, numberCell(s.item.onHand, locale.toString(s.item.onHand)));
        m_table->setItem(r, 4, numberCell(s.item.reorderPoint, locale.toString(s.item.reorderPoint)));
        m_table->setItem(
            r, 5, numberCell(s.consumedPerMonthTimes100, locale.toString(s.consumedPerMonthTimes100 / 100.0, 'f', 1)));
        m_table->setItem(r, 6, numberCell(s.item.leadTimeDays, tr("%n day(s)", nullptr, s.item.leadTimeDays)));
        m_table->setItem(r, 7, numberCell(s.quantity, locale.toString(s.quantity)));
        m_table->setItem(r, 8, new QTableWidgetItem(s.item.unit));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

} // namespace shopdesk
