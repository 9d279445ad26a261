#include "BudgetSheetDialog.h"

#include "AmountLine.h"
#include "GroupDesk.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

BudgetSheetDialog::BudgetSheetDialog(const AppContext &context, const GroupAccount &account, QWidget *parent)
    : QDialog(parent), m_context(context), m_account(account)
{
    setWindowTitle(tr("Budget sheet of %1").arg(account.name));
    m_table = listTable({tr("Item"), tr("Amount")}, this);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_total = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add a line..."), QDialogButtonBox::ActionRole);
    auto *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    for (QPushButton *b : {add, remove})
        b->setEnabled(!context.readOnly() && !account.settled);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &BudgetSheetDialog::add);
    connect(remove, &QPushButton::clicked, this, &BudgetSheetDialog::removeSelected);
    resize(480, 400);
    refresh();
}

void BudgetSheetDialog::refresh()
{
    GroupDesk desk(*m_context.database, *m_context.clock);
    auto lines = desk.budgetLines(m_context.actor, m_account.id);
    if (!lines)
        MessageBox::warning(this, windowTitle(), lines.error());
    const QList<GroupBudgetLine> list = lines ? *lines : QList<GroupBudgetLine>();
    m_table->setRowCount(int(list.size()));
    qint64 total = 0;
    for (int r = 0; r < list.size(); ++r) {
        const GroupBudgetLine &line = list.at(r);
        setRowTexts(m_table, r, {line.item, QString()});
        m_table->item(r, 0)->setData(Qt::UserRole, line.id);
        m_table->setItem(r, 1, numberCell(line.amountFen, Money::fromFen(line.amountFen).toString()));
        total += line.amountFen;
    }
    m_table->resizeColumnsToContents();
    // What the guide holds now, read again: an advance may have been lent meanwhile.
    if (auto account = desk.account(m_context.actor, m_account.id))
        m_account = *account;
    m_total->setText(tr("Total %1, the most the guide may be lent; lent so far %2.")
                         .arg(Money::fromFen(total).toString(), Money::fromFen(m_account.advancedFen).toString()));
}

void BudgetSheetDialog::add()
{
    bool ok = false;
    GroupBudgetLine line;
    line.item = InputDialog::text(this, windowTitle(), tr("Item (coach, hotel, meals, tickets...):"), &ok);
    if (!ok)
        return;
    const auto amount = askAmount(this, windowTitle(), tr("Amount (yuan):"));
    if (!amount)
        return;
    line.amountFen = *amount;
    if (Status s = GroupDesk(*m_context.database, *m_context.clock).addBudgetLine(m_context.actor, m_account.id, line);
        !s)
        MessageBox::warning(this, windowTitle(), s.error());
    refresh();
}

void BudgetSheetDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (MessageBox::question(this, windowTitle(),
                             tr("Take \"%1\" (%2) off the budget sheet of %3?")
                                 .arg(m_table->item(row, 0)->text(), m_table->item(row, 1)->text(), m_account.name))
        != QMessageBox::Yes)
        return;
    if (Status s = GroupDesk(*m_context.database, *m_context.clock).removeBudgetLine(m_context.actor, m_account.id, id);
        !s)
        MessageBox::warning(this, windowTitle(), s.error());
    refresh();
}

} // namespace shopdesk
