#include "RequestsPage.h"

#include "Listings.h"
#include "PriceChanges.h"
#include "ShopActions.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

RequestsPage::RequestsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_everything = new QCheckBox(tr("Show &every change, done ones too"), this);
    m_prices = listTable({tr("Asked"), tr("SKU code"), tr("Title"), tr("Now"), tr("New price"), tr("Competitors"),
                          tr("Reason"), tr("Asked by"), tr("State"), tr("Published"), tr("By")},
                         this);
    EmptyListHint::install(m_prices,
                           tr("No price changes waiting. The product manager asks for one with New price... on the "
                              "Products tab; or show every change."));
    m_listings = listTable({tr("Asked"), tr("SKU code"), tr("Title"), tr("Change"), tr("Reason"), tr("Asked by"),
                            tr("State"), tr("Carried out"), tr("By")},
                           this);
    makeSortable(m_prices);
    makeSortable(m_listings);
    const bool editor = !context.readOnly() && Permissions::can(context.actor, ShopAction::Publish)
        && context.actor.roles.contains(Role::WebEditor);
    auto *publish = new QPushButton(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Pu&blish the new price"), this);
    auto *carryOut = new QPushButton(QIcon(QStringLiteral(":/icons/approve.svg")), tr("&Carry out the change"), this);
    for (QPushButton *b : {publish, carryOut}) {
        b->setEnabled(editor);
        if (!editor)
            b->setToolTip(tr("The web editor publishes what the leader approved (PRD-01, PRD-02)."));
    }
    auto pane = [this](QTableWidget *table, QPushButton *button, const QString &title) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(titled(title, table, box), 1);
        layout->addWidget(button, 0, Qt::AlignLeft);
        return box;
    };
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(pane(m_prices, publish, tr("Price changes (PRD-01)")));
    split->addWidget(pane(m_listings, carryOut, tr("Listing changes (PRD-02)")));
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_everything);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    connect(m_everything, &QCheckBox::toggled, this, &RequestsPage::refresh);
    connect(publish, &QPushButton::clicked, this, &RequestsPage::publishPrice);
    connect(carryOut, &QPushButton::clicked, this, &RequestsPage::carryOutListing);
    refresh();
}

QString RequestsPage::lastError() const
{
    return m_error->error();
}

void RequestsPage::refresh()
{
    const bool open = !m_everything->isChecked();
    m_prices->setSortingEnabled(false);
    m_listings->setSortingEnabled(false);
    m_prices->setRowCount(0);
    m_listings->setRowCount(0);
    auto prices = PriceChanges(*m_context.database, *m_context.clock).changes(m_context.actor, open);
    auto listings = Listings(*m_context.database, *m_context.clock).changes(m_context.actor, open);
    m_error->showError(!prices ? prices.error() : !listings ? listings.error() : QString());
    m_priceRows = prices ? *prices : QList<PriceChange>();
    m_listingRows = listings ? *listings : QList<ListingChange>();
    m_prices->setRowCount(int(m_priceRows.size()));
    for (int r = 0; r < m_priceRows.size(); ++r) {
        const PriceChange &c = m_priceRows[r];
        setRowTexts(m_prices, r,
                    {localMinuteText(c.requestedAt), c.productCode, c.productTitle,
                     Money::fromFen(c.currentFen).toString(), Money::fromFen(c.proposedFen).toString(),
                     PriceRules::competitorsText(c.competitors), c.reason, c.requestedBy,
                     productRequestStateTitle(c.state()), localMinuteText(c.appliedAt), c.appliedBy});
        m_prices->item(r, 0)->setData(Qt::UserRole, r);
    }
    m_listings->setRowCount(int(m_listingRows.size()));
    for (int r = 0; r < m_listingRows.size(); ++r) {
        const ListingChange &c = m_listingRows[r];
        setRowTexts(m_listings, r,
                    {localMinuteText(c.requestedAt), c.productCode, c.productTitle,
                     c.automatic ? tr("Normal delisting") : listingKindTitle(c.kind),
                     c.automatic ? tr("Stock reached zero (PRD-02)") : c.reason, c.requestedBy,
                     productRequestStateTitle(c.state()), localMinuteText(c.doneAt), c.doneBy});
        m_listings->item(r, 0)->setData(Qt::UserRole, r);
    }
    for (QTableWidget *t : {m_prices, m_listings}) {
        t->resizeColumnsToContents();
        t->setSortingEnabled(true);
    }
}

void RequestsPage::publishPrice()
{
    const QTableWidgetItem *item = m_prices->item(m_prices->currentRow(), 0);
    if (!item) {
        m_error->showError(tr("Choose a price change first."));
        return;
    }
    const PriceChange &c = m_priceRows.at(item->data(Qt::UserRole).toInt());
    Status done = PriceChanges(*m_context.database, *m_context.clock).publish(m_context.actor, c.id);
    refresh();
    m_error->showError(done ? QString() : done.error());
}

void RequestsPage::carryOutListing()
{
    const QTableWidgetItem *item = m_listings->item(m_listings->currentRow(), 0);
    if (!item) {
        m_error->showError(tr("Choose a listing change first."));
        return;
    }
    const ListingChange &c = m_listingRows.at(item->data(Qt::UserRole).toInt());
    Status done = Listings(*m_context.database, *m_context.clock).carryOut(m_context.actor, c.id);
    refresh();
    m_error->showError(done ? QString() : done.error());
}

} // namespace shopdesk
