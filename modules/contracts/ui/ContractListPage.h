#pragma once

#include "domain/Contract.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QLineEdit;
class QTableWidget;

namespace shopdesk {

// RULE CON-01, CON-04, CON-06: the contract archive: one search box over number, title, parties
// and notes, filters by type, status and signing year, and the custodian's registration; the
// administrator keeps the contract types and the archives with their custodians. Anyone asks to
// borrow the selected contract (CON-05); an original that is out says so in the list.
class ContractListPage : public QWidget
{
    Q_OBJECT
public:
    ContractListPage(const AppContext &context, QWidget *parent = nullptr);
    QLineEdit *search() const { return m_search; }
    QTableWidget *table() const { return m_table; }
    void refresh();
    void registerContract();
    void borrow(); // the selected contract: a copy, or the original
    // RULE CON-03: the statistics of the year chosen (or all years): "preview", "pdf", "xlsx".
    void statistics(const QString &how);
    void addType();
    void addArchive();

private:
    void fillFilters();
    AppContext m_context;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_year;
    QTableWidget *m_table;
};

} // namespace shopdesk
