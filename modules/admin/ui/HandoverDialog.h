#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace shopdesk {

class ErrorLabel;

// RULE DB-03: someone else worked under a user's name with the department head's consent.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(const QString &userName, QWidget *parent = nullptr);
    QString workedBy() const;
    QString reason() const;
    QString consentBy() const;
    void showError(const QString &message);

signals:
    void submitted();

private:
    QLineEdit *m_workedBy, *m_reason, *m_consentBy;
    ErrorLabel *m_error;
};

} // namespace shopdesk
