#pragma once

#include "domain/CustomerFlag.h"
#include "ui/Module.h"

#include <QWidget>

class QTableWidget;

namespace shopdesk {

class CustomerFlagDialog;
class ErrorLabel;

// RULE CS-03: the bad-customer flags: those waiting for the service supervisor first; an agent
// proposes one with the evidence, the supervisor confirms or rejects it (with a reason).
class CustomerFlagsPage : public QWidget
{
    Q_OBJECT
public:
    CustomerFlagsPage(const AppContext &context, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void refresh();
    CustomerFlagDialog *propose();
    void confirm();
    void reject(); // asks why
    QString lastError() const;

private:
    void decide(bool confirm);
    AppContext m_context;
    QTableWidget *m_table;
    QList<CustomerFlag> m_rows;
    ErrorLabel *m_error;
};

} // namespace shopdesk
