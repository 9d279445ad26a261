#include "FirstRunDialog.h"

#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QWidget *pathRow(QLineEdit *field, QPushButton *browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}
const QString kFilter = QStringLiteral("ShopDesk (*.db *.sqlite);;*");

// A page's closing hint, in grey under its fields.
void addHint(QFormLayout *form, const QString &text)
{
    auto *hint = new QLabel(text, form->parentWidget());
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);
}
} // namespace

FirstRunDialog::FirstRunDialog(const Clock &clock, const QString &problem, QWidget *parent)
    : QDialog(parent), m_clock(clock), m_create(new QRadioButton(tr("Create a new company database"), this)),
      m_open(new QRadioButton(tr("Open an existing database"), this)),
      m_server(new QRadioButton(tr("Connect to a company server"), this)), m_pages(new QStackedWidget(this)),
      m_newPath(new QLineEdit(this)), m_company(new QLineEdit(this)),
      m_admin(new QLineEdit(QStringLiteral("admin"), this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_existingPath(new QLineEdit(this)), m_host(new QLineEdit(this)),
      m_serverDatabase(new QLineEdit(QStringLiteral("shopdesk"), this)), m_serverUser(new QLineEdit(this)),
      m_serverPassword(new QLineEdit(this)), m_port(new QSpinBox(this)), m_tls(new QComboBox(this)),
      m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("ShopDesk: choose the company database"));
    auto *intro = new QLabel(tr("ShopDesk keeps the company's records in one database file. Several PCs "
                                "can share it on a network drive; a larger company keeps it on a database server."),
                             this);
    intro->setWordWrap(true);
    m_pages->addWidget(buildCreatePage());
    m_pages->addWidget(buildOpenPage());
    m_pages->addWidget(buildServerPage());
    auto *choices = new QButtonGroup(this);
    choices->addButton(m_create, 0);
    choices->addButton(m_open, 1);
    choices->addButton(m_server, 2);
    connect(choices, &QButtonGroup::idToggled, this, [this](int page, bool on) {
        if (on)
            m_pages->setCurrentIndex(page);
    });
    m_create->setChecked(true);

    m_error->showError(problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_create);
    layout->addWidget(m_open);
    layout->addWidget(m_server);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

QWidget *FirstRunDialog::buildCreatePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_newPath->setText(QDir::toNativeSeparators(QDir(documents).filePath(QStringLiteral("shopdesk.db"))));
    auto *browse = new QPushButton(tr("Browse..."), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = FileDialog::saveFileName(this, tr("New company database"), m_newPath->text(), kFilter);
        if (!f.isEmpty())
            m_newPath->setText(QDir::toNativeSeparators(f));
    });
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_company->setPlaceholderText(tr("for example: Example E-commerce Co., Ltd."));
    form->addRow(tr("Database file:"), pathRow(m_newPath, browse, page));
    form->addRow(tr("Company name:"), m_company);
    form->addRow(tr("Administrator's user name:"), m_admin);
    form->addRow(tr("Administrator's password:"), m_password);
    form->addRow(tr("Repeat the password:"), m_confirm);
    auto *rules = new QLabel(tr("At least 6 characters with letters and digits, not starting with a digit."), page);
    rules->setEnabled(false);
    form->addRow(QString(), rules);
    return page;
}

QWidget *FirstRunDialog::buildOpenPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *browse = new QPushButton(tr("Browse..."), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f =
            FileDialog::openFileName(this, tr("Open a company database"), m_existingPath->text(), kFilter);
        if (!f.isEmpty())
            m_existingPath->setText(QDir::toNativeSeparators(f));
    });
    m_existingPath->setPlaceholderText(QStringLiteral("\\\\server\\share\\shopdesk.db"));
    form->addRow(tr("Database file:"), pathRow(m_existingPath, browse, page));
    addHint(form,
            tr("A file on a shared drive may be typed as a network path, such as "
               "\\\\server\\share\\shopdesk.db."));
    return page;
}

QWidget *FirstRunDialog::buildServerPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_host->setPlaceholderText(tr("for example: db.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_serverPassword->setEchoMode(QLineEdit::Password);
    // What libpq's sslmode means, in the clerk's words; off this PC only the first two connect.
    m_tls->addItem(tr("Encrypted (TLS)"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypted, and the server's certificate checked"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Not encrypted (only for a server on this PC)"), QStringLiteral("disable"));
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_serverDatabase);
    form->addRow(tr("Server user:"), m_serverUser);
    form->addRow(tr("Server password:"), m_serverPassword);
    form->addRow(tr("Connection:"), m_tls);
    addHint(form,
            tr("The database administrator gives these. Leave the server user empty where each person signs "
               "in with their own ShopDesk name and password. A server password is not kept on this PC: "
               "ShopDesk asks for it again at the next start."));
    return page;
}

void FirstRunDialog::showServer(const QString &url)
{
    const QUrl address(url.trimmed());
    m_host->setText(address.host());
    m_port->setValue(address.port(5432));
    m_serverDatabase->setText(address.path().mid(1));
    m_serverUser->setText(address.userName());
    const int tls = m_tls->findData(QUrlQuery(address).queryItemValue(QStringLiteral("sslmode")));
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
    m_server->setChecked(true);
    m_serverPassword->setFocus();
}

QString FirstRunDialog::serverUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(u'/' + m_serverDatabase->text().trimmed());
    if (!m_serverUser->text().trimmed().isEmpty()) { // none: people sign in as themselves
        url.setUserName(m_serverUser->text().trimmed());
        url.setPassword(m_serverPassword->text());
    }
    url.setQuery(QStringLiteral("sslmode=") + m_tls->currentData().toString());
    return url.toString();
}

QString FirstRunDialog::errorText() const
{
    return m_error->error();
}

void FirstRunDialog::showError(const QString &message)
{
    m_error->showError(message);
}

void FirstRunDialog::submit()
{
    if (m_create->isChecked()) {
        if (m_password->text() != m_confirm->text())
            return showError(tr("The two passwords differ."));
        auto db =
            CompanyDatabase::create(m_newPath->text(), m_company->text(), m_admin->text(), m_password->text(), m_clock);
        if (!db)
            return showError(db.error());
        m_database = *db;
    } else if (m_server->isChecked()) {
        if (m_host->text().trimmed().isEmpty() || m_serverDatabase->text().trimmed().isEmpty())
            return showError(tr("Enter the server and the database."));
        if (m_serverUser->text().trimmed().isEmpty()) { // issue 20, step 12: opened at sign-in
            m_serverPassword->clear();
            m_personalServer = serverUrl();
            return accept();
        }
        auto db = CompanyDatabase::open(serverUrl());
        m_serverPassword->clear(); // tried: not left in the window
        if (!db)
            return showError(db.error());
        m_database = *db;
    } else {
        if (m_existingPath->text().trimmed().isEmpty())
            return showError(tr("Enter the database file's path."));
        auto db = CompanyDatabase::open(m_existingPath->text());
        if (!db)
            return showError(db.error());
        m_database = *db;
    }
    accept();
}

} // namespace shopdesk
