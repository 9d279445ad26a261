#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace shopdesk {

class ErrorLabel;

// Asks for a new password twice, and the current one when the user changes their own.
// The caller checks the policy; `showError` keeps the dialog open with the reason.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Reset, ChangeOwn };
    NewPasswordDialog(Mode mode, const QString &explanation, QWidget *parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;
    void showError(const QString &message);

    // The fields, for tests.
    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *confirmField() const { return m_confirm; }

signals:
    // Emitted on OK when both new fields match; the receiver validates and calls accept().
    void submitted();

private:
    void submit();

    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    ErrorLabel *m_error;
};

} // namespace shopdesk
