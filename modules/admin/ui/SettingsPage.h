#pragma once

#include "ui/Module.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace shopdesk {

// The company's name, the password policy (RULE DB-03), the login lock-out, and the database
// check (integrity, foreign keys, audit chain, protective triggers).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const AppContext &context, QWidget *parent = nullptr);
    QSpinBox *minLengthField() const { return m_minLength; }
    QPlainTextEdit *checkReport() const { return m_report; }

public slots:
    void load();
    void save();
    void runCheck();

private:
    AppContext m_context;
    QLineEdit *m_company;
    QSpinBox *m_minLength, *m_maxAge, *m_history, *m_maxFailures, *m_lockMinutes;
    QPushButton *m_save;
    QPlainTextEdit *m_report;
};

} // namespace shopdesk
