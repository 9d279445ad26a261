#pragma once

#include "domain/SecurityIncident.h"
#include "ui/Module.h"

#include <QWidget>

class QTableWidget;

namespace shopdesk {

class ErrorLabel;
class SecurityIncidentDialog;

// RULE WEB-05: the security incident log of the last year and every open incident; those not
// yet reported to the partner company in red.
class SecurityIncidentsPage : public QWidget
{
    Q_OBJECT
public:
    SecurityIncidentsPage(const AppContext &context, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void refresh();
    SecurityIncidentDialog *record();
    SecurityIncidentDialog *edit();
    QString lastError() const;

private:
    AppContext m_context;
    QTableWidget *m_table;
    QList<SecurityIncident> m_rows;
    ErrorLabel *m_error;
};

} // namespace shopdesk
