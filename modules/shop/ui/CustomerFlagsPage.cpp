#include "CustomerFlagsPage.h"

#include "CustomerFlagDialog.h"
#include "CustomerFlags.h"
#include "ShopActions.h"
#include "domain/ShopTime.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace shopdesk {

namespace {
const QColor kWaiting(0xB3, 0x5C, 0x00);
}

CustomerFlagsPage::CustomerFlagsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    const bool writable = !context.readOnly() && Permissions::can(context.actor, ShopAction::Service);
    const bool supervisor = writable && context.actor.roles.contains(Role::ServiceSupervisor);
    auto *propose = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Propose a fla&g..."), this);
    auto *confirm = new QPushButton(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Co&nfirm"), this);
    auto *reject = new QPushButton(QIcon(QStringLiteral(":/icons/reject.svg")), tr("Re&ject..."), this);
    propose->setEnabled(writable);
    confirm->setEnabled(supervisor);
    reject->setEnabled(supervisor);
    confirm->setToolTip(tr("The service supervisor decides (CS-03)."));
    m_table = listTable({tr("Proposed"), tr("Customer"), tr("Phone"), tr("Order"), tr("Evidence"), tr("Proposed by"),
                         tr("State"), tr("Decided by"), tr("Why")},
                        this);
    EmptyListHint::install(
        m_table,
        tr("No customer is flagged. Customer service proposes one, with the evidence, using Propose a flag..."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    auto *hint = new QLabel(
        tr("A confirmed flag shows on the customer's later orders, by their account or phone (CS-03)."), this);
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    for (QPushButton *b : {propose, confirm, reject})
        top->addWidget(b);
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(propose, &QPushButton::clicked, this, &CustomerFlagsPage::propose);
    connect(confirm, &QPushButton::clicked, this, &CustomerFlagsPage::confirm);
    connect(reject, &QPushButton::clicked, this, &CustomerFlagsPage::reject);
    refresh();
}

QString CustomerFlagsPage::lastError() const
{
    return m_error->error();
}

void CustomerFlagsPage::refresh()
{
    auto list = CustomerFlags(*m_context.database, *m_context.clock).flags(m_context.actor);
    if (!list)
        m_error->showError(list.error());
    m_rows = list ? *list : QList<CustomerFlag>();
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const CustomerFlag &a, const CustomerFlag &b) {
        return (a.state == FlagState::Proposed) > (b.state == FlagState::Proposed);
    });
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const CustomerFlag &f = m_rows[r];
        setRowTexts(m_table, r,
                    {ShopTime::text(f.proposedAt), f.customer, f.phone, f.orderNumber, f.evidence, f.proposedBy,
                     flagStateTitle(f.state), f.decidedBy, f.decisionNote});
        m_table->item(r, 0)->setData(Qt::UserRole, r);
        if (f.state == FlagState::Proposed)
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setForeground(kWaiting);
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
}

CustomerFlagDialog *CustomerFlagsPage::propose()
{
    auto *dialog = new CustomerFlagDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CustomerFlagsPage::refresh);
    dialog->open();
    return dialog;
}

void CustomerFlagsPage::confirm()
{
    decide(true);
}

void CustomerFlagsPage::reject()
{
    decide(false);
}

void CustomerFlagsPage::decide(bool confirm)
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item) {
        m_error->showError(tr("Choose a flag first."));
        return;
    }
    const CustomerFlag f = m_rows.at(item->data(Qt::UserRole).toInt());
    QString note;
    if (!confirm) {
        bool ok = false;
        note = InputDialog::text(this, tr("Reject"),
                                 tr("Why is the flag on %1 rejected?").arg(f.customer.isEmpty() ? f.phone : f.customer),
                                 &ok);
        if (!ok)
            return;
    }
    Status done = CustomerFlags(*m_context.database, *m_context.clock).decide(m_context.actor, f.id, confirm, note);
    refresh();
    m_error->showError(done ? QString() : done.error());
}

} // namespace shopdesk
