#include "SecurityIncidentsPage.h"

#include "SecurityIncidentDialog.h"
#include "SecurityIncidents.h"
#include "ShopActions.h"
#include "domain/ShopTime.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
const QColor kUnreported(0xB7, 0x1C, 0x1C);
} // namespace

SecurityIncidentsPage::SecurityIncidentsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    const bool writable = !context.readOnly() && Permissions::can(context.actor, ShopAction::WebIncidents);
    auto *record = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Record an i&ncident..."), this);
    auto *edit = new QPushButton(tr("Report or r&esolve..."), this);
    record->setEnabled(writable);
    edit->setEnabled(writable);
    m_table = listTable({tr("Happened"), tr("Kind"), tr("What happened"), tr("State"), tr("Reported"),
                         tr("Reported by"), tr("To whom"), tr("Resolved"), tr("How"), tr("Recorded by")},
                        this);
    EmptyListHint::install(m_table, tr("No incidents in the last year. Record an incident... when one happens."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    auto *hint =
        new QLabel(tr("A virus, an intrusion or an outage is reported to the partner company (WEB-05)."), this);
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    top->addWidget(record);
    top->addWidget(edit);
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(record, &QPushButton::clicked, this, &SecurityIncidentsPage::record);
    connect(edit, &QPushButton::clicked, this, &SecurityIncidentsPage::edit);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, writable] {
        if (writable)
            this->edit();
    });
    refresh();
}

QString SecurityIncidentsPage::lastError() const
{
    return m_error->error();
}

void SecurityIncidentsPage::refresh()
{
    auto list = SecurityIncidents(*m_context.database, *m_context.clock).incidents(m_context.actor);
    m_error->showError(list ? QString() : list.error());
    m_rows = list ? *list : QList<SecurityIncident>();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const SecurityIncident &i = m_rows[r];
        setRowTexts(m_table, r,
                    {ShopTime::text(i.happenedAt), incidentKindTitle(i.kind), i.whatHappened,
                     SecurityIncidentRules::stateTitle(i), ShopTime::text(i.reportedAt), i.reportedBy, i.partnerContact,
                     ShopTime::text(i.resolvedAt), i.resolution, i.recordedBy});
        m_table->item(r, 0)->setData(Qt::UserRole, r);
        if (SecurityIncidentRules::unreported(i))
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setForeground(kUnreported);
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
}

SecurityIncidentDialog *SecurityIncidentsPage::record()
{
    auto *dialog = new SecurityIncidentDialog(m_context, SecurityIncident{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SecurityIncidentsPage::refresh);
    dialog->open();
    return dialog;
}

SecurityIncidentDialog *SecurityIncidentsPage::edit()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item) {
        m_error->showError(tr("Choose an incident first."));
        return nullptr;
    }
    auto *dialog = new SecurityIncidentDialog(m_context, m_rows.at(item->data(Qt::UserRole).toInt()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SecurityIncidentsPage::refresh);
    dialog->open();
    return dialog;
}

} // namespace shopdesk
