#pragma once

#include "domain/Contract.h"
#include "domain/ContractAttachment.h"
#include "ui/Module.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace shopdesk {

class FilePreview;
class ScanReading;

// RULE CON-01, CON-04: the files kept with one contract, every version, shown inside the
// program; its custodian adds a scan or a new version of one, and sees its text being read
// for search, page by page.
class ContractFilesDialog : public QDialog
{
    Q_OBJECT
public:
    ContractFilesDialog(const AppContext &context, const Contract &contract, ScanReading *reading,
                        QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    FilePreview *preview() const { return m_preview; }
    // Adds a file picked from disk: a new document (asked for its name) or, with `sameDocument`,
    // the next version of the selected one.
    void addFile(bool sameDocument);
    void saveSelected();
    void readAgain(); // the selected file, whose reading failed
    void refresh();

private:
    void showSelected();
    std::optional<ContractAttachment> selected() const;
    AppContext m_context;
    Contract m_contract;
    ScanReading *m_reading;
    QList<ContractAttachment> m_files;
    QTableWidget *m_table;
    FilePreview *m_preview;
    QPushButton *m_add;
    QPushButton *m_addVersion;
    QPushButton *m_save;
    QPushButton *m_readAgain;
    bool m_custodian = false;
    QLabel *m_readingText;
    QProgressBar *m_readingBar;
};

} // namespace shopdesk
