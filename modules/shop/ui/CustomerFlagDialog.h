#pragma once

#include "ui/Module.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace shopdesk {

class ErrorLabel;

// RULE CS-03: an agent proposes a bad-customer flag: the customer by account or phone (or the
// order's, found by its number) and the evidence for the service supervisor.
class CustomerFlagDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomerFlagDialog(const AppContext &context, QWidget *parent = nullptr);
    QLineEdit *orderNumber() const { return m_order; }
    QLineEdit *customer() const { return m_customer; }
    QLineEdit *phone() const { return m_phone; }
    QPlainTextEdit *evidence() const { return m_evidence; }
    bool propose();
    QString error() const;

private:
    AppContext m_context;
    QLineEdit *m_order, *m_customer, *m_phone;
    QPlainTextEdit *m_evidence;
    ErrorLabel *m_error;
};

} // namespace shopdesk
