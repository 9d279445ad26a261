#include "CalendarPage.h"

#include "PageParts.h"
#include "calendar/HolidayCalendarService.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace shopdesk {

CalendarPage::CalendarPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_year(new QSpinBox(this)),
      m_days(listTable({tr("Date"), tr("Weekday"), tr("Day type"), tr("Holiday")}, this))
{
    EmptyListHint::install(m_days,
                           tr("No days marked in this year: every day follows the work week. Bring in the year's "
                              "calendar with Import a year..., or change the year."));
    m_year->setRange(2000, 2100);
    m_year->setValue(context.clock->nowUtc().toLocalTime().date().year());
    m_year->setAccessibleName(tr("Year"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr("Year:"), this));
    bar->addWidget(m_year);
    const bool manage = Permissions::can(context.actor, Action::ManageCalendar);
    bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Mark a day..."), this, &CalendarPage::markDay)
        ->setEnabled(manage);
    bar->addAction(tr("Back to the work week"), this, &CalendarPage::clearDay)->setEnabled(manage);
    bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Import a year..."), this, &CalendarPage::importYear)
        ->setEnabled(manage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(new QLabel(tr("Days the calendar names; every other day follows the work week (Monday to Friday "
                                    "unless the attendance policy says otherwise)."),
                                 this));
    layout->addWidget(m_days, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarPage::refresh);
    refresh();
}

void CalendarPage::refresh()
{
    auto calendar = HolidayCalendarService(*m_context.database, *m_context.clock).calendar();
    if (!calendar)
        return MessageBox::warning(this, tr("Holiday calendar"), calendar.error());
    const QList<HolidayCalendar::SpecialDay> days = calendar->specialDays(m_year->value());
    m_days->setRowCount(int(days.size()));
    const QLocale locale;
    for (int r = 0; r < days.size(); ++r) {
        const HolidayCalendar::SpecialDay &d = days.at(r);
        m_days->setItem(r, 0, new QTableWidgetItem(d.date.toString(Qt::ISODate)));
        m_days->setItem(r, 1, new QTableWidgetItem(locale.dayName(d.date.dayOfWeek())));
        m_days->setItem(r, 2, new QTableWidgetItem(dayTypeTitle(d.type)));
        m_days->setItem(r, 3, new QTableWidgetItem(calendar->holidayName(d.date)));
        m_days->item(r, 0)->setData(Qt::UserRole, d.date);
    }
    m_days->resizeColumnsToContents();
}

void CalendarPage::markDay()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mark a day"));
    auto *date = new QDateEdit(QDate(m_year->value(), 1, 1), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (const QTableWidgetItem *selected = m_days->item(m_days->currentRow(), 0))
        date->setDate(selected->data(Qt::UserRole).toDate());
    auto *type = new QComboBox(&dialog);
    for (DayType t : {DayType::Statutory, DayType::Rest, DayType::InLieuRest, DayType::MakeUpWorking, DayType::Working})
        type->addItem(dayTypeTitle(t), int(t));
    auto *name = new QLineEdit(&dialog);
    auto *error = new ErrorLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("Day type:"), type);
    form->addRow(tr("Holiday name:"), name);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Status s = HolidayCalendarService(*m_context.database, *m_context.clock)
                             .setDay(m_context.actor,
                                     {date->date(), DayType(type->currentData().toInt()), name->text(), name->text()});
        if (!s)
            return error->showError(s.error());
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void CalendarPage::clearDay()
{
    const QTableWidgetItem *selected = m_days->item(m_days->currentRow(), 0);
    if (!selected)
        return MessageBox::information(this, tr("Holiday calendar"), tr("Select a day in the list first."));
    const QDate date = selected->data(Qt::UserRole).toDate();
    if (MessageBox::question(this, tr("Holiday calendar"),
                             tr("Let %1 follow the work week again?").arg(date.toString(Qt::ISODate)))
        != QMessageBox::Yes)
        return;
    if (Status s = HolidayCalendarService(*m_context.database, *m_context.clock).clearDay(m_context.actor, date); !s)
        return MessageBox::warning(this, tr("Holiday calendar"), s.error());
    refresh();
}

void CalendarPage::importYear()
{
    const QString path =
        FileDialog::openFileName(this, tr("Import a holiday calendar"), QString(), tr("Holiday calendar (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return MessageBox::warning(this, tr("Holiday calendar"),
                                   tr("Cannot read %1: %2").arg(path, file.errorString()));
    auto years = HolidayCalendarService(*m_context.database, *m_context.clock)
                     .importJson(m_context.actor, file.readAll(), QFileInfo(path).fileName());
    if (!years)
        return MessageBox::warning(this, tr("Holiday calendar"), years.error());
    QStringList list;
    for (int y : *years)
        list << QString::number(y);
    MessageBox::information(this, tr("Holiday calendar"), tr("Imported: %1.").arg(list.join(QStringLiteral(", "))));
    m_year->setValue(years->first());
    refresh();
}

} // namespace shopdesk
