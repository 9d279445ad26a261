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
// On a company server whose people sign in as themselves (issue 20, step 12: an address naming
// no login), the name and password open the server first, as that person's own login.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum { ChangeDatabase = 2 }; // exec() result: the user wants another database file

    LoginDialog(std::shared_ptr<Database> database, const Clock &clock, QWidget *parent = nullptr);
    LoginDialog(const QString &personalServer, const Clock &clock, QWidget *parent = nullptr);
    LoginOutcome outcome() const { return m_outcome; }
    // The database signed into (the one given, or the server opened as the person).
    std::shared_ptr<Database> database() const { return m_database; }

    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;

public slots:
    void signIn();

private:
    void build(const QString &title, const QString &where);

    std::shared_ptr<Database> m_database;
    QString m_personalServer;
    const Clock &m_clock;
    LoginOutcome m_outcome;
    QLineEdit *m_user, *m_password;
    ErrorLabel *m_error;
};

} // namespace shopdesk
