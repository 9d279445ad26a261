#include "ExpensesPage.h"

#include "FinanceActions.h"
#include "FinanceRoles.h"

#include "AmountLine.h"

#include "ExpenseDesk.h"
#include "ExpenseRequestDialog.h"
#include "InvoiceScansDialog.h"
#include "ReimbursementDialog.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

ExpensesPage::ExpensesPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *request = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New request..."), this);
    m_lend = new QPushButton(tr("&Lend an advance..."), this);
    m_reimburse = new QPushButton(tr("&Reimburse..."), this);
    m_invoices = new QPushButton(tr("&Invoices..."), this);
    m_invoices->setObjectName(QStringLiteral("invoices"));
    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    m_requests = listTable({tr("Number"), tr("Requested by"), tr("Department"), tr("Category"), tr("Purpose"),
                            tr("Amount"), tr("Lent"), tr("State")},
                           this);
    EmptyListHint::install(m_requests,
                           tr("No expense requests yet. Ask for an expense to be approved with New request..."));
    makeSortable(m_requests);
    m_advances = listTable({tr("Borrower"), tr("Lent on"), tr("Days"), tr("Amount"), tr("For")}, this);
    makeSortable(m_advances);
    auto *top = new QHBoxLayout;
    for (QPushButton *b : {request, m_lend, m_reimburse, m_invoices})
        top->addWidget(b);
    top->addStretch();
    top->addWidget(refreshButton);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(titled(tr("Expense requests"), m_requests, split));
    split->addWidget(titled(tr("Advances not yet cleared"), m_advances, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    request->setEnabled(!context.readOnly() && Permissions::can(context.actor, FinanceAction::RequestExpense));
    m_mayPay = bool(requireFinanceRole(context.actor, FinanceAction::Cash, Role::CashAccountant));
    for (QPushButton *b : {m_lend, m_reimburse})
        b->setToolTip(tr("The cash accountant lends advances and reimburses approved requests."));
    connect(request, &QPushButton::clicked, this, &ExpensesPage::newRequest);
    connect(m_lend, &QPushButton::clicked, this, &ExpensesPage::lend);
    connect(m_reimburse, &QPushButton::clicked, this, &ExpensesPage::reimburse);
    connect(m_invoices, &QPushButton::clicked, this, &ExpensesPage::showInvoices);
    connect(refreshButton, &QPushButton::clicked, this, &ExpensesPage::refresh);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, [this] {
        const ExpenseRequest *r = selected();
        // The cash accountant pays out (FIN-02); anyone else's buttons stay off rather than refuse.
        const bool approved = r && r->state() == ExpenseState::Approved && !m_context.readOnly() && m_mayPay;
        m_lend->setEnabled(approved);
        m_reimburse->setEnabled(approved);
        m_invoices->setEnabled(r && r->state() == ExpenseState::Reimbursed);
    });
    refresh();
}

const ExpenseRequest *ExpensesPage::selected() const
{
    const int row = m_requests->currentRow();
    if (row < 0 || !m_requests->item(row, 0))
        return nullptr;
    const qint64 id = m_requests->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const ExpenseRequest &r : m_list)
        if (r.id == id)
            return &r;
    return nullptr;
}

void ExpensesPage::refresh()
{
    ExpenseDesk desk(*m_context.database, *m_context.clock);
    auto list = desk.requests(m_context.actor);
    m_list = list ? *list : QList<ExpenseRequest>();
    m_requests->setSortingEnabled(false);
    m_requests->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const ExpenseRequest &e = m_list.at(r);
        setRowTexts(m_requests, r,
                    {e.number(), e.requesterName, e.departmentName, e.category, e.purpose, QString(), QString(),
                     expenseStateTitle(e.state())});
        m_requests->item(r, 0)->setData(Qt::UserRole, e.id);
        m_requests->setItem(r, 5, numberCell(e.amountFen, Money::fromFen(e.amountFen).toString()));
        m_requests->setItem(r, 6, numberCell(e.advancedFen, Money::fromFen(e.advancedFen).toString()));
    }
    m_requests->setSortingEnabled(true);
    m_requests->resizeColumnsToContents();
    m_lend->setEnabled(false);
    m_reimburse->setEnabled(false);
    m_invoices->setEnabled(false);

    auto advances = desk.outstandingAdvances(m_context.actor);
    const QList<Advance> owed = advances ? *advances : QList<Advance>();
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    m_advances->setSortingEnabled(false);
    m_advances->setRowCount(int(owed.size()));
    for (int r = 0; r < owed.size(); ++r) {
        const Advance &a = owed.at(r);
        setRowTexts(m_advances, r, {a.borrowerName, a.lentOn.toString(Qt::ISODate), QString(), QString(), a.purpose});
        m_advances->setItem(r, 2, numberCell(a.ageDays(today), QString::number(a.ageDays(today))));
        m_advances->setItem(r, 3, numberCell(a.amountFen, Money::fromFen(a.amountFen).toString()));
    }
    m_advances->setSortingEnabled(true);
    m_advances->resizeColumnsToContents();
}

void ExpensesPage::newRequest()
{
    ExpenseRequestDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ExpensesPage::lend()
{
    const ExpenseRequest *r = selected();
    if (!r)
        return;
    const qint64 id = r->id;
    const auto amount = askAmount(this, tr("Lend an advance"),
                                  tr("Amount lent to %1 against %2 (yuan):").arg(r->requesterName, r->number()));
    if (!amount)
        return;
    bool ok = false;
    const QString iou = InputDialog::text(this, tr("Lend an advance"), tr("Number of the signed IOU:"), &ok);
    if (!ok)
        return;
    auto lent = ExpenseDesk(*m_context.database, *m_context.clock)
                    .lend(m_context.actor, id, *amount, iou, m_context.clock->nowUtc().toLocalTime().date());
    if (!lent)
        MessageBox::warning(this, tr("Lend an advance"), lent.error());
    refresh();
}

void ExpensesPage::reimburse()
{
    const ExpenseRequest *r = selected();
    if (!r)
        return;
    ReimbursementDialog dialog(m_context, *r, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ExpensesPage::showInvoices()
{
    if (const ExpenseRequest *r = selected())
        InvoiceScansDialog(m_context, *r, this).exec();
}

} // namespace shopdesk
