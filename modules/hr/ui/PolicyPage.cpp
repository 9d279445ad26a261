#include "PolicyPage.h"

#include "AttendanceMonth.h"
#include "AttendancePolicyService.h"
#include "HrActions.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QSpinBox *spin(int low, int high, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(low, high);
    return s;
}
QDoubleSpinBox *yuan(QWidget *parent)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(0, 100000);
    s->setDecimals(2);
    s->setPrefix(QStringLiteral("¥"));
    return s;
}
qint64 fen(const QDoubleSpinBox *s)
{
    return qRound64(s->value() * 100);
}
} // namespace

PolicyPage::PolicyPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_grace(spin(0, 60, this)), m_fineFrom(spin(1, 31, this)),
      m_reminder(spin(1, 62, this)), m_warning(spin(1, 62, this)), m_notice(spin(1, 62, this)),
      m_noticeMonths(spin(1, 12, this)), m_consecutive(spin(1, 31, this)), m_quota(spin(0, 31, this)),
      m_workingDayPercent(spin(100, 1000, this)), m_restDayPercent(spin(100, 1000, this)),
      m_statutoryPercent(spin(100, 1000, this)), m_compTimeMonths(spin(1, 24, this)), m_firstAbsence(yuan(this)),
      m_laterAbsence(yuan(this)), m_proxy(yuan(this)), m_yearDays(new QDoubleSpinBox(this)),
      m_marriageDays(new QDoubleSpinBox(this)), m_bereavementDays(new QDoubleSpinBox(this)),
      m_earlyIsAbsence(new QCheckBox(tr("Early leave counts as absence (the strict reading)"), this)),
      m_missingIsAbsence(new QCheckBox(tr("A missing punch counts as half a day's absence"), this)),
      m_allWeek(new QCheckBox(tr("The administrative week is Monday to Sunday (the literal reading)"), this)),
      m_tiers(new QTableWidget(0, 2, this)), m_state(new QLabel(this))
{
    m_yearDays->setRange(0.5, 365);
    m_yearDays->setSingleStep(0.5);
    m_yearDays->setDecimals(1); // half days: "3.5", not "3.50"
    for (QDoubleSpinBox *days : {m_marriageDays, m_bereavementDays}) {
        days->setRange(0, 60);
        days->setSingleStep(0.5);
        days->setDecimals(1);
    }
    m_tiers->setHorizontalHeaderLabels({tr("Up to minutes"), tr("Fine (yuan)")});
    m_tiers->verticalHeader()->hide();
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->setMinimumHeight(130); // the three default tiers without scrolling
    m_tiers->setMaximumHeight(160);

    auto *lateness = new QGroupBox(tr("Lateness and early leave"), this);
    auto *lf = new QFormLayout(lateness);
    lf->addRow(tr("Grace minutes (ATT-03):"), m_grace);
    lf->addRow(tr("Fine tiers (ATT-05); beyond the last is absence (ABS-01 c):"), m_tiers);
    auto *tierButtons = new QHBoxLayout;
    auto *addTier = new QPushButton(tr("Add tier"), this);
    auto *removeTier = new QPushButton(tr("Remove tier"), this);
    tierButtons->addWidget(addTier);
    tierButtons->addWidget(removeTier);
    tierButtons->addStretch();
    lf->addRow(QString(), tierButtons);
    lf->addRow(tr("Fined from occurrence (ATT-05):"), m_fineFrom);
    lf->addRow(m_earlyIsAbsence);
    lf->addRow(m_missingIsAbsence);
    lf->addRow(tr("Reminder at occurrence (ATT-06):"), m_reminder);
    lf->addRow(tr("Warning at occurrence:"), m_warning);
    lf->addRow(tr("Public notice from occurrence:"), m_notice);
    lf->addRow(tr("Months in a row with a notice before dismissal review:"), m_noticeMonths);

    auto *absence = new QGroupBox(tr("Absence"), this);
    auto *af = new QFormLayout(absence);
    af->addRow(tr("First absence in a month (ABS-02):"), m_firstAbsence);
    af->addRow(tr("Each later absence:"), m_laterAbsence);
    af->addRow(tr("Working days absent in a row for dismissal review:"), m_consecutive);
    af->addRow(tr("Days absent in a year for dismissal review:"), m_yearDays);
    af->addRow(tr("Proxy punching, each party (ATT-09):"), m_proxy);
    af->addRow(tr("Make-up punches a month (ATT-12):"), m_quota);
    af->addRow(m_allWeek);
    af->addRow(tr("Marriage leave, days (LEAVE-06):"), m_marriageDays);
    af->addRow(tr("Bereavement leave, days (LEAVE-06):"), m_bereavementDays);

    auto *overtime = new QGroupBox(tr("Overtime and comp time"), this);
    auto *of = new QFormLayout(overtime);
    for (QSpinBox *percent : {m_workingDayPercent, m_restDayPercent, m_statutoryPercent})
        percent->setSuffix(QStringLiteral("%"));
    of->addRow(tr("Working-day overtime (HOL-02):"), m_workingDayPercent);
    of->addRow(tr("Rest-day overtime without comp time:"), m_restDayPercent);
    of->addRow(tr("Statutory-holiday overtime:"), m_statutoryPercent);
    of->addRow(tr("Comp time not taken is paid out after, months (OT-02):"), m_compTimeMonths);
    auto *right = new QVBoxLayout;
    right->addWidget(absence);
    right->addWidget(overtime);

    const bool mayEdit = Permissions::can(context.actor, HrAction::EditPolicy);
    auto *save = new QPushButton(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Save policy"), this);
    save->setEnabled(mayEdit);
    auto *simulate = new QPushButton(tr("Simulate last month..."), this);
    auto *reload = new QPushButton(tr("Undo changes"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(simulate);
    buttons->addWidget(reload);
    buttons->addWidget(m_state, 1);

    // One column: at the first window size (1024 wide) two columns were cut off on the right.
    auto *content = new QWidget(this);
    auto *columns = new QVBoxLayout(content);
    columns->addWidget(lateness);
    columns->addLayout(right);
    content->setMaximumWidth(900);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(addTier, &QPushButton::clicked, this, [this] {
        const int row = m_tiers->rowCount();
        m_tiers->insertRow(row);
        const int previous = row > 0 ? m_tiers->item(row - 1, 0)->text().toInt() : 0;
        m_tiers->setItem(row, 0, new QTableWidgetItem(QString::number(previous + 15)));
        m_tiers->setItem(row, 1, new QTableWidgetItem(QStringLiteral("0.00")));
    });
    connect(removeTier, &QPushButton::clicked, this, [this] {
        if (m_tiers->rowCount() > 1)
            m_tiers->removeRow(m_tiers->rowCount() - 1);
    });
    connect(save, &QPushButton::clicked, this, &PolicyPage::save);
    connect(simulate, &QPushButton::clicked, this, &PolicyPage::showSimulation);
    connect(reload, &QPushButton::clicked, this, &PolicyPage::load);
    load();
}

void PolicyPage::load()
{
    auto policy = AttendancePolicyService(*m_context.database, *m_context.clock).policy();
    if (!policy)
        return m_state->setText(policy.error());
    const AttendancePolicy &p = *policy;
    m_grace->setValue(p.graceMinutes);
    m_tiers->setRowCount(int(p.lateEarlyTiers.size()));
    for (int r = 0; r < p.lateEarlyTiers.size(); ++r) {
        m_tiers->setItem(r, 0, new QTableWidgetItem(QString::number(p.lateEarlyTiers.at(r).upToMinutes)));
        m_tiers->setItem(r, 1, new QTableWidgetItem(Money::fromFen(p.lateEarlyTiers.at(r).fen).toPlainString()));
    }
    m_fineFrom->setValue(p.fineFromOccurrence);
    m_earlyIsAbsence->setChecked(p.earlyLeaveIsAbsence);
    m_missingIsAbsence->setChecked(p.missingPunchIsAbsence);
    m_reminder->setValue(p.reminderAt);
    m_warning->setValue(p.warningAt);
    m_notice->setValue(p.noticeAt);
    m_noticeMonths->setValue(p.noticeMonthsForDismissalReview);
    m_firstAbsence->setValue(p.firstAbsenceFen / 100.0);
    m_laterAbsence->setValue(p.laterAbsenceFen / 100.0);
    m_consecutive->setValue(p.consecutiveAbsentDaysForReview);
    m_yearDays->setValue(p.absentDaysPerYearForReview);
    m_proxy->setValue(p.proxyPunchFen / 100.0);
    m_quota->setValue(p.makeUpQuotaPerMonth);
    m_allWeek->setChecked(p.workWeekAllDays);
    m_marriageDays->setValue(p.marriageLeaveDays);
    m_bereavementDays->setValue(p.bereavementLeaveDays);
    m_workingDayPercent->setValue(p.overtimeWorkingDayPercent);
    m_restDayPercent->setValue(p.overtimeRestDayPercent);
    m_statutoryPercent->setValue(p.overtimeStatutoryPercent);
    m_compTimeMonths->setValue(p.compTimeExpiryMonths);
    m_state->clear();
}

AttendancePolicy PolicyPage::draft() const
{
    AttendancePolicy p;
    p.graceMinutes = m_grace->value();
    p.lateEarlyTiers.clear();
    for (int r = 0; r < m_tiers->rowCount(); ++r) {
        const auto amount = Money::parse(m_tiers->item(r, 1) ? m_tiers->item(r, 1)->text() : QString());
        p.lateEarlyTiers.append(
            {m_tiers->item(r, 0) ? m_tiers->item(r, 0)->text().toInt() : 0, amount ? amount->fen() : -1});
    }
    p.fineFromOccurrence = m_fineFrom->value();
    p.earlyLeaveIsAbsence = m_earlyIsAbsence->isChecked();
    p.missingPunchIsAbsence = m_missingIsAbsence->isChecked();
    p.reminderAt = m_reminder->value();
    p.warningAt = m_warning->value();
    p.noticeAt = m_notice->value();
    p.noticeMonthsForDismissalReview = m_noticeMonths->value();
    p.firstAbsenceFen = fen(m_firstAbsence);
    p.laterAbsenceFen = fen(m_laterAbsence);
    p.consecutiveAbsentDaysForReview = m_consecutive->value();
    p.absentDaysPerYearForReview = m_yearDays->value();
    p.proxyPunchFen = fen(m_proxy);
    p.makeUpQuotaPerMonth = m_quota->value();
    p.workWeekAllDays = m_allWeek->isChecked();
    p.marriageLeaveDays = m_marriageDays->value();
    p.bereavementLeaveDays = m_bereavementDays->value();
    p.overtimeWorkingDayPercent = m_workingDayPercent->value();
    p.overtimeRestDayPercent = m_restDayPercent->value();
    p.overtimeStatutoryPercent = m_statutoryPercent->value();
    p.compTimeExpiryMonths = m_compTimeMonths->value();
    return p;
}

void PolicyPage::save()
{
    if (Status s = AttendancePolicyService(*m_context.database, *m_context.clock).save(m_context.actor, draft()); !s)
        return MessageBox::warning(this, tr("Attendance policy"), s.error());
    m_state->setText(tr("Saved; the change is in the audit log."));
}

QList<QStringList> PolicyPage::simulate(const QDate &month) const
{
    AttendanceMonth months(*m_context.database, *m_context.clock);
    auto now = months.sheet(m_context.actor, month);
    auto then = months.sheet(m_context.actor, month, 0, draft());
    QList<QStringList> rows;
    if (!now || !then)
        return rows;
    for (int i = 0; i < now->employees.size() && i < then->employees.size(); ++i) {
        const MonthOutcome &a = now->employees.at(i).outcome, &b = then->employees.at(i).outcome;
        int changedDays = 0;
        for (int d = 0; d < a.days.size() && d < b.days.size(); ++d)
            changedDays += a.days.at(d).halfDays != b.days.at(d).halfDays ? 1 : 0;
        if (changedDays == 0 && a.finesFen == b.finesFen && a.absentDays == b.absentDays
            && a.flags.size() == b.flags.size())
            continue;
        rows << QStringList{
            now->employees.at(i).employee.name, QString::number(changedDays),
            QStringLiteral("%1 → %2").arg(a.absentDays).arg(b.absentDays),
            QStringLiteral("%1 → %2").arg(Money::fromFen(a.finesFen).toString(), Money::fromFen(b.finesFen).toString()),
            QStringLiteral("%1 → %2").arg(a.flags.size()).arg(b.flags.size())};
    }
    return rows;
}

void PolicyPage::showSimulation()
{
    if (Status valid = draft().validate(); !valid)
        return MessageBox::warning(this, tr("Attendance policy"), valid.error());
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    const QList<QStringList> rows = simulate(lastMonth);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("%1 under the draft policy").arg(lastMonth.toString(QStringLiteral("yyyy-MM"))));
    auto *table = new QTableWidget(int(rows.size()), 5, &dialog);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Days that change"), tr("Absent days"), tr("Fines"), tr("Flags")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(false);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 5; ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    table->resizeColumnsToContents();
    table->setSortingEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(
        rows.isEmpty() ? tr("Nobody's month would change.")
                       : tr("%n employee(s) would see a different month. Nothing is saved until you press Save policy.",
                            nullptr, int(rows.size())),
        &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(640, 400);
    dialog.exec();
}

} // namespace shopdesk
