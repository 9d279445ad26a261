#pragma once

#include "domain/ContractAudit.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE CON-02, CON-06: the half-yearly check of an archive: the custodian starts it, scans each
// contract's label (or types its number) to mark it present, marks the missing and damaged ones
// with their investigation and the person held responsible, and closes the check; *Print* gives
// the open check's checklist or the last closed one's report.
class AuditsPage : public QWidget
{
    Q_OBJECT
public:
    AuditsPage(const AppContext &context, QWidget *parent = nullptr);
    QComboBox *archive() const { return m_archive; }
    QComboBox *check() const { return m_check; } // the open check, or a past one
    QLineEdit *scan() const { return m_scan; }
    QTableWidget *table() const { return m_table; }
    QLabel *state() const { return m_state; }
    void refresh();
    void start();
    void scanned(); // the number in the scan line: present
    void markLoss(AuditMark mark); // the selected contract, missing or damaged
    void closeCheck();
    void print();

private:
    AppContext m_context;
    qint64 m_auditId = 0; // the open check
    QComboBox *m_archive;
    QComboBox *m_check;
    QLabel *m_state;
    QLineEdit *m_scan;
    QTableWidget *m_table;
    QPushButton *m_start, *m_missing, *m_damaged, *m_close;
};

} // namespace shopdesk
