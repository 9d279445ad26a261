#pragma once

#include "Offboarding.h"
#include "ui/Module.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace shopdesk {

// A person's offboarding (HR-02): the resignation's notice and last day, the company property
// issued to them as a checklist (returned or written off), and where the settlement stands.
class OffboardingDialog : public QDialog
{
    Q_OBJECT
public:
    OffboardingDialog(const AppContext &context, qint64 employeeId, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *checklist() const { return m_items; }
    QString settlementText() const;

private:
    void resign();
    void issue();
    void closeSelected(bool returned);
    void waive();

    AppContext m_context;
    qint64 m_employee;
    QDateEdit *m_notice;
    QDateEdit *m_lastDay;
    QLabel *m_settlement;
    QTableWidget *m_items;
    QList<IssuedProperty> m_property;
};

} // namespace shopdesk
