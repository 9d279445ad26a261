#include "TimeRequestDialog.h"

#include "common/Clock.h"
#include "common/domain/WallClock.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace shopdesk {

TimeRequestDialog::TimeRequestDialog(const AppContext &context, qint64 employeeId, Kind kind, QWidget *parent)
    : QDialog(parent), m_context(context), m_employee(employeeId), m_kind(kind), m_fromDate(new QDateEdit(this)),
      m_toDate(new QDateEdit(this)), m_fromTime(new QTimeEdit(QTime(9, 0), this)),
      m_toTime(new QTimeEdit(QTime(12, 0), this)), m_reason(new QLineEdit(this)), m_error(new ErrorLabel(this))
{
    const QDate tomorrow = context.clock->nowUtc().toLocalTime().date().addDays(1);
    for (QDateEdit *d : {m_fromDate, m_toDate}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(tomorrow);
    }
    for (QTimeEdit *t : {m_fromTime, m_toTime})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *form = new QFormLayout(this);
    switch (kind) {
    case Kind::Leave: {
        setWindowTitle(tr("Ask for leave"));
        m_leaveKind = new QComboBox(this);
        for (LeaveKind k : {LeaveKind::Personal, LeaveKind::Sick, LeaveKind::HospitalVisit, LeaveKind::CompTime,
                            LeaveKind::Marriage, LeaveKind::Bereavement})
            m_leaveKind->addItem(leaveKindTitle(k), int(k));
        m_fromHalf = new QComboBox(this);
        m_fromHalf->addItems({tr("from the morning"), tr("from the afternoon")});
        m_toHalf = new QComboBox(this);
        m_toHalf->addItems({tr("to the end of the day"), tr("to noon")});
        m_extends = new QComboBox(this);
        m_extends->addItem(tr("a new leave"), 0);
        if (auto mine = TimeRequests(*context.database, *context.clock).requests(context.actor, employeeId))
            for (const TimeRequestRow &r : *mine)
                if (r.state == RequestState::Approved && r.isLeave())
                    m_extends->addItem(tr("extends request %1 (to %2)")
                                           .arg(r.requestId)
                                           .arg(r.to.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                                       r.requestId);
        m_emergency = new QCheckBox(tr("Emergency: the supervisor was told by phone (LEAVE-04)"), this);
        m_attach = new QPushButton(tr("Attach a hospital certificate... (LEAVE-02)"), this);
        connect(m_attach, &QPushButton::clicked, this, [this] {
            const QString path =
                FileDialog::openFileName(this, tr("Attach a hospital certificate"), QString(),
                                         tr("Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
            if (!path.isEmpty())
                attach(path);
        });
        auto *from = new QHBoxLayout;
        from->addWidget(m_fromDate);
        from->addWidget(m_fromHalf);
        from->addWidget(m_fromTime);
        auto *to = new QHBoxLayout;
        to->addWidget(m_toDate);
        to->addWidget(m_toHalf);
        to->addWidget(m_toTime);
        form->addRow(tr("Kind:"), m_leaveKind);
        form->addRow(tr("From:"), from);
        form->addRow(tr("To:"), to);
        form->addRow(tr("Request:"), m_extends);
        form->addRow(tr("Reason:"), m_reason);
        form->addRow(m_emergency);
        form->addRow(m_attach);
        connect(m_leaveKind, &QComboBox::currentIndexChanged, this, &TimeRequestDialog::updateFields);
        break;
    }
    case Kind::OutOfOffice: {
        setWindowTitle(tr("Out of the office"));
        m_destination = new QLineEdit(this);
        m_fromTime->setTime(QTime(8, 0));
        m_toTime->setTime(QTime(17, 0));
        auto *from = new QHBoxLayout;
        from->addWidget(m_fromDate);
        from->addWidget(m_fromTime);
        auto *to = new QHBoxLayout;
        to->addWidget(m_toDate);
        to->addWidget(m_toTime);
        form->addRow(tr("From:"), from);
        form->addRow(tr("To:"), to);
        form->addRow(tr("Where:"), m_destination);
        form->addRow(tr("Why:"), m_reason);
        break;
    }
    case Kind::Overtime: {
        setWindowTitle(tr("Overtime"));
        m_toDate->hide();
        m_fromTime->setTime(QTime(9, 0));
        m_toTime->setTime(QTime(12, 0));
        auto *hours = new QHBoxLayout;
        hours->addWidget(m_fromTime);
        hours->addWidget(m_toTime);
        form->addRow(tr("Day:"), m_fromDate);
        form->addRow(tr("From, to:"), hours);
        form->addRow(tr("Work done:"), m_reason);
        break;
    }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send for approval"));
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    updateFields();
}

void TimeRequestDialog::updateFields()
{
    if (m_kind != Kind::Leave)
        return;
    const bool hours = LeaveKind(m_leaveKind->currentData().toInt()) == LeaveKind::HospitalVisit;
    m_fromHalf->setVisible(!hours);
    m_toHalf->setVisible(!hours);
    m_toDate->setVisible(!hours);
    m_fromTime->setVisible(hours);
    m_toTime->setVisible(hours);
}

bool TimeRequestDialog::attach(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > AttachedFile::kMaxBytes) {
        m_error->showError(tr("%1 is larger than 10 MB; attach a smaller scan.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_attachments = {{QFileInfo(path).fileName(), file.readAll(), 0}};
    if (m_attach)
        m_attach->setText(tr("Attached: %1").arg(QFileInfo(path).fileName()));
    m_error->showError(QString());
    return true;
}

QString TimeRequestDialog::error() const
{
    return m_error->error();
}

qint64 TimeRequestDialog::send()
{
    TimeRequests requests(*m_context.database, *m_context.clock);
    Result<qint64> sent = fail(QString());
    const QDate from = m_fromDate->date();
    switch (m_kind) {
    case Kind::Leave: {
        LeaveDraft d;
        d.kind = LeaveKind(m_leaveKind->currentData().toInt());
        if (d.kind == LeaveKind::HospitalVisit) {
            d.from = wallClock(from, m_fromTime->time());
            d.to = wallClock(from, m_toTime->time());
        } else {
            d.from = wallClock(from, m_fromHalf->currentIndex() == 0 ? QTime(0, 0) : QTime(12, 0));
            d.to = wallClock(m_toDate->date(), m_toHalf->currentIndex() == 0 ? QTime(23, 59) : QTime(12, 0));
        }
        d.reason = m_reason->text();
        d.emergency = m_emergency->isChecked();
        d.attachments = m_attachments;
        sent = requests.fileLeave(m_context.actor, m_employee, d, m_extends->currentData().toLongLong());
        break;
    }
    case Kind::OutOfOffice:
        sent = requests.fileOutOfOffice(m_context.actor, m_employee,
                                        {wallClock(from, m_fromTime->time()),
                                         wallClock(m_toDate->date(), m_toTime->time()), m_destination->text(),
                                         m_reason->text()});
        break;
    case Kind::Overtime:
        sent = requests.fileOvertime(
            m_context.actor, m_employee,
            {wallClock(from, m_fromTime->time()), wallClock(from, m_toTime->time()), m_reason->text()});
        break;
    }
    if (!sent) {
        m_error->showError(sent.error());
        return 0;
    }
    return *sent;
}

} // namespace shopdesk
