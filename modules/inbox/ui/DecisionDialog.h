#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace shopdesk {

class ErrorLabel;

// Confirms an approval or a rejection of one or more requests, with a comment. With a list of
// phone approvers it records an approval given by phone (RULE FIN-04): who approved is chosen
// from that list (the step's approver or their deputy), never typed in.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(bool approve, const QStringList &titles, QWidget *parent = nullptr);
    DecisionDialog(const QString &title, const QList<QPair<qint64, QString>> &phoneApprovers,
                   QWidget *parent = nullptr);
    QString comment() const;
    qint64 phoneApproverId() const;
    QComboBox *phoneApproverField() const { return m_byPhone; }
    QPlainTextEdit *commentField() const { return m_comment; }

private:
    void build(const QString &question, const QString &okText);
    void submit();

    bool m_approve;
    QPlainTextEdit *m_comment;
    QComboBox *m_byPhone = nullptr;
    ErrorLabel *m_error;
};

} // namespace shopdesk
