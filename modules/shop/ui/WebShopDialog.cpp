#include "WebShopDialog.h"

#include "ChannelBox.h"
#include "ShopActions.h"
#include "WebShopFeed.h"
#include "common/Clock.h"
#include "domain/Order.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

WebShopDialog::WebShopDialog(const AppContext &context, WebShopFeed *feed, QWidget *parent)
    : QDialog(parent), m_context(context), m_feed(feed)
{
    setWindowTitle(tr("Web shop"));
    auto *intro = new QLabel(tr("The orders of the company's own web shop come into the list by themselves: this PC "
                                "asks the shop for new and changed orders whenever the list refreshes. The key is "
                                "kept for this PC alone; to pull from another PC, give the key there."),
                             this);
    intro->setWordWrap(true);
    m_list = listTable({tr("Channel"), tr("Shop"), tr("Address"), tr("Pulled by"), tr("Up to")}, this);
    m_channel = new ChannelBox(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(QStringLiteral("WooCommerce"), int(WebShopKind::WooCommerce));
    m_kind->addItem(QStringLiteral("Shopify"), int(WebShopKind::Shopify));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://shop.example.com"));
    m_key = new QLineEdit(this);
    m_key->setPlaceholderText(QStringLiteral("ck_..."));
    m_key->setEchoMode(QLineEdit::Password); // half of the credential
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Shop:"), m_kind);
    form->addRow(tr("&Address:"), m_url);
    m_keyLabel = new QLabel(tr("Consumer &key:"), this);
    m_keyLabel->setBuddy(m_key);
    form->addRow(m_keyLabel, m_key);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new ErrorLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const bool may = !context.readOnly() && Permissions::can(context.actor, ShopAction::Orders);
    QPushButton *saveButton = buttons->addButton(tr("&Save: this PC pulls"), QDialogButtonBox::ApplyRole);
    QPushButton *removeButton = buttons->addButton(tr("&Remove..."), QDialogButtonBox::ResetRole);
    m_pull = buttons->addButton(tr("&Pull now"), QDialogButtonBox::ActionRole);
    for (QPushButton *b : {saveButton, removeButton, m_pull})
        b->setEnabled(may);
    connect(saveButton, &QPushButton::clicked, this, &WebShopDialog::save);
    connect(removeButton, &QPushButton::clicked, this, &WebShopDialog::remove);
    connect(m_pull, &QPushButton::clicked, this, &WebShopDialog::pullNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WebShopDialog::kindChosen);
    connect(m_channel, &ChannelBox::channelChanged, this, [this](const QString &channel) {
        for (int r = 0; r < m_list->rowCount(); ++r)
            if (m_list->item(r, 0)->data(Qt::UserRole).toString() == channel) {
                m_kind->setCurrentIndex(m_kind->findText(m_list->item(r, 1)->text()));
                m_url->setText(m_list->item(r, 2)->text());
                return;
            }
    });
    connect(feed, &WebShopFeed::pulled, this, [this](const QString &channel, const WebPullRun &run) {
        m_outcome->setText(WebShops::describe(run, orderChannelTitle(channel)).join(u'\n'));
        fill();
    });
    connect(feed, &WebShopFeed::failed, this, [this](const QString &, const QString &error) {
        m_error->showError(error);
        fill();
    });
    connect(feed, &WebShopFeed::finished, this, [this] { m_pull->setEnabled(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 480);
    kindChosen();
    fill();
}

void WebShopDialog::kindChosen()
{
    const bool woo = WebShopKind(m_kind->currentData().toInt()) == WebShopKind::WooCommerce;
    m_keyLabel->setVisible(woo);
    m_key->setVisible(woo);
    m_secretLabel->setText(woo ? tr("Consumer s&ecret:") : tr("Admin API access tok&en:"));
    m_secret->setPlaceholderText(woo ? QStringLiteral("cs_...") : QStringLiteral("shpat_..."));
    m_secret->setToolTip(woo ? tr("WooCommerce > Settings > Advanced > REST API: a key with read access")
                             : tr("Shopify admin > Apps > Develop apps: an app with the read_orders scope"));
    if (const QString channel = m_channel->channel(); channel.isEmpty() || channel == u"web" || channel == u"shopify")
        m_channel->setChannel(woo ? QStringLiteral("web") : QStringLiteral("shopify"));
}

void WebShopDialog::fill()
{
    auto shops = WebShops(*m_context.database, *m_context.clock).shops(m_context.actor);
    if (!shops) {
        m_error->showError(shops.error());
        return;
    }
    const QString current = m_channel->channel();
    QStringList channels;
    m_list->setRowCount(int(shops->size()));
    for (int r = 0; r < shops->size(); ++r) {
        const WebShop &s = shops->at(r);
        channels << s.channel;
        setRowTexts(m_list, r,
                    {orderChannelTitle(s.channel), m_kind->itemText(m_kind->findData(int(s.kind))), s.url.toString(),
                     s.pullsHere ? tr("%1 (this PC)").arg(s.pcName) : s.pcName,
                     s.pulledUntil.isValid() ? localMinuteText(s.pulledUntil) : tr("not yet")});
        m_list->item(r, 0)->setData(Qt::UserRole, s.channel);
    }
    m_list->resizeColumnsToContents();
    m_channel->setChannels(channels);
    if (!shops->isEmpty() && current.isEmpty())
        m_channel->setCurrentIndex(0);
}

bool WebShopDialog::save()
{
    const auto kind = WebShopKind(m_kind->currentData().toInt());
    const QString secret = kind == WebShopKind::WooCommerce
        ? m_key->text().trimmed() + u':' + m_secret->text().trimmed()
        : m_secret->text().trimmed();
    if (Status s =
            WebShops(*m_context.database, *m_context.clock)
                .setShop(m_context.actor, {m_channel->channel(), kind, QUrl::fromUserInput(m_url->text().trimmed())},
                         secret == u":" ? QString() : secret);
        !s) {
        m_error->showError(s.error());
        return false;
    }
    m_key->clear();
    m_secret->clear(); // kept sealed now; never shown again
    m_error->showError({});
    m_outcome->setText(tr("Saved: this PC pulls %1's orders at every refresh of the list.")
                           .arg(orderChannelTitle(m_channel->channel())));
    fill();
    return true;
}

bool WebShopDialog::remove()
{
    const QString channel = m_channel->channel();
    if (MessageBox::question(this, tr("Remove the web shop"),
                             tr("Stop pulling %1's orders and forget its key? The orders already pulled stay.")
                                 .arg(orderChannelTitle(channel)))
        != QMessageBox::Yes)
        return false;
    if (Status s = WebShops(*m_context.database, *m_context.clock).removeShop(m_context.actor, channel); !s) {
        m_error->showError(s.error());
        return false;
    }
    m_error->showError({});
    m_url->clear();
    fill();
    return true;
}

void WebShopDialog::pullNow()
{
    m_error->showError({});
    if (m_feed->pullAll()) {
        m_pull->setEnabled(false);
        m_outcome->setText(tr("Pulling..."));
    } else {
        m_outcome->setText(m_feed->isRunning() ? tr("A pull is running; its orders come when it ends.")
                                               : tr("This PC pulls no web shop: save one first."));
    }
}

QString WebShopDialog::error() const
{
    return m_error->error();
}

} // namespace shopdesk
