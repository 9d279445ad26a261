#include "AllowancesPage.h"

#include "FinanceActions.h"

#include "AllowanceBillImportDialog.h"

#include "AmountLine.h"

#include "AllowanceDesk.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

AllowancesPage::AllowancesPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_month = monthPicker(this, context.clock->nowUtc().toLocalTime().date());
    m_bill = new QPushButton(tr("Enter the phone &bill..."), this);
    m_import = new QPushButton(tr("&Import bills..."), this);
    auto *rule = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Set a &rule..."), this);
    m_post = new QPushButton(tr("&Post to payroll..."), this);
    m_state = new QLabel(this);
    m_sheet = listTable({tr("Staff no."), tr("Name"), tr("Position"), tr("Phone bill"), tr("Phone allowance"),
                         tr("Meal allowance"), tr("Total")},
                        this);
    m_rules = listTable({tr("Position"), tr("Phone cap"), tr("Meal per day"), tr("Days")}, this);
    EmptyListHint::install(m_rules,
                           tr("No allowance rules yet. Give each position its phone cap and meal allowance "
                              "with Set a rule..."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_month);
    top->addWidget(m_state, 1);
    for (QPushButton *b : {m_bill, m_import, rule, m_post})
        top->addWidget(b);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(titled(tr("Allowance sheet"), m_sheet, split));
    split->addWidget(titled(tr("Rules per position"), m_rules, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    m_mayKeep = Permissions::can(context.actor, FinanceAction::Allowances);
    rule->setEnabled(!context.readOnly() && m_mayKeep);
    connect(m_month, &QDateEdit::dateChanged, this, &AllowancesPage::refresh);
    connect(m_bill, &QPushButton::clicked, this, &AllowancesPage::enterBill);
    connect(m_import, &QPushButton::clicked, this, &AllowancesPage::importBills);
    connect(rule, &QPushButton::clicked, this, &AllowancesPage::setRule);
    connect(m_post, &QPushButton::clicked, this, &AllowancesPage::post);
    refresh();
}

void AllowancesPage::refresh()
{
    AllowanceDesk desk(*m_context.database, *m_context.clock);
    const QDate month = m_month->date();
    auto sheet = desk.sheet(m_context.actor, month);
    m_lines = sheet ? *sheet : QList<AllowanceLine>();
    m_sheet->setRowCount(int(m_lines.size()) + 1);
    for (int r = 0; r < m_lines.size(); ++r) {
        const AllowanceLine &l = m_lines.at(r);
        setRowTexts(m_sheet, r,
                    {l.staffNo, l.name, l.position,
                     l.phoneBillFen ? Money::fromFen(*l.phoneBillFen).toString() : tr("(none)")});
        m_sheet->item(r, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_sheet->setItem(r, 4, numberCell(l.phoneFen, Money::fromFen(l.phoneFen).toString()));
        m_sheet->setItem(r, 5, numberCell(l.mealFen, Money::fromFen(l.mealFen).toString()));
        m_sheet->setItem(r, 6, numberCell(l.totalFen(), Money::fromFen(l.totalFen()).toString()));
    }
    // The total row is the sum of the rows above it.
    const int last = int(m_lines.size());
    setRowTexts(m_sheet, last, {tr("Total")});
    qint64 phone = 0, meals = 0;
    for (const AllowanceLine &l : m_lines) {
        phone += l.phoneFen;
        meals += l.mealFen;
    }
    m_sheet->setItem(last, 4, numberCell(phone, Money::fromFen(phone).toString()));
    m_sheet->setItem(last, 5, numberCell(meals, Money::fromFen(meals).toString()));
    m_sheet->setItem(last, 6, numberCell(phone + meals, Money::fromFen(phone + meals).toString()));
    QFont bold = m_sheet->font();
    bold.setBold(true);
    for (int c = 0; c < m_sheet->columnCount(); ++c)
        if (QTableWidgetItem *item = m_sheet->item(last, c))
            item->setFont(bold);
    m_sheet->resizeColumnsToContents();

    auto rules = desk.rules(m_context.actor);
    const QList<AllowanceRule> list = rules ? *rules : QList<AllowanceRule>();
    m_rules->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const AllowanceRule &rule = list.at(r);
        setRowTexts(m_rules, r,
                    {rule.position, rule.phoneCapFen ? Money::fromFen(*rule.phoneCapFen).toString() : tr("actual cost"),
                     Money::fromFen(rule.mealPerDayFen).toString(), QString::number(rule.mealDays)});
        for (int c = 1; c < 4; ++c)
            m_rules->item(r, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_rules->resizeColumnsToContents();

    auto posted = desk.isPosted(m_context.actor, month);
    const bool done = posted && *posted;
    m_state->setText(done ? tr("Posted to payroll.") : tr("Not posted yet."));
    m_bill->setEnabled(!m_context.readOnly() && m_mayKeep && !done);
    m_import->setEnabled(m_bill->isEnabled());
    m_post->setEnabled(m_bill->isEnabled());
}

void AllowancesPage::enterBill()
{
    const int row = m_sheet->currentRow();
    if (row < 0 || row >= m_lines.size()) {
        MessageBox::information(this, tr("Phone bill"), tr("Choose the person on the sheet first."));
        return;
    }
    const AllowanceLine &l = m_lines.at(row);
    const auto bill = askAmount(
        this, tr("Phone bill"),
        tr("%1's phone bill for %2 (yuan):").arg(l.name, m_month->date().toString(QStringLiteral("yyyy-MM"))));
    if (!bill)
        return;
    if (Status s = AllowanceDesk(*m_context.database, *m_context.clock)
                       .enterBill(m_context.actor, m_month->date(), l.employeeId, *bill);
        !s)
        MessageBox::warning(this, tr("Phone bill"), s.error());
    refresh();
}

void AllowancesPage::setRule()
{
    const QString title = tr("Allowance rule");
    bool ok = false;
    AllowanceRule rule;
    rule.position = InputDialog::text(this, title, tr("Position (as on the employee records):"), &ok);
    if (!ok)
        return;
    AllowanceDesk desk(*m_context.database, *m_context.clock);
    if (auto rules = desk.rules(m_context.actor))
        for (const AllowanceRule &r : *rules)
            if (r.position == rule.position.trimmed())
                rule.version = r.version;
    const QString cap = InputDialog::text(this, title, tr("Phone cap a month in yuan (empty: the actual bill):"), &ok);
    if (!ok)
        return;
    if (!cap.trimmed().isEmpty()) {
        const auto money = Money::parse(cap);
        if (!money) {
            MessageBox::warning(this, title, tr("\"%1\" is not an amount of money.").arg(cap));
            return;
        }
        rule.phoneCapFen = money->fen();
    }
    const QString meal = InputDialog::text(this, title, tr("Meal allowance a day in yuan:"), &ok);
    if (!ok)
        return;
    const auto mealMoney = Money::parse(meal.trimmed().isEmpty() ? QStringLiteral("0") : meal);
    if (!mealMoney) {
        MessageBox::warning(this, title, tr("\"%1\" is not an amount of money.").arg(meal));
        return;
    }
    rule.mealPerDayFen = mealMoney->fen();
    rule.mealDays = InputDialog::number(this, title, tr("Meal allowance days a month:"), 30, 0, 31, &ok);
    if (!ok)
        return;
    if (Status s = desk.saveRule(m_context.actor, rule); !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

void AllowancesPage::post()
{
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    if (MessageBox::question(this, tr("Post the allowance sheet"),
                             tr("Post the allowances of %1 to payroll? Bills cannot be changed afterwards.").arg(month))
        != QMessageBox::Yes)
        return;
    if (Status s = AllowanceDesk(*m_context.database, *m_context.clock).post(m_context.actor, m_month->date()); !s)
        MessageBox::warning(this, tr("Post the allowance sheet"), s.error());
    refresh();
}

void AllowancesPage::importBills()
{
    const QString path = FileDialog::openFileName(this, tr("Import phone bills"), QString(),
                                                  tr("Lists (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty() && AllowanceBillImportDialog::importFile(m_context, m_month->date(), path, this))
        refresh();
}

} // namespace shopdesk
