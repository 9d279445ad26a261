#pragma once

#include "OrderImport.h"
#include "ui/Module.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// A channel's order export (CSV or XLSX) previewed before anything is written (ORD-05: an order
// already recorded is never changed; a new status at the channel becomes an event). Taobao's and
// Shopify's exports are read as they come; any other channel's through the columns its user maps
// here once, by header: the choices come from the file's own header row, filled from what was
// saved for the channel or from the names channels usually give, and the preview follows every
// change. Import saves the columns for the channel's next file and writes the orders in one
// transaction.
class OrderImportDialog : public QDialog
{
    Q_OBJECT
public:
    OrderImportDialog(const AppContext &context, const QString &path, QWidget *parent = nullptr);
    QComboBox *format() const { return m_format; }
    QComboBox *channel() const { return m_channel; }
    QLineEdit *currency() const { return m_currency; }
    QComboBox *column(const QString &field) const { return m_columns.value(field); }
    QLabel *summary() const { return m_summary; }
    QTableWidget *orders() const { return m_orders; }
    QTableWidget *problems() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    // The orders and events written, or -1 with the reason shown.
    int import();
    QString error() const;
    // Reads the file again with what the dialog now says.
    void updatePreview();

private:
    OrderExport chosenFormat() const;
    OrderColumns chosenColumns() const;
    void fillColumns(); // the channel's saved columns, else the usual names, among the file's header

    AppContext m_context;
    QString m_path;
    QByteArray m_bytes;
    QList<CsvRecord> m_records;
    std::optional<OrderImportPreview> m_preview;
    QComboBox *m_format, *m_channel;
    QLineEdit *m_currency;
    QGroupBox *m_mapping;
    QHash<QString, QComboBox *> m_columns;
    QLabel *m_summary;
    QTableWidget *m_orders, *m_problems;
    QPushButton *m_import;
    ErrorLabel *m_error;
};

} // namespace shopdesk
