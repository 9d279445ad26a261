#include "LoansPage.h"

#include "ContractLending.h"
#include "ContractsActions.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

LoansPage::LoansPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_show = new QComboBox(this);
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("Not yet back"), true);
    m_show->addItem(tr("Every loan"), false);
    m_handOut = new QPushButton(tr("Hand &out"), this);
    m_takeBack = new QPushButton(tr("&Take back"), this);
    m_table = listTable({tr("Contract"), tr("Title"), tr("Kind"), tr("Borrower"), tr("What for"), tr("Due"),
                         tr("State"), tr("Days overdue")},
                        this);
    EmptyListHint::install(
        m_table,
        tr("Nothing is out on loan. A loan starts with Borrow... on the Contracts tab; or choose Every loan."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_show);
    top->addStretch();
    top->addWidget(m_handOut);
    top->addWidget(m_takeBack);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_show, &QComboBox::activated, this, &LoansPage::refresh);
    connect(m_handOut, &QPushButton::clicked, this, &LoansPage::handOut);
    connect(m_takeBack, &QPushButton::clicked, this, &LoansPage::takeBack);
    connect(m_table, &QTableWidget::currentCellChanged, this, &LoansPage::updateButtons);
    refresh();
}

void LoansPage::refresh()
{
    auto loans =
        ContractLending(*m_context.database, *m_context.clock).loans(m_context.actor, m_show->currentData().toBool());
    const QList<ContractLoan> list = loans ? *loans : QList<ContractLoan>();
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const ContractLoan &l = list.at(r);
        const int late = LoanRules::daysOverdue(l, today);
        setRowTexts(m_table, r,
                    {l.contractNumber, l.contractTitle, loanKindTitle(l.kind), l.borrowerName, l.purpose,
                     l.dueOn.toString(Qt::ISODate), loanStateTitle(l.state()), QString()});
        m_table->item(r, 0)->setData(Qt::UserRole, l.id);
        m_table->item(r, 0)->setData(StateRole, int(l.state()));
        m_table->setItem(r, 7, numberCell(late, late > 0 ? QString::number(late) : QString()));
        if (late > 0)
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setForeground(QColor(180, 40, 40));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    updateButtons();
}

// The custodian's two buttons follow the chosen loan: an approved one can go out, one that is out
// can come back; with no loan chosen, neither.
void LoansPage::updateButtons()
{
    const bool custodian = !m_context.readOnly() && Permissions::can(m_context.actor, ContractsAction::Register);
    const int row = m_table->currentRow();
    const QTableWidgetItem *first = row >= 0 ? m_table->item(row, 0) : nullptr;
    const auto state = first ? std::optional(LoanState(first->data(StateRole).toInt())) : std::nullopt;
    m_handOut->setEnabled(custodian && state == LoanState::Approved);
    m_takeBack->setEnabled(custodian && state == LoanState::Out);
}

qint64 LoansPage::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void LoansPage::handOut()
{
    const qint64 id = selectedId();
    if (!id)
        return MessageBox::information(this, tr("Hand out"), tr("Select a loan in the list first."));
    if (Status s = ContractLending(*m_context.database, *m_context.clock).handOut(m_context.actor, id); !s)
        MessageBox::warning(this, tr("Hand out"), s.error());
    refresh();
}

void LoansPage::takeBack()
{
    const qint64 id = selectedId();
    if (!id)
        return MessageBox::information(this, tr("Take back"), tr("Select a loan in the list first."));
    if (Status s = ContractLending(*m_context.database, *m_context.clock).takeBack(m_context.actor, id); !s)
        MessageBox::warning(this, tr("Take back"), s.error());
    refresh();
}

} // namespace shopdesk
