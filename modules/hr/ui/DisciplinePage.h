#pragma once

#include "domain/DisciplineEntry.h"
#include "ui/Module.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace shopdesk {

// The disciplinary register for a month (HR-03): record an entry under a rule, bring in the
// attendance engine's fines and flags as proposals, confirm or waive them, export the payroll.
class DisciplinePage : public QWidget
{
    Q_OBJECT
public:
    DisciplinePage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    void propose();
    void setMonth(const QDate &month);
    QTableWidget *table() const { return m_table; }

private:
    void record();
    void confirmSelected();
    void waiveSelected();
    void exportPayroll();
    const DisciplineEntry *selected() const;

    AppContext m_context;
    QDateEdit *m_month;
    QLabel *m_state;
    QTableWidget *m_table;
    QList<DisciplineEntry> m_entries;
    QHash<qint64, QString> m_names;
};

} // namespace shopdesk
