#pragma once

#include "domain/PriceChange.h"
#include "domain/Product.h"
#include "ui/Module.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// RULE PRD-01: the product manager asks for a new price: the competitors' prices, each shop and
// its price, analysed as they are typed (lowest, average, highest, how many sell for less), the
// new price and why. The leader approves it in the inbox; the web editor then publishes it.
class PriceChangeDialog : public QDialog
{
    Q_OBJECT
public:
    PriceChangeDialog(const AppContext &context, const Product &product, QWidget *parent = nullptr);
    QLineEdit *newPrice() const { return m_price; }
    QTableWidget *competitors() const { return m_competitors; }
    QLineEdit *reason() const { return m_reason; }
    QLabel *analysis() const { return m_analysis; }
    // Asks; the change's id, or 0 with the reason shown.
    qint64 ask();
    QString error() const;

private:
    // The rows typed so far; rows with neither shop nor price are skipped.
    QList<CompetitorPrice> typedCompetitors(QString *problem) const;
    void analyse();
    AppContext m_context;
    Product m_product;
    QLineEdit *m_price;
    QTableWidget *m_competitors;
    QLineEdit *m_reason;
    QLabel *m_analysis;
    ErrorLabel *m_error;
};

} // namespace shopdesk
