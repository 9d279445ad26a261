#include "FirstRunDialog.h"

#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
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
} // namespace

FirstRunDialog::FirstRunDialog(const Clock &clock, const QString &problem, QWidget *parent)
    : QDialog(parent), m_clock(clock), m_create(new QRadioButton(tr("Create a new company database"), this)),
      m_open(new QRadioButton(tr("Open an existing database"), this)), m_pages(new QStackedWidget(this)),
      m_newPath(new QLineEdit(this)), m_company(new QLineEdit(this)),
      m_admin(new QLineEdit(QStringLiteral("admin"), this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_existingPath(new QLineEdit(this)), m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("ShopDesk: choose the company database"));
    auto *intro = new QLabel(tr("ShopDesk keeps the company's records in one database file. Several PCs "
                                "can share it on a network drive."),
                             this);
    intro->setWordWrap(true);
    m_pages->addWidget(buildCreatePage());
    m_pages->addWidget(buildOpenPage());
    connect(m_create, &QRadioButton::toggled, this, [this](bool on) { m_pages->setCurrentIndex(on ? 0 : 1); });
    m_open->setChecked(true);
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
    auto *hint = new QLabel(tr("A file on a shared drive may be typed as a network path, such as "
                               "\\\\server\\share\\shopdesk.db."),
                            page);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);
    return page;
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
