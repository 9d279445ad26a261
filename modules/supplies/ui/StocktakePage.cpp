#include "StocktakePage.h"

#include "StocktakeDesk.h"
#include "SuppliesActions.h"
#include "SupplyCatalogue.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"
#include "ui/ReportActions.h"
#include "ui/ScanLine.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
enum Column { Category, Location, Code, Name, Unit, Booked, Counted, Difference, Reason };
}

StocktakePage::StocktakePage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_mayCount(!context.readOnly() && Permissions::can(context.actor, SuppliesAction::MoveStock))
{
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category to count"));
    auto *startButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Sta&rt stocktake"), this);
    m_sheets = new QComboBox(this);
    m_sheets->setAccessibleName(tr("Stocktake"));
    auto *print = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print count sheet..."), this);
    auto *send = new QPushButton(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Send for &approval"), this);
    startButton->setEnabled(m_mayCount);
    send->setEnabled(m_mayCount);
    m_scan = new ScanLine(this);
    m_scan->setPlaceholderText(tr("Scan an item to go to its line"));
    m_state = new QLabel(this);
    m_lines = listTable({tr("Category"), tr("Location"), tr("Code"), tr("Name"), tr("Unit"), tr("Booked"),
                         tr("Counted"), tr("Difference"), tr("Reason")},
                        this);
    EmptyListHint::install(
        m_lines,
        tr("No stocktake yet. A supplies clerk starts one: choose a category above and press Start stocktake."));
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);

    auto *top = new QHBoxLayout;
    top->addWidget(m_category, 1);
    top->addWidget(startButton);
    top->addSpacing(24);
    top->addWidget(m_sheets, 1);
    top->addWidget(print);
    top->addWidget(send);
    auto *second = new QHBoxLayout;
    second->addWidget(m_scan, 1);
    second->addWidget(m_state, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_lines);

    connect(startButton, &QPushButton::clicked, this, &StocktakePage::start);
    connect(send, &QPushButton::clicked, this, &StocktakePage::submit);
    connect(print, &QPushButton::clicked, this, &StocktakePage::printSheet);
    connect(m_sheets, &QComboBox::activated, this, &StocktakePage::showSheet);
    connect(m_lines, &QTableWidget::itemChanged, this, &StocktakePage::lineEdited);
    connect(m_scan, &ScanLine::scanned, this, &StocktakePage::goToScanned);
    refresh();
}

void StocktakePage::refresh()
{
    // Another PC's change waits while the clerk types a count (the editor lives in the viewport).
    if (QWidget *typing = QApplication::focusWidget(); typing && m_lines->viewport()->isAncestorOf(typing))
        return;

    const QString category = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    if (auto categories = SupplyCatalogue(*m_context.database, *m_context.clock).categories(m_context.actor))
        for (const QString &c : *categories)
            m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));

    const qint64 keep = m_sheets->currentData().toLongLong();
    m_sheets->clear();
    if (auto list = StocktakeDesk(*m_context.database, *m_context.clock).list(m_context.actor))
        for (const Stocktake &s : *list)
            m_sheets->addItem(tr("%1 %2 (%3)")
                                  .arg(s.number(), s.category.isEmpty() ? tr("all categories") : s.category,
                                       stocktakeStateTitle(s.state)),
                              s.id);
    m_sheets->setCurrentIndex(qMax(0, m_sheets->findData(keep)));
    showSheet();
}

void StocktakePage::showSheet()
{
    const QSignalBlocker quiet(m_lines);
    m_lines->setRowCount(0);
    m_sheet = {};
    const qint64 id = m_sheets->currentData().toLongLong();
    if (id == 0) {
        m_state->setText(tr("No stocktake yet: choose a category and start one."));
        return;
    }
    auto found = StocktakeDesk(*m_context.database, *m_context.clock).find(m_context.actor, id);
    if (!found) {
        m_state->setText(found.error());
        return;
    }
    m_sheet = *found;
    const bool editable = m_mayCount && m_sheet.state == StocktakeState::Counting;
    m_lines->setRowCount(int(m_sheet.lines.size()));
    for (int r = 0; r < m_sheet.lines.size(); ++r) {
        const StocktakeLine &l = m_sheet.lines.at(r);
        setRowTexts(m_lines, r,
                    {l.category, l.location, l.itemCode, l.itemName, l.unit, QString::number(l.booked),
                     l.counted ? QString::number(*l.counted) : QString(),
                     l.counted && l.difference() ? QString::number(l.difference()) : QString(), l.reason});
        for (int c = 0; c < m_lines->columnCount(); ++c) {
            QTableWidgetItem *cell = m_lines->item(r, c);
            const bool input = editable && (c == Counted || c == Reason);
            cell->setFlags(input ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (c == Booked || c == Counted || c == Difference)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (l.difference() != 0)
            m_lines->item(r, Difference)->setForeground(QColor(180, 40, 40));
    }
    m_lines->resizeColumnsToContents();
    showState();
}

void StocktakePage::lineEdited(QTableWidgetItem *cell)
{
    const int row = cell->row(), column = cell->column();
    if ((column != Counted && column != Reason) || row < 0 || row >= m_sheet.lines.size())
        return;
    StocktakeLine &line = m_sheet.lines[row];
    const QString countedText = m_lines->item(row, Counted)->text().trimmed();
    const QString reason = m_lines->item(row, Reason)->text().trimmed();
    Status s = success();
    if (!countedText.isEmpty()) { // a reason typed before the count waits for the count
        bool ok = false;
        const qint64 counted = countedText.toLongLong(&ok);
        s = ok ? StocktakeDesk(*m_context.database, *m_context.clock)
                     .count(m_context.actor, m_sheet.id, line.itemId, counted, reason)
               : Status(fail(tr("\"%1\" is not a whole number.").arg(countedText)));
        if (s) {
            line.counted = counted;
            line.reason = reason;
        }
    }
    // Only this line's cells change: the cell being edited stays where it is.
    const QSignalBlocker quiet(m_lines);
    m_lines->item(row, Counted)->setText(line.counted ? QString::number(*line.counted) : QString());
    if (!s)
        m_lines->item(row, Reason)->setText(line.reason);
    QTableWidgetItem *difference = m_lines->item(row, Difference);
    difference->setText(line.counted && line.difference() ? QString::number(line.difference()) : QString());
    difference->setForeground(line.difference() ? QColor(180, 40, 40) : m_lines->palette().text().color());
    showState();
    if (!s) // in the page, not a box: a modal loop inside the editor's commit could delete the editor
        m_state->setText(tr("%1: %2").arg(line.itemName, s.error()));
}

void StocktakePage::showState()
{
    m_state->setText(tr("%1: %2 of %3 lines counted, %n difference(s); %4", nullptr, int(m_sheet.differences().size()))
                         .arg(m_sheet.number())
                         .arg(m_sheet.countedLines())
                         .arg(m_sheet.lines.size())
                         .arg(stocktakeStateTitle(m_sheet.state)));
}

void StocktakePage::goToScanned(const QString &code)
{
    m_scan->clear();
    for (int r = 0; r < m_sheet.lines.size(); ++r)
        if (m_sheet.lines.at(r).itemCode == code) {
            m_lines->setCurrentCell(r, Counted);
            m_lines->setFocus();
            return;
        }
    m_state->setText(tr("%1 is not on this sheet.").arg(code));
}

qint64 StocktakePage::start()
{
    const QString category = m_category->currentData().toString();
    auto started = StocktakeDesk(*m_context.database, *m_context.clock).start(m_context.actor, category);
    if (!started) {
        MessageBox::warning(this, tr("Stocktake"), started.error());
        return 0;
    }
    refresh();
    m_sheets->setCurrentIndex(qMax(0, m_sheets->findData(*started)));
    showSheet();
    return *started;
}

bool StocktakePage::submit()
{
    if (m_sheet.id == 0)
        return false;
    if (Status ready = StocktakeRules::checkReady(m_sheet); !ready) {
        MessageBox::warning(this, tr("Stocktake"), ready.error());
        return false;
    }
    if (MessageBox::question(this, tr("Stocktake"),
                             tr("Send %1 with %n difference(s) to the office head? The counts cannot change "
                                "afterwards.",
                                nullptr, int(m_sheet.differences().size()))
                                 .arg(m_sheet.number()))
        != QMessageBox::Yes)
        return false;
    if (Status s = StocktakeDesk(*m_context.database, *m_context.clock).submit(m_context.actor, m_sheet.id); !s) {
        MessageBox::warning(this, tr("Stocktake"), s.error());
        return false;
    }
    refresh();
    return true;
}

void StocktakePage::printSheet()
{
    if (m_sheet.id == 0)
        return;
    auto report = StocktakeDesk(*m_context.database, *m_context.clock).sheet(m_context.actor, m_sheet.id);
    if (!report)
        return MessageBox::warning(this, tr("Stocktake"), report.error());
    ReportActions::preview(this, m_context, *report, {report->title, {}, {}});
}

} // namespace shopdesk
