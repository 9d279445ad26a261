#include "DepartmentsDialog.h"

#include "HrActions.h"
#include "OrgChart.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace shopdesk {

DepartmentsDialog::DepartmentsDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_table(listTable({tr("Department"), tr("Head"), tr("Employees")}, this))
{
    setWindowTitle(tr("Departments"));
    EmptyListHint::install(m_table,
                           tr("No departments yet. Add each with New department..., then add or import the "
                              "employees and choose each department's head."));
    makeSortable(m_table);
    auto *add = new QPushButton(tr("&New department..."), this);
    auto *rename = new QPushButton(tr("&Rename..."), this);
    auto *head = new QPushButton(tr("Choose the &head..."), this);
    head->setToolTip(tr("Leave and other requests go to the department's head for approval"));
    const bool manage = Permissions::can(context.actor, HrAction::ManagePeople) && !context.readOnly();
    for (QPushButton *b : {add, rename, head})
        b->setEnabled(manage);
    connect(add, &QPushButton::clicked, this, &DepartmentsDialog::askNew);
    connect(rename, &QPushButton::clicked, this, &DepartmentsDialog::askRename);
    connect(head, &QPushButton::clicked, this, &DepartmentsDialog::askHead);
    if (manage)
        connect(m_table, &QTableWidget::cellDoubleClicked, this, &DepartmentsDialog::askRename);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, rename, head})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(560, 420);
    refresh();
}

void DepartmentsDialog::refresh()
{
    const qint64 chosen = selectedId();
    auto rows = OrgChart(*m_context.database, *m_context.clock).departments(m_context.actor);
    if (!rows)
        return MessageBox::warning(this, windowTitle(), rows.error());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const OrgChart::Row &r = rows->at(i);
        setRowTexts(m_table, i, {r.department.name, r.headName.isEmpty() ? tr("(none yet)") : r.headName, QString()});
        m_table->setItem(i, 2, numberCell(r.people, QString::number(r.people)));
        m_table->item(i, 0)->setData(Qt::UserRole, r.department.id);
        m_table->item(i, 1)->setData(Qt::UserRole, r.department.headEmployeeId);
        if (r.department.id == chosen)
            m_table->selectRow(i);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

qint64 DepartmentsDialog::selectedId() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, 0) ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool DepartmentsDialog::addDepartment(const QString &name)
{
    auto id = OrgChart(*m_context.database, *m_context.clock).add(m_context.actor, name);
    if (!id) {
        MessageBox::warning(this, tr("New department"), id.error());
        return false;
    }
    refresh();
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (m_table->item(i, 0)->data(Qt::UserRole).toLongLong() == *id)
            m_table->selectRow(i);
    return true;
}

bool DepartmentsDialog::renameSelected(const QString &name)
{
    return shown(OrgChart(*m_context.database, *m_context.clock).rename(m_context.actor, selectedId(), name),
                 tr("Rename the department"));
}

bool DepartmentsDialog::setHeadOfSelected(qint64 employeeId)
{
    return shown(OrgChart(*m_context.database, *m_context.clock).setHead(m_context.actor, selectedId(), employeeId),
                 tr("The department's head"));
}

bool DepartmentsDialog::shown(const Status &done, const QString &title)
{
    if (!done) {
        MessageBox::warning(this, title, done.error());
        return false;
    }
    refresh();
    return true;
}

void DepartmentsDialog::askNew()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New department"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addDepartment(name);
}

void DepartmentsDialog::askRename()
{
    if (selectedId() == 0)
        return MessageBox::information(this, tr("Rename the department"), tr("Choose a department first."));
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the department"), tr("Name:"), QLineEdit::Normal,
                                               m_table->item(m_table->currentRow(), 0)->text(), &ok);
    if (ok)
        renameSelected(name);
}

void DepartmentsDialog::askHead()
{
    if (selectedId() == 0)
        return MessageBox::information(this, tr("The department's head"), tr("Choose a department first."));
    auto people = OrgChart(*m_context.database, *m_context.clock).people(m_context.actor);
    if (!people)
        return MessageBox::warning(this, tr("The department's head"), people.error());
    QStringList names{tr("(none)")};
    QList<qint64> ids{0};
    for (const EmployeeSummary &e : *people) {
        names << QStringLiteral("%1  %2").arg(e.staffNo, e.name);
        ids << e.id;
    }
    // The present head first in view, so that OK without a look changes nothing.
    const qint64 present = m_table->item(m_table->currentRow(), 1)->data(Qt::UserRole).toLongLong();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("The department's head"), tr("Head:"), names,
                                                 int(std::max<qsizetype>(0, ids.indexOf(present))), false, &ok);
    if (ok)
        setHeadOfSelected(ids.value(names.indexOf(chosen)));
}

} // namespace shopdesk
