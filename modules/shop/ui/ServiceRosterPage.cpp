#include "ServiceRosterPage.h"

#include "CustomerServiceRoster.h"
#include "ServicePoolsDialog.h"
#include "ShopActions.h"
#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"
#include "ui/ReportBar.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
const QColor kRestDay(0xEE, 0xF3, 0xFA);
}

ServiceRosterPage::ServiceRosterPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    const bool keeper = !context.readOnly() && Permissions::can(context.actor, ShopAction::Service)
        && (context.actor.roles.contains(Role::ServiceSupervisor)
            || context.actor.roles.contains(Role::DepartmentHead));
    m_month = monthPicker(this, ShopTime::dayOf(context.clock->nowUtc()));
    auto *pools = new QPushButton(tr("Who is o&n the roster..."), this);
    auto *hours = new QPushButton(tr("Chat hours..."), this);
    auto *generate = new QPushButton(tr("&Generate the month"), this);
    for (QPushButton *b : {pools, hours, generate})
        b->setEnabled(keeper);
    generate->setToolTip(tr("Fills the month from today on, fairly within each pool (CS-01)."));
    m_hours = new QLabel(this);
    m_bar = new ReportBar(context, {{tr("Customer service roster"), 0}}, this);
    m_table = listTable({tr("Date"), tr("Day"), tr("Online chat"), tr("400 hotline (evening and night)")}, this);
    EmptyListHint::install(m_table,
                           tr("No roster for this month yet. The service supervisor chooses who is on the rota "
                              "with Who is on the rota..., then presses Generate the month."));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addWidget(m_hours, 1);
    for (QPushButton *b : {pools, hours, generate})
        top->addWidget(b);
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(m_month, &QDateEdit::dateChanged, this, &ServiceRosterPage::refresh);
    connect(pools, &QPushButton::clicked, this, &ServiceRosterPage::editPools);
    connect(hours, &QPushButton::clicked, this, &ServiceRosterPage::editHours);
    connect(generate, &QPushButton::clicked, this, &ServiceRosterPage::generate);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, keeper](int row, int column) {
        if (keeper)
            change(row, column);
    });
    refresh();
}

QString ServiceRosterPage::lastError() const
{
    return m_error->error();
}

void ServiceRosterPage::refresh()
{
    CustomerServiceRoster roster(*m_context.database, *m_context.clock);
    const ChatHours h = roster.hours();
    m_hours->setText(tr("Online chat %1-%2, the 400 hotline outside them")
                         .arg(h.from.toString(QStringLiteral("HH:mm")), h.to.toString(QStringLiteral("HH:mm"))));
    auto days = roster.month(m_context.actor, m_month->date());
    m_error->showError(days ? QString() : days.error());
    m_days = days ? *days : QList<RosterDay>();
    const QLocale locale;
    m_table->setRowCount(int(m_days.size()));
    for (int r = 0; r < m_days.size(); ++r) {
        const RosterDay &d = m_days[r];
        QString day = locale.dayName(d.day.dayOfWeek(), QLocale::ShortFormat);
        if (!d.dayNote.isEmpty())
            day += QStringLiteral(" · ") + d.dayNote;
        setRowTexts(m_table, r, {d.day.toString(Qt::ISODate), day, d.chatName, d.hotlineName});
        if (d.restDay)
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setBackground(kRestDay);
    }
    m_table->resizeColumnsToContents();
    auto report = roster.report(m_context.actor, m_month->date());
    m_bar->setReport(report ? *report : Report{},
                     QStringLiteral("service-roster-%1").arg(m_month->date().toString(QStringLiteral("yyyyMM"))));
}

ServicePoolsDialog *ServiceRosterPage::editPools()
{
    auto *dialog = new ServicePoolsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ServiceRosterPage::refresh);
    dialog->open();
    return dialog;
}

void ServiceRosterPage::editHours()
{
    CustomerServiceRoster roster(*m_context.database, *m_context.clock);
    const ChatHours h = roster.hours();
    bool ok = false;
    const QString text =
        InputDialog::text(this, tr("Chat hours"), tr("Online chat from-to (for example 08:50-18:10):"), &ok);
    if (!ok)
        return;
    static const QRegularExpression shape(
        QStringLiteral("^\\s*(\\d{1,2}:\\d{2})\\s*[-–~至]\\s*(\\d{1,2}:\\d{2})\\s*$"));
    const QRegularExpressionMatch m = shape.match(text);
    ChatHours wanted = h;
    if (m.hasMatch()) {
        wanted.from = QTime::fromString(m.captured(1).rightJustified(5, QLatin1Char('0')), QStringLiteral("HH:mm"));
        wanted.to = QTime::fromString(m.captured(2).rightJustified(5, QLatin1Char('0')), QStringLiteral("HH:mm"));
    }
    if (!m.hasMatch() || !wanted.from.isValid() || !wanted.to.isValid()) {
        m_error->showError(tr("\"%1\" is not two times such as 08:50-18:10.").arg(text));
        return;
    }
    Status done = roster.setHours(m_context.actor, wanted);
    refresh();
    m_error->showError(done ? QString() : done.error());
}

void ServiceRosterPage::generate()
{
    const QDate today = ShopTime::dayOf(m_context.clock->nowUtc());
    bool filled = false;
    for (const RosterDay &d : std::as_const(m_days))
        filled = filled || (d.day >= today && (d.chat || d.hotline));
    if (filled
        && MessageBox::question(this, tr("Generate the month"),
                                tr("The days from %1 on are filled already. Replace them?")
                                    .arg(std::max(today, m_days.value(0).day).toString(Qt::ISODate)))
            != QMessageBox::Yes)
        return;
    auto done = CustomerServiceRoster(*m_context.database, *m_context.clock).generate(m_context.actor, m_month->date());
    refresh();
    m_error->showError(done ? QString() : done.error());
}

void ServiceRosterPage::change(int row, int column)
{
    if (row < 0 || row >= m_days.size() || (column != 2 && column != 3))
        return;
    const RosterDay day = m_days[row];
    const ServiceDuty duty = column == 2 ? ServiceDuty::Chat : ServiceDuty::Hotline;
    CustomerServiceRoster roster(*m_context.database, *m_context.clock);
    auto pools = roster.pools(m_context.actor);
    auto people = roster.people(m_context.actor);
    if (!pools || !people) {
        m_error->showError(!pools ? pools.error() : people.error());
        return;
    }
    const QList<qint64> pool = duty == ServiceDuty::Hotline ? pools->dutyManagers
        : day.restDay                                       ? pools->weekendStaff
                                                            : pools->chatAgents;
    QStringList names;
    QList<qint64> ids;
    for (qint64 id : pool)
        for (const EmployeeSummary &e : std::as_const(*people))
            if (e.id == id) {
                names << e.name;
                ids << id;
            }
    if (ids.isEmpty()) {
        m_error->showError(tr("Nobody is in that pool: set who is on the rota first."));
        return;
    }
    bool ok = false;
    const QString name = InputDialog::item(this, serviceDutyTitle(duty),
                                           tr("Who covers on %1?").arg(day.day.toString(Qt::ISODate)), names, &ok);
    if (!ok || !names.contains(name))
        return;
    Status done = roster.assign(m_context.actor, day.day, duty, ids.at(int(names.indexOf(name))));
    refresh();
    m_error->showError(done ? QString() : done.error());
}

} // namespace shopdesk
