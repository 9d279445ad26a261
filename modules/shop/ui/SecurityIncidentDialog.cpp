#include "SecurityIncidentDialog.h"

#include "SecurityIncidents.h"
#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "ui/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
// China's time, as the list of incidents shows it, wherever the PC stands (ShopTime): its wall
// time held as if UTC, so that no daylight saving of the PC's moves it.
QDateTimeEdit *timeEdit(const QDateTime &utc, QWidget *parent)
{
    const QDateTime china = ShopTime::inChina(utc);
    auto *edit = new QDateTimeEdit(QDateTime(china.date(), china.time(), Qt::UTC), parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

QDateTime instantOf(const QDateTimeEdit *edit)
{
    return ShopTime::instant(edit->date(), edit->time());
}
} // namespace

SecurityIncidentDialog::SecurityIncidentDialog(const AppContext &context, const SecurityIncident &incident,
                                               QWidget *parent)
    : QDialog(parent), m_context(context), m_incident(incident)
{
    const QDateTime now = context.clock->nowUtc();
    setWindowTitle(incident.id == 0 ? tr("Record a security incident") : tr("Security incident"));
    m_kind = new QComboBox(this);
    for (IncidentKind k : incidentKinds())
        m_kind->addItem(incidentKindTitle(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(incident.kind)));
    m_happened = timeEdit(incident.happenedAt.isValid() ? incident.happenedAt : now, this);
    m_what = new QPlainTextEdit(incident.whatHappened, this);
    m_what->setTabChangesFocus(true);
    m_what->setMaximumHeight(90);
    m_reported = new QCheckBox(tr("Re&ported to the partner company"), this);
    m_reported->setChecked(incident.reportedAt.isValid());
    m_reportedAt = timeEdit(incident.reportedAt.isValid() ? incident.reportedAt : now, this);
    m_reportedBy = new QLineEdit(incident.reportedBy, this);
    m_contact = new QLineEdit(incident.partnerContact, this);
    m_contact->setPlaceholderText(tr("whom you told there"));
    m_resolved = new QCheckBox(tr("Re&solved"), this);
    m_resolved->setChecked(incident.resolvedAt.isValid());
    m_resolvedAt = timeEdit(incident.resolvedAt.isValid() ? incident.resolvedAt : now, this);
    m_resolution = new QPlainTextEdit(incident.resolution, this);
    m_resolution->setTabChangesFocus(true);
    m_resolution->setMaximumHeight(70);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Happened at:"), m_happened);
    form->addRow(tr("&What happened:"), m_what);
    form->addRow(QString(), m_reported);
    form->addRow(tr("Reported &at:"), m_reportedAt);
    form->addRow(tr("Reported &by:"), m_reportedBy);
    form->addRow(tr("&To whom:"), m_contact);
    form->addRow(QString(), m_resolved);
    form->addRow(tr("R&esolved at:"), m_resolvedAt);
    form->addRow(tr("H&ow:"), m_resolution);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_reported, &QCheckBox::toggled, this, &SecurityIncidentDialog::showParts);
    connect(m_resolved, &QCheckBox::toggled, this, &SecurityIncidentDialog::showParts);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showParts();
    setMinimumWidth(520);
}

void SecurityIncidentDialog::showParts()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_reportedAt, m_reportedBy, m_contact})
        w->setEnabled(m_reported->isChecked());
    for (QWidget *w : std::initializer_list<QWidget *>{m_resolvedAt, m_resolution})
        w->setEnabled(m_resolved->isChecked());
}

QString SecurityIncidentDialog::error() const
{
    return m_error->error();
}

bool SecurityIncidentDialog::save()
{
    SecurityIncident i = m_incident;
    i.kind = IncidentKind(m_kind->currentData().toInt());
    i.happenedAt = instantOf(m_happened);
    i.whatHappened = m_what->toPlainText();
    i.reportedAt = m_reported->isChecked() ? instantOf(m_reportedAt) : QDateTime();
    i.reportedBy = m_reported->isChecked() ? m_reportedBy->text() : QString();
    i.partnerContact = m_reported->isChecked() ? m_contact->text() : QString();
    i.resolvedAt = m_resolved->isChecked() ? instantOf(m_resolvedAt) : QDateTime();
    i.resolution = m_resolved->isChecked() ? m_resolution->toPlainText() : QString();
    SecurityIncidents log(*m_context.database, *m_context.clock);
    Status done = success();
    if (i.id == 0) {
        if (auto id = log.record(m_context.actor, i); !id)
            done = id.failure();
    } else {
        done = log.update(m_context.actor, i);
    }
    m_error->showError(done ? QString() : done.error());
    return bool(done);
}

} // namespace shopdesk
