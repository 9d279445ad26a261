#pragma once

#include "users/AuthService.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace shopdesk {

class ErrorLabel;

class Clock;
class Database;

// Sign in with user name and password; five wrong passwords lock the account (a setting).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum { ChangeDatabase = 2 }; // exec() result: the user wants another database file

    LoginDialog(std::shared_ptr<Database> database, const Clock &clock, QWidget *parent = nullptr);
    LoginOutcome outcome() const { return m_outcome; }

    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;

public slots:
    void signIn();

private:
    std::shared_ptr<Database> m_database;
    const Clock &m_clock;
    LoginOutcome m_outcome;
    QLineEdit *m_user, *m_password;
    ErrorLabel *m_error;
};

} // namespace shopdesk
