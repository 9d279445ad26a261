#pragma once

#include "ui/Module.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE FIN-02: one day of the cash journal: its entries, the day's sums, the close with the
// count, and the chief accountant's review.
class CashJournalPage : public QWidget
{
    Q_OBJECT
public:
    CashJournalPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QDateEdit *day() const { return m_day; }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    void addEntry();
    void closeDay();
    void review();

private:
    AppContext m_context;
    bool m_mayKeep = false, m_mayReview = false;
    QDateEdit *m_day;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_add, *m_close, *m_review;
};

} // namespace shopdesk
