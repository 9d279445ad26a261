#pragma once

#include "domain/Purchasing.h"
#include "ui/Module.h"

#include <QDialog>

class QSpinBox;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;
class ScanLine;

// A delivery against a purchase order (SUP-04): what arrived of each line, at most what is
// outstanding; scanning a package's code counts one more of its line. Booked in the stock
// ledger with the order's number.
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptDialog(const AppContext &context, const PurchaseOrder &order, QWidget *parent = nullptr);

    ScanLine *scan() const { return m_scan; }
    QSpinBox *arrived(int line) const { return m_arrived.at(line); }
    QString error() const;
    qint64 send();

private:
    void countScanned();

    AppContext m_context;
    PurchaseOrder m_order;
    ScanLine *m_scan;
    QTableWidget *m_lines;
    QList<QSpinBox *> m_arrived;
    ErrorLabel *m_error;
};

} // namespace shopdesk
