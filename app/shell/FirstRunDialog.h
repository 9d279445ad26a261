#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace shopdesk {

class ErrorLabel;

class Clock;
class Database;

// First start, or the database could not be opened: create a new company database or open an
// existing one (a UNC path like \\server\share\shopdesk.db is accepted as typed).
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(const Clock &clock, const QString &problem, QWidget *parent = nullptr);
    std::shared_ptr<Database> database() const { return m_database; }

    QRadioButton *createChoice() const { return m_create; }
    QRadioButton *openChoice() const { return m_open; }
    QLineEdit *newPathField() const { return m_newPath; }
    QLineEdit *companyField() const { return m_company; }
    QLineEdit *adminField() const { return m_admin; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QLineEdit *existingPathField() const { return m_existingPath; }
    QString errorText() const;

public slots:
    void submit();

private:
    QWidget *buildCreatePage();
    QWidget *buildOpenPage();
    void showError(const QString &message);

    const Clock &m_clock;
    std::shared_ptr<Database> m_database;
    QRadioButton *m_create, *m_open;
    QStackedWidget *m_pages;
    QLineEdit *m_newPath, *m_company, *m_admin, *m_password, *m_confirm, *m_existingPath;
    ErrorLabel *m_error;
};

} // namespace shopdesk
