#pragma once

#include "domain/SecurityIncident.h"
#include "ui/Module.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace shopdesk {

class ErrorLabel;

// RULE WEB-05: one incident of the log: when and what happened; its report to the partner
// company (when, by whom, to whom); how and when it was resolved.
class SecurityIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    // `incident.id` 0: a new one, happening now.
    SecurityIncidentDialog(const AppContext &context, const SecurityIncident &incident, QWidget *parent = nullptr);
    QComboBox *kind() const { return m_kind; }
    QDateTimeEdit *happenedAt() const { return m_happened; }
    QPlainTextEdit *whatHappened() const { return m_what; }
    QCheckBox *reported() const { return m_reported; }
    QDateTimeEdit *reportedAt() const { return m_reportedAt; }
    QLineEdit *reportedBy() const { return m_reportedBy; }
    QLineEdit *partnerContact() const { return m_contact; }
    QCheckBox *resolved() const { return m_resolved; }
    QPlainTextEdit *resolution() const { return m_resolution; }
    // Records or updates it; false with the reason shown.
    bool save();
    QString error() const;

private:
    void showParts();
    AppContext m_context;
    SecurityIncident m_incident;
    QComboBox *m_kind;
    QDateTimeEdit *m_happened, *m_reportedAt, *m_resolvedAt;
    QPlainTextEdit *m_what, *m_resolution;
    QCheckBox *m_reported, *m_resolved;
    QLineEdit *m_reportedBy, *m_contact;
    ErrorLabel *m_error;
};

} // namespace shopdesk
