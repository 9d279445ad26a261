#pragma once

#include "users/UserService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace shopdesk {

class ErrorLabel;

// Creates a user, or edits one's name, employee link, level, roles and work areas.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: a new user (with a first password).
    UserDialog(const QList<EmployeeSummary> &employees, const UserRecord *existing, QWidget *parent = nullptr);

    NewUser newUser() const;
    UserRecord edited() const;
    // What the user entered, as text to paste somewhere after a conflict.
    QString changesAsText() const;
    void showError(const QString &message);

    QLineEdit *userNameField() const { return m_userName; }
    QLineEdit *displayNameField() const { return m_displayName; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QComboBox *levelField() const { return m_level; }

signals:
    void submitted();

private:
    QSet<QString> checked(const QListWidget *list) const;
    void submit();

    UserRecord m_original;
    bool m_creating;
    QLineEdit *m_userName;
    QLineEdit *m_displayName;
    QComboBox *m_employee;
    QComboBox *m_level;
    QListWidget *m_roles;
    QListWidget *m_scopes;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    ErrorLabel *m_error;
};

} // namespace shopdesk
