#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace shopdesk {

class ErrorLabel;

class Clock;
class Database;

// First start, or the database could not be opened: create a new company database, open an
// existing one (a UNC path like \\server\share\shopdesk.db is accepted as typed), or connect to
// the company's database on a PostgreSQL server (issue 20). A server's password is never kept on
// the PC: after a restart the server page comes back filled in but for it (or libpq's pgpass file
// supplies it).
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(const Clock &clock, const QString &problem, QWidget *parent = nullptr);
    std::shared_ptr<Database> database() const { return m_database; }
    // A server whose people sign in as themselves (no server user given): opened at sign-in.
    QString personalServer() const { return m_personalServer; }

    QRadioButton *createChoice() const { return m_create; }
    QRadioButton *openChoice() const { return m_open; }
    QLineEdit *newPathField() const { return m_newPath; }
    QLineEdit *companyField() const { return m_company; }
    QLineEdit *adminField() const { return m_admin; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QLineEdit *existingPathField() const { return m_existingPath; }
    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *serverDatabaseField() const { return m_serverDatabase; }
    QLineEdit *serverUserField() const { return m_serverUser; }
    QLineEdit *serverPasswordField() const { return m_serverPassword; }
    QComboBox *tlsChoice() const { return m_tls; }
    QString errorText() const;

    // The server page, filled in from a remembered address (postgresql://user@host:port/database).
    void showServer(const QString &url);
    // The address the server page describes, with its password.
    QString serverUrl() const;

public slots:
    void submit();

private:
    QWidget *buildCreatePage();
    QWidget *buildOpenPage();
    QWidget *buildServerPage();
    void showError(const QString &message);

    const Clock &m_clock;
    std::shared_ptr<Database> m_database;
    QString m_personalServer;
    QRadioButton *m_create, *m_open, *m_server;
    QStackedWidget *m_pages;
    QLineEdit *m_newPath, *m_company, *m_admin, *m_password, *m_confirm, *m_existingPath;
    QLineEdit *m_host, *m_serverDatabase, *m_serverUser, *m_serverPassword;
    QSpinBox *m_port;
    QComboBox *m_tls;
    ErrorLabel *m_error;
};

} // namespace shopdesk
