#include "SettingsPage.h"

#include "audit/AuditLogService.h"
#include "settings/CompanySettings.h"
#include "ui/MessageBox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QSpinBox *spin(int min, int max, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}
} // namespace

SettingsPage::SettingsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_company(new QLineEdit(this)),
      m_minLength(spin(PasswordPolicy::kMinimumLength, 64, tr(" characters"), this)),
      m_maxAge(spin(1, 3650, tr(" days"), this)), m_history(spin(0, 24, QString(), this)),
      m_maxFailures(spin(1, 100, QString(), this)), m_lockMinutes(spin(1, 1440, tr(" minutes"), this)),
      m_save(new QPushButton(tr("Save settings"), this)), m_report(new QPlainTextEdit(this))
{
    auto *company = new QGroupBox(tr("Company"), this);
    auto *companyForm = new QFormLayout(company);
    companyForm->addRow(tr("Company name:"), m_company);

    auto *passwords = new QGroupBox(tr("Passwords (rule DB-03)"), this);
    auto *passwordForm = new QFormLayout(passwords);
    passwordForm->addRow(tr("Minimum length (may only be raised):"), m_minLength);
    passwordForm->addRow(tr("Change every:"), m_maxAge);
    passwordForm->addRow(tr("Earlier passwords that may not be reused:"), m_history);
    passwordForm->addRow(tr("Wrong passwords before the account locks:"), m_maxFailures);
    passwordForm->addRow(tr("Lock the account for:"), m_lockMinutes);

    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);

    auto *check = new QGroupBox(tr("Database check"), this);
    auto *checkLayout = new QVBoxLayout(check);
    auto *checkButton = new QPushButton(tr("Check the database now"), check);
    connect(checkButton, &QPushButton::clicked, this, &SettingsPage::runCheck);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Checks the file's integrity, its foreign keys, the audit chain and "
                                    "the protective triggers."));
    checkLayout->addWidget(checkButton, 0, Qt::AlignLeft);
    checkLayout->addWidget(m_report);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(company);
    layout->addWidget(passwords);
    layout->addLayout(saveRow);
    layout->addWidget(check, 1);
    load();
}

void SettingsPage::load()
{
    const CompanySettings settings(*m_context.database, *m_context.clock);
    const PasswordPolicy p = settings.passwordPolicy();
    const LockoutPolicy l = settings.lockoutPolicy();
    m_company->setText(settings.companyName());
    m_minLength->setMinimum(p.minLength);
    m_minLength->setValue(p.minLength);
    m_maxAge->setValue(p.maxAgeDays);
    m_history->setValue(p.historyCount);
    m_maxFailures->setValue(l.maxFailures);
    m_lockMinutes->setValue(l.lockMinutes);
    m_save->setEnabled(!m_context.readOnly());
}

void SettingsPage::save()
{
    CompanySettings settings(*m_context.database, *m_context.clock);
    PasswordPolicy p;
    p.minLength = m_minLength->value();
    p.maxAgeDays = m_maxAge->value();
    p.historyCount = m_history->value();
    Status s = success();
    if (m_company->text().trimmed() != settings.companyName())
        s = settings.setCompanyName(m_context.actor, m_company->text());
    if (s)
        s = settings.setPasswordPolicy(m_context.actor, p);
    if (s)
        s = settings.setLockoutPolicy(m_context.actor, {m_maxFailures->value(), m_lockMinutes->value()});
    if (!s)
        MessageBox::warning(this, tr("Settings"), s.error());
    load();
}

void SettingsPage::runCheck()
{
    auto report = AuditLogService(*m_context.database).check(m_context.actor);
    if (!report) {
        m_report->setPlainText(report.error());
        return;
    }
    m_report->setPlainText((report->ok ? tr("The database is sound.") : tr("PROBLEMS FOUND:")) + QLatin1Char('\n')
                           + report->lines.join(QLatin1Char('\n')));
}

} // namespace shopdesk
