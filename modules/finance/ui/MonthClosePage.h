#pragma once

#include "report/Report.h"
#include "ui/Module.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE FIN-03: a month's close: what still blocks it, the summary for publication (print, PDF,
// XLSX), closing it, and the general manager's reopening.
class MonthClosePage : public QWidget
{
    Q_OBJECT
public:
    MonthClosePage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QDateEdit *month() const { return m_month; }
    QLabel *checks() const { return m_checks; }
    QTableWidget *table() const { return m_table; }
    const Report &report() const { return m_report; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *reopenButton() const { return m_reopen; }
    void closeMonth();
    void reopen();

private:
    void save(const QString &format);
    AppContext m_context;
    Report m_report;
    QDateEdit *m_month;
    QLabel *m_checks;
    QTableWidget *m_table;
    QPushButton *m_close, *m_reopen;
    bool m_mayClose = false, m_mayReopen = false;
};

} // namespace shopdesk
