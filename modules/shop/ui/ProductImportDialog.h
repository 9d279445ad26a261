#pragma once

#include "ProductImport.h"
#include "ui/Module.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// A product list (CSV or XLSX) previewed before anything is written: what is new, what changes,
// and every row that cannot be taken with its line, field and value. Import writes it all in one
// transaction; a card changed since the preview refuses the whole import.
class ProductImportDialog : public QDialog
{
    Q_OBJECT
public:
    ProductImportDialog(const AppContext &context, const QString &path, QWidget *parent = nullptr);
    QLabel *summary() const { return m_summary; }
    QTableWidget *problems() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    // The cards written, or -1 with the reason shown.
    int import();
    QString error() const;

private:
    AppContext m_context;
    std::optional<ProductImportPreview> m_preview;
    QLabel *m_summary;
    QTableWidget *m_changes;
    QTableWidget *m_problems;
    QPushButton *m_import;
    ErrorLabel *m_error;
};

} // namespace shopdesk
