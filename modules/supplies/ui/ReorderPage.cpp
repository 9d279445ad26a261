#include "ReorderPage.h"

#include "PurchaseDesk.h"
#include "ReorderPlanner.h"
#include "SuppliesActions.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

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
    auto *request = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Request &purchase..."), this);
    request->setToolTip(tr("The selected lines, or all of them, become one purchase request for approval"));
    request->setEnabled(!context.readOnly() && Permissions::can(context.actor, SuppliesAction::Purchase));
    m_table = listTable({tr("Code"), tr("Name"), tr("Category"), tr("On hand"), tr("On order"), tr("Reorder point"),
                         tr("Used per month"), tr("Lead time"), tr("Suggested quantity"), tr("Unit")},
                        this);
    EmptyListHint::install(m_table,
                           tr("Nothing to reorder: no item is at or under its reorder point. Items and their reorder "
                              "points are kept on the Stock tab."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_explanation, 1);
    top->addWidget(request);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(refreshButton, &QPushButton::clicked, this, &ReorderPage::refresh);
    connect(request, &QPushButton::clicked, this, &ReorderPage::requestSelected);
    refresh();
}

void ReorderPage::refresh()
{
    ReorderPlanner planner(*m_context.database, *m_context.clock);
    auto suggestions = planner.suggestions(m_context.actor);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_suggestions.clear();
    if (!suggestions) {
        m_explanation->setText(suggestions.error());
        return;
    }
    m_suggestions = *suggestions;
    const int months = planner.consumptionMonths();
    // Two sentences in a row: a space between them in English, none after Chinese "。".
    m_explanation->setText(
        tr("%1 %2", "two sentences in a row")
            .arg(tr("%n item(s) at or under the reorder point.", nullptr, int(suggestions->size())),
                 tr("The quantity brings each back to its point and lasts through the lead time and one month "
                    "more, at the average use of the last %n month(s).",
                    nullptr, months)));
    const QLocale locale;
    m_table->setRowCount(int(suggestions->size()));
    for (int r = 0; r < suggestions->size(); ++r) {
        const ReorderSuggestion &s = suggestions->at(r);
        setRowTexts(m_table, r, {s.item.code, s.item.name, s.item.category});
        m_table->item(r, 0)->setData(Qt::UserRole, r);
        int c = 3;
        m_table->setItem(r, c++, numberCell(s.item.onHand, locale.toString(s.item.onHand)));
        m_table->setItem(r, c++, numberCell(s.onOrder, locale.toString(s.onOrder)));
        m_table->setItem(r, c++, numberCell(s.item.reorderPoint, locale.toString(s.item.reorderPoint)));
        m_table->setItem(
            r, c++,
            numberCell(s.consumedPerMonthTimes100, locale.toString(s.consumedPerMonthTimes100 / 100.0, 'f', 1)));
        m_table->setItem(r, c++, numberCell(s.item.leadTimeDays, tr("%n day(s)", nullptr, s.item.leadTimeDays)));
        m_table->setItem(r, c++, numberCell(s.quantity, locale.toString(s.quantity)));
        m_table->setItem(r, c, new QTableWidgetItem(s.item.unit));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

qint64 ReorderPage::requestSelected()
{
    QList<ReorderSuggestion> chosen;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        chosen.append(m_suggestions.value(m_table->item(index.row(), 0)->data(Qt::UserRole).toInt()));
    if (chosen.isEmpty())
        chosen = m_suggestions;
    if (chosen.isEmpty()) {
        MessageBox::information(this, tr("Purchase request"), tr("No item is at or under its reorder point."));
        return 0;
    }
    bool ok = false;
    const QString reason = InputDialog::text(
        this, tr("Purchase request"),
        tr("%n item(s) from the reorder suggestions. What is the purchase for?", nullptr, int(chosen.size())), &ok);
    if (!ok)
        return 0;
    auto id = PurchaseDesk(*m_context.database, *m_context.clock)
                  .request(m_context.actor, {reason, PurchaseDesk::linesFor(chosen)});
    if (!id) {
        MessageBox::warning(this, tr("Purchase request"), id.error());
        return 0;
    }
    MessageBox::information(
        this, tr("Purchase request"),
        tr("PR-%1 waits for approval in the inbox of the office's head.").arg(*id, 6, 10, QLatin1Char('0')));
    refresh(); // what was requested is on order now, no longer suggested
    emit requested(*id);
    return *id;
}

} // namespace shopdesk
