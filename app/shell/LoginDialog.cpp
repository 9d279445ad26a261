#include "LoginDialog.h"

#include "database/data/Database.h"
#include "settings/CompanySettings.h"
#include "ui/ErrorLabel.h"
#include "users/ServerLogin.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace shopdesk {

LoginDialog::LoginDialog(std::shared_ptr<Database> database, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_clock(clock), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(new ErrorLabel(this))
{
    build(CompanySettings(*m_database, m_clock).companyName(), QDir::toNativeSeparators(m_database->path()));
}

LoginDialog::LoginDialog(const QString &personalServer, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_personalServer(personalServer), m_clock(clock), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(new ErrorLabel(this))
{
    // Nothing of the company can be read before someone signs in: its server and database.
    const QUrl address(personalServer);
    build(address.path().mid(1),
          tr("Company server %1: sign in with your ShopDesk name and password.")
              .arg(address.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString()));
}

void LoginDialog::build(const QString &title, const QString &where)
{
    setWindowTitle(tr("ShopDesk: sign in"));
    auto *company = new QLabel(title, this);
    QFont f = company->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    company->setFont(f);
    auto *file = new QLabel(where, this);
    file->setEnabled(false);
    file->setWordWrap(true);

    m_user->setText(QSettings().value(QStringLiteral("login/lastUser")).toString());
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    auto *signInButton = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signInButton->setDefault(true);
    auto *other = buttons->addButton(tr("Other database..."), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, [this] { done(ChangeDatabase); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(company);
    layout->addWidget(file);
    if (m_database && m_database->isReadOnly()) {
        auto *banner = new QLabel(tr("Read-only: %1").arg(m_database->readOnlyReason()), this);
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 6px"));
        layout->addWidget(banner);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    if (!m_user->text().isEmpty())
        m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->error();
}

void LoginDialog::signIn()
{
    const auto refuse = [this](const QString &why) {
        m_password->clear();
        m_error->showError(why);
        m_password->setFocus();
    };
    if (!m_personalServer.isEmpty()) { // the server checks the password first, as the person's own login
        if (m_user->text().trimmed().isEmpty())
            return refuse(tr("Enter your user name."));
        auto opened = ServerLogin::open(m_personalServer, m_user->text().trimmed(), m_password->text());
        if (!opened)
            return refuse(opened.error());
        m_database = *opened;
    }
    auto outcome = AuthService(*m_database, m_clock).login(m_user->text(), m_password->text());
    if (!outcome) {
        if (!m_personalServer.isEmpty())
            m_database.reset(); // the next try may be someone else's
        return refuse(outcome.error());
    }
    m_password->clear();
    m_outcome = *outcome;
    QSettings().setValue(QStringLiteral("login/lastUser"), m_outcome.actor.userName);
    accept();
}

} // namespace shopdesk
