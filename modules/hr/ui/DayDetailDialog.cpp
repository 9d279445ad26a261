#include "DayDetailDialog.h"

#include "MakeUpPunch.h"
#include "common/domain/Money.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QString punchTime(const Punch &p)
{
    return p.at.toString(QStringLiteral("HH:mm:ss")) + (p.makeUp ? DayDetailDialog::tr(" (make-up)") : QString());
}

QString checkInText(const std::optional<Punch> &p)
{
    return p ? DayDetailDialog::tr("in %1").arg(punchTime(*p)) : DayDetailDialog::tr("no punch in");
}

QString checkOutText(const std::optional<Punch> &p)
{
    return p ? DayDetailDialog::tr("out %1").arg(punchTime(*p)) : DayDetailDialog::tr("no punch out");
}
} // namespace

QString DayDetailDialog::describe(const EmployeeMonth &employee, int dayIndex)
{
    const DayOutcome &day = employee.outcome.days.at(dayIndex);
    QStringList lines;
    lines << tr("%1, %2: %3").arg(employee.employee.name, day.date.toString(Qt::ISODate), dayTypeTitle(day.dayType));
    if (!day.scheduled)
        lines << tr("Not scheduled to work: %1.").arg(statusTitle(day.halfDays[0]));
    else
        lines << tr("Shift: %1").arg(day.shiftName);
    for (const SegmentOutcome &s : day.segments) {
        QString line = tr("%1-%2: %3, %4: %5", "a shift's part: its hours, check-in, check-out, status")
                           .arg(minuteText(s.segment.startMinute), minuteText(s.segment.endMinute),
                                checkInText(s.checkIn), checkOutText(s.checkOut), statusTitle(s.status));
        if (s.lateMinutes > 0)
            line += tr(", %n minute(s) late", nullptr, s.lateMinutes);
        if (s.earlyMinutes > 0)
            line += tr(", %n minute(s) early", nullptr, s.earlyMinutes);
        if (s.awayMinutes > 0)
            line += tr(", of which %n minute(s) out and back without a filing (ATT-08)", nullptr, s.awayMinutes);
        if (!s.clause.isEmpty())
            line += tr(" (rule %1)").arg(s.clause);
        lines << line;
    }
    QStringList punches;
    for (const Punch &p : day.punches)
        punches << p.at.toString(QStringLiteral("HH:mm:ss")) + (p.makeUp ? QStringLiteral("*") : QString());
    lines << tr("Punches: %1").arg(punches.isEmpty() ? tr("none") : punches.join(QStringLiteral(", ")));
    if (day.duplicatePunches > 0)
        lines << tr("%n punch(es) less than 60 seconds after another counted once (ATT-12).", nullptr,
                    day.duplicatePunches);
    if (day.punchesNotCounted)
        lines << tr("Punches on a day off without overtime on file are shown, not counted (ATT-02, OT-02).");
    if (day.overtimeMinutes > 0)
        lines << tr("Approved overtime on the clock: %n minute(s).", nullptr, day.overtimeMinutes);
    for (const FineLine &f : employee.outcome.fines)
        if (f.date == day.date)
            lines << tr("Fine %1 (%2): %3").arg(Money::fromFen(f.fen).toString(), f.ruleId, f.reason);
    for (const EscalationFlag &f : employee.outcome.flags)
        if (f.date == day.date)
            lines << tr("%1 (%2): %3").arg(escalationTitle(f.kind), f.ruleId, f.reason);
    return lines.join(QLatin1Char('\n'));
}

DayDetailDialog::DayDetailDialog(const AppContext &context, const EmployeeMonth &employee, int dayIndex,
                                 QWidget *parent)
    : QDialog(parent), m_context(context), m_employee(employee), m_day(dayIndex)
{
    setWindowTitle(tr("Attendance of %1").arg(employee.employee.name));
    auto *text = new QPlainTextEdit(describe(employee, dayIndex), this);
    text->setReadOnly(true);
    text->setMinimumSize(520, 260);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *makeUp = buttons->addButton(tr("Request a make-up punch..."), QDialogButtonBox::ActionRole);
    makeUp->setObjectName(QStringLiteral("makeUp"));
    const DayOutcome &day = employee.outcome.days.at(dayIndex);
    makeUp->setEnabled(day.scheduled && day.absenceDays + day.workedDays > 0 && day.workedDays < 1.0);
    connect(makeUp, &QPushButton::clicked, this, &DayDetailDialog::requestMakeUpPunch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

void DayDetailDialog::requestMakeUpPunch()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Make-up punch (ATT-12)"));
    const DayOutcome &day = m_employee.outcome.days.at(m_day);
    // The first segment end without a punch is the likely one.
    QTime suggested(8, 0);
    for (const SegmentOutcome &s : day.segments) {
        if (!s.checkIn) {
            suggested = QTime::fromMSecsSinceStartOfDay(s.segment.startMinute * 60000);
            break;
        }
        if (!s.checkOut) {
            suggested = QTime::fromMSecsSinceStartOfDay(s.segment.endMinute * 60000);
            break;
        }
    }
    auto *time = new QTimeEdit(suggested, &ask);
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *reason = new QLineEdit(&ask);
    reason->setPlaceholderText(tr("Why the punch is missing"));
    auto *error = new ErrorLabel(&ask);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send for approval"));
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("Date:"), new QLabel(day.date.toString(Qt::ISODate), &ask));
    form->addRow(tr("Time:"), time);
    form->addRow(tr("Reason:"), reason);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &ask, [&] {
        auto sent =
            MakeUpPunch(*m_context.database, *m_context.clock)
                .request(m_context.actor, m_employee.employee.id, QDateTime(day.date, time->time()), reason->text());
        if (!sent)
            return error->showError(sent.error());
        ask.accept();
    });
    if (ask.exec() == QDialog::Accepted)
        MessageBox::information(this, windowTitle(),
                                tr("The make-up punch waits for the direct supervisor's approval."));
}

} // namespace shopdesk
