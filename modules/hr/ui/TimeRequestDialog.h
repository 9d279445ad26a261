#pragma once

#include "TimeRequests.h"
#include "ui/Module.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace shopdesk {

class ErrorLabel;

// One form for the three requests an employee files about their time: leave (half days, or
// hours for a hospital visit), out of the office (ATT-07) and overtime (OT-01). The service
// checks the rules; its message shows in the form, and nothing is sent until it passes.
class TimeRequestDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Leave, OutOfOffice, Overtime };
    TimeRequestDialog(const AppContext &context, qint64 employeeId, Kind kind, QWidget *parent = nullptr);

    // For tests: the fields, and sending the form as a user would.
    QComboBox *leaveKind() const { return m_leaveKind; }
    QDateEdit *fromDate() const { return m_fromDate; }
    QDateEdit *toDate() const { return m_toDate; }
    QLineEdit *reason() const { return m_reason; }
    QString error() const;
    qint64 send();
    // Attaches a file as the user's file chooser would (the hospital certificate, LEAVE-02).
    bool attach(const QString &path);

private:
    void updateFields();

    AppContext m_context;
    qint64 m_employee;
    Kind m_kind;
    QComboBox *m_leaveKind = nullptr;
    QComboBox *m_fromHalf = nullptr;
    QComboBox *m_toHalf = nullptr;
    QComboBox *m_extends = nullptr;
    QDateEdit *m_fromDate;
    QDateEdit *m_toDate;
    QTimeEdit *m_fromTime;
    QTimeEdit *m_toTime;
    QLineEdit *m_reason;
    QLineEdit *m_destination = nullptr;
    QCheckBox *m_emergency = nullptr;
    QPushButton *m_attach = nullptr;
    QList<AttachedFile> m_attachments;
    ErrorLabel *m_error;
};

} // namespace shopdesk
