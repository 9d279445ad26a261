#pragma once

#include "domain/ListingChange.h"
#include "domain/PriceChange.h"
#include "ui/Module.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// RULE PRD-01, PRD-02: the price changes and listing changes on their way: waiting for the
// leader, or approved and waiting for the web editor, who publishes them from here (or, ticked,
// every change with who did what). The normal delistings at zero stock are listed as done.
class RequestsPage : public QWidget
{
    Q_OBJECT
public:
    RequestsPage(const AppContext &context, QWidget *parent = nullptr);
    QTableWidget *prices() const { return m_prices; }
    QTableWidget *listings() const { return m_listings; }
    QCheckBox *everything() const { return m_everything; }
    void refresh();
    // The web editor's step for the selected row.
    void publishPrice();
    void carryOutListing();
    QString lastError() const;

private:
    AppContext m_context;
    QCheckBox *m_everything;
    QTableWidget *m_prices;
    QTableWidget *m_listings;
    QList<PriceChange> m_priceRows;
    QList<ListingChange> m_listingRows;
    ErrorLabel *m_error;
};

} // namespace shopdesk
