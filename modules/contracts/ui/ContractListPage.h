#pragma once

#include "domain/Contract.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QTableWidget;

namespace shopdesk {

class ContractDialog;
class ContractFilesDialog;
class ErrorLabel;
class ScanReading;

// RULE CON-01, CON-04, CON-06: the contract archive: one search box over number, title, parties,
// notes and the text of the contracts' files (the page and line found shown beside), filters by
// type, status, signing year, other party, value and end, and the custodian's registration; the
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
    // The selected contract in full; its custodian corrects it or records its status (CON-01).
    ContractDialog *openContract();
    void borrow(); // the selected contract: a copy, or the original
    // The selected contract's files (CON-01): shown, added, their text read for search.
    ContractFilesDialog *openFiles();
    ScanReading *reading() const { return m_reading; }
    // RULE CON-03: the statistics of the year chosen (or all years): "preview", "pdf", "xlsx".
    void statistics(const QString &how);
    // RULE CON-02: the labels of the selected contracts' folders, or of the archive's boxes:
    // "preview" or "pdf".
    void folderLabels(const QString &how);
    void boxLabels(const QString &how);
    void addType();
    void addArchive();

private:
    void fillFilters();
    // The contract of the current row, read again; none when no row is current or it cannot be
    // read (the reason shown under `title`).
    std::optional<Contract> selectedContract(const QString &title);
    AppContext m_context;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_year;
    QLineEdit *m_party;
    QLineEdit *m_minValue;
    QLineEdit *m_maxValue;
    QComboBox *m_ending;
    QTableWidget *m_table;
    ErrorLabel *m_error;
    QLabel *m_more;
    ScanReading *m_reading;
};

} // namespace shopdesk
