#pragma once

#include "domain/Requisition.h"
#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;
class ScanLine;

// A department's requisition (SUP-05): the department, what for, and the items with their
// quantities; a scanned or typed code adds one of its item. Signed at once when the department's
// custodian files it, otherwise it waits for the custodian.
class RequisitionDialog : public QDialog
{
    Q_OBJECT
public:
    RequisitionDialog(const AppContext &context, QWidget *parent = nullptr);

    QComboBox *department() const { return m_department; }
    QLineEdit *reason() const { return m_reason; }
    ScanLine *scan() const { return m_scan; }
    QSpinBox *quantity(int line) const { return m_quantities.at(line); }
    int lineCount() const { return int(m_lines.size()); }
    QString error() const;
    qint64 send();

private:
    void addCode(const QString &code);

    AppContext m_context;
    QComboBox *m_department;
    QLineEdit *m_reason;
    ScanLine *m_scan;
    QTableWidget *m_table;
    QList<RequisitionLine> m_lines;
    QList<QSpinBox *> m_quantities;
    ErrorLabel *m_error;
};

} // namespace shopdesk
