#pragma once

#include "domain/ServiceRoster.h"
#include "ui/Module.h"

#include <QDialog>

class QListWidget;

namespace shopdesk {

class ErrorLabel;

// RULE CS-01: who is on each customer-service rota: the chat agents of working days, the
// back-office staff of the weekend rotation, the duty managers who hold the 400 hotline. Each
// list has every employee, those ticked are in; the order is the list's.
class ServicePoolsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServicePoolsDialog(const AppContext &context, QWidget *parent = nullptr);
    QListWidget *chat() const { return m_chat; }
    QListWidget *weekend() const { return m_weekend; }
    QListWidget *hotline() const { return m_hotline; }
    bool save();
    QString error() const;

private:
    AppContext m_context;
    QListWidget *m_chat, *m_weekend, *m_hotline;
    ErrorLabel *m_error;
};

} // namespace shopdesk
