#include "DepartmentsPage.h"

#include "LocalPurchaseAudit.h"
#include "RequisitionDialog.h"
#include "Requisitions.h"
#include "SuppliesActions.h"
#include "common/domain/Money.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {

// After a refresh (another PC's change puts new rows on top) the row with `id` is current again.
void reselect(QTableWidget *table, qint64 id)
{
    for (int r = 0; id && r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
            return table->setCurrentCell(r, 0);
    table->setCurrentCell(-1, -1);
}

QString lineSummary(const Requisition &r)
{
    QStringList parts;
    for (const RequisitionLine &l : r.lines)
        parts << (r.state == RequisitionState::Filled
                      ? QStringLiteral("%1 × %2 (%3)").arg(l.itemName).arg(l.quantity).arg(l.issuedQuantity)
                      : QStringLiteral("%1 × %2").arg(l.itemName).arg(l.quantity));
    return parts.join(QStringLiteral(", "));
}
} // namespace

DepartmentsPage::DepartmentsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    const bool writable = !context.readOnly();
    auto *name = new QPushButton(tr("Name &custodian..."), this);
    auto *request = new QPushButton(tr("&New requisition..."), this);
    auto *sign = new QPushButton(tr("Si&gn"), this);
    auto *fill = new QPushButton(tr("Fi&ll from stock"), this);
    auto *accept = new QPushButton(tr("&Accept purchase"), this);
    auto *query = new QPushButton(tr("&Query purchase..."), this);
    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    name->setEnabled(writable && Permissions::can(context.actor, SuppliesAction::ManageItems));
    for (QPushButton *b : {request, sign})
        b->setEnabled(writable && Permissions::can(context.actor, SuppliesAction::Requisitions));
    for (QPushButton *b : {fill, accept, query})
        b->setEnabled(writable && Permissions::can(context.actor, SuppliesAction::MoveStock));
    m_custodians = listTable({tr("Department"), tr("Custodian")}, this);
    m_requisitions = listTable({tr("Requisition"), tr("Date"), tr("Department"), tr("By"), tr("For"), tr("State"),
                                tr("Signed by"), tr("Items (issued)")},
                               this);
    EmptyListHint::install(
        m_requisitions,
        tr("No requisitions yet. A department asks for supplies with New requisition...; its custodian signs it."));
    m_localPurchases = listTable({tr("Date"), tr("Department"), tr("Item"), tr("Quantity"), tr("Amount"), tr("Receipt"),
                                  tr("For"), tr("By"), tr("Audit"), tr("Question")},
                                 this);
    for (QTableWidget *t : {m_custodians, m_requisitions, m_localPurchases}) {
        makeSortable(t);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {name, request, sign, fill, accept, query})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(titled(tr("Custodians (SUP-06):"), m_custodians, top));
    top->addWidget(
        titled(tr("Requisitions, signed by the custodian, filled from stock (SUP-05):"), m_requisitions, top));
    top->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(
        titled(tr("Local purchases by departments, audited by the office (SUP-05):"), m_localPurchases, split));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split);
    connect(name, &QPushButton::clicked, this, &DepartmentsPage::nameCustodian);
    connect(request, &QPushButton::clicked, this, &DepartmentsPage::newRequisition);
    connect(sign, &QPushButton::clicked, this, &DepartmentsPage::signSelected);
    connect(fill, &QPushButton::clicked, this, &DepartmentsPage::fillSelected);
    connect(accept, &QPushButton::clicked, this, [this] { reviewSelected(LocalPurchaseStatus::Accepted); });
    connect(query, &QPushButton::clicked, this, [this] { reviewSelected(LocalPurchaseStatus::Queried); });
    connect(refreshButton, &QPushButton::clicked, this, &DepartmentsPage::refresh);
    refresh();
}

void DepartmentsPage::refresh()
{
    const qint64 custodian = selectedId(m_custodians), requisition = selectedId(m_requisitions),
                 purchase = selectedId(m_localPurchases);
    Requisitions desk(*m_context.database, *m_context.clock);
    auto custodians = desk.custodians(m_context.actor);
    m_custodians->setSortingEnabled(false);
    m_custodians->setRowCount(custodians ? int(custodians->size()) : 0);
    for (int r = 0; custodians && r < custodians->size(); ++r) {
        const Custodian &c = custodians->at(r);
        setRowTexts(m_custodians, r, {c.departmentName, c.userId ? c.userName : tr("(none named)")});
        m_custodians->item(r, 0)->setData(Qt::UserRole, c.departmentId);
    }
    m_custodians->setSortingEnabled(true);
    m_custodians->resizeColumnsToContents();
    reselect(m_custodians, custodian);

    auto requisitions = desk.requisitions(m_context.actor);
    m_requisitions->setSortingEnabled(false);
    m_requisitions->setRowCount(requisitions ? int(requisitions->size()) : 0);
    for (int r = 0; requisitions && r < requisitions->size(); ++r) {
        const Requisition &q = requisitions->at(r);
        setRowTexts(m_requisitions, r,
                    {q.number(), q.requestedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")), q.departmentName,
                     q.requestedByName, q.reason, requisitionStateTitle(q.state), q.signedByName, lineSummary(q)});
        m_requisitions->item(r, 0)->setData(Qt::UserRole, q.id);
    }
    m_requisitions->setSortingEnabled(true);
    m_requisitions->resizeColumnsToContents();
    reselect(m_requisitions, requisition);

    auto purchases = LocalPurchaseAudit(*m_context.database, *m_context.clock).localPurchases(m_context.actor);
    m_localPurchases->setSortingEnabled(false);
    m_localPurchases->setRowCount(purchases ? int(purchases->size()) : 0);
    for (int r = 0; purchases && r < purchases->size(); ++r) {
        const LocalPurchase &p = purchases->at(r);
        setRowTexts(m_localPurchases, r,
                    {p.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")), p.departmentName, p.itemName,
                     QString::number(p.quantity), QString(), p.receipt, p.reason, p.byName,
                     localPurchaseStatusTitle(p.status), p.note});
        m_localPurchases->setItem(r, 4, numberCell(p.valueFen, Money::fromFen(p.valueFen).toString()));
        m_localPurchases->item(r, 0)->setData(Qt::UserRole, p.movementId);
        if (p.status == LocalPurchaseStatus::Queried)
            m_localPurchases->item(r, 8)->setForeground(QColor(180, 40, 40));
    }
    m_localPurchases->setSortingEnabled(true);
    m_localPurchases->resizeColumnsToContents();
    reselect(m_localPurchases, purchase);
}

qint64 DepartmentsPage::selectedId(QTableWidget *table) const
{
    const int row = table->currentRow();
    return row >= 0 && table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void DepartmentsPage::nameCustodian()
{
    const qint64 department = selectedId(m_custodians);
    if (!department)
        return MessageBox::information(this, tr("Name custodian"), tr("Choose the department first."));
    Requisitions desk(*m_context.database, *m_context.clock);
    auto people = desk.people(m_context.actor);
    if (!people)
        return MessageBox::warning(this, tr("Name custodian"), people.error());
    QStringList names;
    for (const auto &p : *people)
        names << p.second;
    bool ok = false;
    const QString chosen = InputDialog::item(
        this, tr("Name custodian"),
        tr("Who keeps the supplies of %1?").arg(m_custodians->item(m_custodians->currentRow(), 0)->text()), names, &ok);
    if (!ok)
        return;
    const qint64 user = people->at(names.indexOf(chosen)).first;
    if (Status s = desk.nameCustodian(m_context.actor, department, user); !s)
        return MessageBox::warning(this, tr("Name custodian"), s.error());
    refresh();
}

bool DepartmentsPage::newRequisition()
{
    RequisitionDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    return true;
}

bool DepartmentsPage::signSelected()
{
    const qint64 id = selectedId(m_requisitions);
    if (!id) {
        MessageBox::information(this, tr("Sign"), tr("Choose the requisition to sign."));
        return false;
    }
    if (Status s = Requisitions(*m_context.database, *m_context.clock).sign(m_context.actor, id); !s) {
        MessageBox::warning(this, tr("Sign"), s.error());
        return false;
    }
    refresh();
    return true;
}

qint64 DepartmentsPage::fillSelected()
{
    const qint64 id = selectedId(m_requisitions);
    if (!id) {
        MessageBox::information(this, tr("Fill from stock"), tr("Choose a signed requisition to fill."));
        return 0;
    }
    const QString number = m_requisitions->item(m_requisitions->currentRow(), 0)->text();
    if (MessageBox::question(
            this, tr("Fill from stock"),
            tr("Issue the items of %1 from stock to the department? What is short stays short.").arg(number))
        != QMessageBox::Yes)
        return 0;
    auto units = Requisitions(*m_context.database, *m_context.clock).fill(m_context.actor, id);
    if (!units) {
        MessageBox::warning(this, tr("Fill from stock"), units.error());
        return 0;
    }
    refresh();
    return *units;
}

bool DepartmentsPage::reviewSelected(LocalPurchaseStatus outcome)
{
    const qint64 row = selectedId(m_localPurchases);
    if (!row) {
        MessageBox::information(this, tr("Audit"), tr("Choose the local purchase first."));
        return false;
    }
    QString note;
    if (outcome == LocalPurchaseStatus::Queried) {
        bool ok = false;
        note = InputDialog::text(this, tr("Query purchase"), tr("What does the office query?"), &ok);
        if (!ok)
            return false;
    }
    if (Status s =
            LocalPurchaseAudit(*m_context.database, *m_context.clock).review(m_context.actor, row, outcome, note);
        !s) {
        MessageBox::warning(this, tr("Audit"), s.error());
        return false;
    }
    refresh();
    return true;
}

} // namespace shopdesk
