#include "UserDialog.h"

#include "ui/ErrorLabel.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QListWidget *checkList(const QStringList &keys, QString (*title)(const QString &), const QSet<QString> &on,
                       QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const QString &k : keys) {
        auto *item = new QListWidgetItem(title(k), list);
        item->setData(Qt::UserRole, k);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(on.contains(k) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMinimumHeight(list->sizeHintForRow(0) * int(keys.size()) + 2 * list->frameWidth() + 4);
    return list;
}
} // namespace

UserDialog::UserDialog(const QList<EmployeeSummary> &employees, const UserRecord *existing, QWidget *parent)
    : QDialog(parent), m_original(existing ? *existing : UserRecord{}), m_creating(existing == nullptr),
      m_userName(new QLineEdit(m_original.userName, this)), m_displayName(new QLineEdit(m_original.displayName, this)),
      m_employee(new QComboBox(this)), m_level(new QComboBox(this)), m_error(new ErrorLabel(this))
{
    setWindowTitle(m_creating ? tr("New user") : tr("Edit user %1").arg(m_original.userName));
    m_userName->setReadOnly(!m_creating);
    m_employee->addItem(tr("(not linked)"), qint64(0));
    for (const EmployeeSummary &e : employees)
        m_employee->addItem(QStringLiteral("%1  %2").arg(e.staffNo, e.name), e.id);
    m_employee->setCurrentIndex(qMax(0, m_employee->findData(m_original.employeeId)));
    for (Level l : {Level::Reader, Level::Clerk, Level::DatabaseAdmin})
        m_level->addItem(levelTitle(l), int(l));
    m_level->setCurrentIndex(m_level->findData(int(m_original.level)));
    m_roles = checkList(Role::all(), &Role::title, m_original.roles, this);
    m_scopes = checkList(Scope::all(), &Scope::title, m_original.scopes, this);

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Name:"), m_displayName);
    form->addRow(tr("Employee:"), m_employee);
    form->addRow(tr("Level:"), m_level);
    if (m_creating) {
        m_password = new QLineEdit(this);
        m_confirm = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("First password:"), m_password);
        form->addRow(tr("Repeat the password:"), m_confirm);
    }
    auto *lists = new QHBoxLayout;
    auto *rolesBox = new QVBoxLayout;
    rolesBox->addWidget(new QLabel(tr("Business roles:"), this));
    rolesBox->addWidget(m_roles);
    auto *scopesBox = new QVBoxLayout;
    scopesBox->addWidget(new QLabel(tr("Work areas:"), this));
    scopesBox->addWidget(m_scopes);
    lists->addLayout(rolesBox);
    lists->addLayout(scopesBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists);
    if (m_creating) {
        auto *note =
            new QLabel(tr("The user must change this password at the first login (passwords are personal)."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QSet<QString> UserDialog::checked(const QListWidget *list) const
{
    QSet<QString> keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            keys.insert(list->item(i)->data(Qt::UserRole).toString());
    return keys;
}

NewUser UserDialog::newUser() const
{
    NewUser n;
    n.userName = m_userName->text().trimmed();
    n.displayName = m_displayName->text().trimmed();
    n.employeeId = m_employee->currentData().toLongLong();
    n.level = Level(m_level->currentData().toInt());
    n.roles = checked(m_roles);
    n.scopes = checked(m_scopes);
    n.password = m_password ? m_password->text() : QString();
    return n;
}

UserRecord UserDialog::edited() const
{
    UserRecord u = m_original;
    u.displayName = m_displayName->text().trimmed();
    u.employeeId = m_employee->currentData().toLongLong();
    u.level = Level(m_level->currentData().toInt());
    u.roles = checked(m_roles);
    u.scopes = checked(m_scopes);
    return u;
}

QString UserDialog::changesAsText() const
{
    const UserRecord u = edited();
    QStringList roles, scopes;
    for (const QString &r : u.roles)
        roles.append(Role::title(r));
    for (const QString &s : u.scopes)
        scopes.append(Scope::title(s));
    roles.sort();
    scopes.sort();
    return QStringList{tr("User name:") + QLatin1Char(' ') + u.userName,
                       tr("Name:") + QLatin1Char(' ') + u.displayName,
                       tr("Employee:") + QLatin1Char(' ') + m_employee->currentText(),
                       tr("Level:") + QLatin1Char(' ') + levelTitle(u.level),
                       tr("Business roles:") + QLatin1Char(' ') + roles.join(QStringLiteral(", ")),
                       tr("Work areas:") + QLatin1Char(' ') + scopes.join(QStringLiteral(", "))}
        .join(QLatin1Char('\n'));
}

void UserDialog::showError(const QString &message)
{
    m_error->showError(message);
}

void UserDialog::submit()
{
    if (m_creating && m_password->text() != m_confirm->text()) {
        showError(tr("The two passwords differ."));
        return;
    }
    emit submitted();
}

} // namespace shopdesk
