#pragma once

#include "ui/Module.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace shopdesk {

class AmountLine;
class ErrorLabel;

// RULE FIN-02: the cash accountant records a receipt or a payment of the cash box.
class CashEntryDialog : public QDialog
{
    Q_OBJECT
public:
    CashEntryDialog(const AppContext &context, const QDate &day, QWidget *parent = nullptr);
    QString error() const;
    AmountLine *amount() const { return m_amount; }
    QLineEdit *counterparty() const { return m_counterparty; }
    QLineEdit *purpose() const { return m_purpose; }
    // Records the entry; its id, or 0 with the error shown.
    qint64 send();

private:
    AppContext m_context;
    QDateEdit *m_day;
    QComboBox *m_direction;
    AmountLine *m_amount;
    QLineEdit *m_counterparty;
    QLineEdit *m_purpose;
    QLineEdit *m_category;
    QComboBox *m_department;
    ErrorLabel *m_error;
};

} // namespace shopdesk
