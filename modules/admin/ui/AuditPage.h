#pragma once

#include "ui/Module.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace shopdesk {

class ErrorLabel;

class AuditTableModel;

// A read-only browser of the audit trail with filters: who, what, when.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(const AppContext &context, QWidget *parent = nullptr);
    AuditTableModel *model() const { return m_model; }
    QLineEdit *userFilter() const { return m_user; }
    QLineEdit *textFilter() const { return m_text; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *detail() const { return m_detail; }

public slots:
    void refresh();

private:
    void showDetail();

    AppContext m_context;
    AuditTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_user, *m_text;
    QCheckBox *m_useDates;
    QDateEdit *m_from, *m_to;
    QPlainTextEdit *m_detail;
    ErrorLabel *m_error;
};

} // namespace shopdesk
