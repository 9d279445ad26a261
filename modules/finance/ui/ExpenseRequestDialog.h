#pragma once

#include "ui/Module.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace shopdesk {

class AmountLine;
class ErrorLabel;

// RULE FIN-04, FIN-09: asking to spend money: department, budget category, purpose, amount,
// the day it is needed, and whether it is a business expense (entertainment, gifts, transport).
class ExpenseRequestDialog : public QDialog
{
    Q_OBJECT
public:
    ExpenseRequestDialog(const AppContext &context, QWidget *parent = nullptr);
    QString error() const;
    qint64 send();

private:
    AppContext m_context;
    QComboBox *m_department;
    QLineEdit *m_category;
    QLineEdit *m_purpose;
    AmountLine *m_amount;
    QDateEdit *m_neededOn;
    QCheckBox *m_business;
    ErrorLabel *m_error;
};

} // namespace shopdesk
