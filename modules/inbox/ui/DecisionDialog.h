#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace shopdesk {

class ErrorLabel;

// Confirms an approval or a rejection of one or more requests, with a comment; for an approval
// given by phone (RULE FIN-04), the name of who approved.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(bool approve, const QStringList &titles, QWidget *parent = nullptr);
    QString comment() const;
    QString byPhoneName() const;
    QPlainTextEdit *commentField() const { return m_comment; }

private:
    void submit();

    bool m_approve;
    QPlainTextEdit *m_comment;
    QLineEdit *m_byPhone = nullptr;
    ErrorLabel *m_error;
};

} // namespace shopdesk
