#include "CustomerOrderDialog.h"

#include "CustomerFlags.h"
#include "OrderBook.h"
#include "ShopActions.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "domain/ShopTime.h"
#include "report/DataExport.h"
#include "settings/CompanySettings.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
// The steps a button is offered for, in the order they usually come; the channel's status only
// comes with an import.
const OrderEventKind kSteps[] = {OrderEventKind::Accepted,   OrderEventKind::Contacted, OrderEventKind::Confirmed,
                                 OrderEventKind::HandedOver, OrderEventKind::Packed,    OrderEventKind::Shipped,
                                 OrderEventKind::Delivered,  OrderEventKind::Cancelled, OrderEventKind::Refunded,
                                 OrderEventKind::Note};
} // namespace

CustomerOrderDialog::CustomerOrderDialog(const AppContext &context, qint64 orderId, QWidget *parent)
    : QDialog(parent), m_context(context), m_orderId(orderId)
{
    m_header = new QLabel(this);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_state = new QLabel(this);
    m_flag = new QLabel(this);
    m_flag->setWordWrap(true);
    m_flag->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_flag->hide();
    m_lines = listTable({tr("SKU"), tr("Item"), tr("Quantity"), tr("Unit price"), tr("Discount"), tr("Amount")}, this);
    m_events = listTable({tr("When"), tr("What"), tr("Details"), tr("Amount"), tr("By")}, this);
    m_error = new ErrorLabel(this);

    auto *steps = new QGridLayout;
    const bool writable = !context.readOnly() && Permissions::can(context.actor, ShopAction::Orders);
    int i = 0;
    for (OrderEventKind kind : kSteps) {
        auto *b = new QPushButton(orderEventKindTitle(kind), this);
        b->setVisible(writable);
        connect(b, &QPushButton::clicked, this, [this, kind] { ask(kind); });
        m_buttons.insert(int(kind), b);
        steps->addWidget(b, i / 5, i % 5);
        ++i;
    }
    auto *slip = new QPushButton(tr("Packing &slip"), this);
    auto *slipMenu = new QMenu(slip);
    slipMenu->addAction(tr("A4 sheet: print preview..."), this, [this] { previewSlip(SlipPaper::A4); });
    slipMenu->addAction(tr("100 x 150 mm label: print preview..."), this,
                        [this] { previewSlip(SlipPaper::Label100x150); });
    slip->setMenu(slipMenu);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(slip, QDialogButtonBox::ActionRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_flag);
    layout->addWidget(m_state);
    layout->addWidget(titled(tr("What was ordered"), m_lines, this), 2);
    layout->addWidget(titled(tr("What happened since (appended, never changed: ORD-05)"), m_events, this), 3);
    layout->addLayout(steps);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(820, 640);
    load();
}

void CustomerOrderDialog::load()
{
    OrderBook book(*m_context.database, *m_context.clock);
    auto order = book.order(m_context.actor, m_orderId);
    if (!order) {
        m_error->showError(order.error());
        return;
    }
    m_order = *order;
    const Order &o = m_order;
    setWindowTitle(tr("Order %1").arg(o.number));
    // A line for what the order has: a channel's export may leave out the buyer's account or
    // the address.
    QStringList header{
        tr("<b>%1</b> at %2, %3")
            .arg(o.number.toHtmlEscaped(), orderChannelTitle(o.channel).toHtmlEscaped(), ShopTime::text(o.createdAt))};
    const QString contact = QStringLiteral("<b>%1</b> %2").arg(o.contactName.toHtmlEscaped(), o.phone.toHtmlEscaped());
    header << (o.customer.isEmpty() ? tr("Buyer: %1").arg(contact)
                                    : tr("Buyer %1: %2").arg(o.customer.toHtmlEscaped(), contact));
    if (!o.address.isEmpty())
        header << o.address.toHtmlEscaped();
    header << tr("Goods %1 + shipping %2 - discount %3 = <b>%4</b>")
                  .arg(OrderRules::amountText(o.goodsMinor, o.currency),
                       OrderRules::amountText(o.shippingMinor, o.currency),
                       OrderRules::amountText(o.discountMinor, o.currency),
                       OrderRules::amountText(o.totalMinor, o.currency));
    m_header->setText(header.join(QStringLiteral("<br>")));
    m_state->setText(stateText());
    // RULE CS-03: a confirmed flag shows on the customer's later orders.
    QStringList flags;
    if (auto shown = CustomerFlags(*m_context.database, *m_context.clock)
                         .onOrder(m_context.actor, o.customer, o.phone, o.createdAt))
        for (const CustomerFlag &f : std::as_const(*shown))
            flags << tr("Bad customer (confirmed by %1 on %2): %3")
                         .arg(f.decidedBy, ShopTime::dayOf(f.decidedAt).toString(Qt::ISODate), f.evidence);
    m_flag->setText(flags.join(QLatin1Char('\n')));
    m_flag->setVisible(!flags.isEmpty());
    m_lines->setRowCount(int(o.lines.size()));
    for (int r = 0; r < o.lines.size(); ++r) {
        const OrderLine &l = o.lines.at(r);
        setRowTexts(m_lines, r,
                    {l.sku, l.title, QString::number(l.quantity), OrderRules::amountText(l.unitPriceMinor, o.currency),
                     l.discountMinor ? OrderRules::amountText(l.discountMinor, o.currency) : QString(),
                     OrderRules::amountText(l.amountMinor(), o.currency)});
        for (int c = 2; c < m_lines->columnCount(); ++c) // quantity and amounts
            m_lines->item(r, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    auto events = book.events(m_context.actor, m_orderId);
    if (!events) {
        m_error->showError(events.error());
        return;
    }
    m_events->setRowCount(int(events->size()));
    for (int r = 0; r < events->size(); ++r) {
        const OrderEvent &e = events->at(r);
        setRowTexts(m_events, r,
                    {ShopTime::text(e.at), orderEventKindTitle(e.kind), e.text,
                     e.amountMinor ? OrderRules::amountText(e.amountMinor, o.currency) : QString(), e.byUserName});
    }
    m_lines->resizeColumnsToContents();
    m_events->resizeColumnsToContents();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setEnabled(OrderRules::after(o.state, OrderEventKind(it.key()), nullptr).has_value());
}

QString CustomerOrderDialog::flagText() const
{
    return m_flag->text();
}

QString CustomerOrderDialog::headerText() const
{
    return m_header->text();
}

QString CustomerOrderDialog::stateText() const
{
    QString text = tr("State: %1").arg(orderStateTitle(m_order.state));
    if (const auto left = OrderRules::secondsLeft(m_order, m_context.clock->nowUtc())) {
        const QString clock = m_order.state == OrderState::Accepted ? tr("contact the customer (ORD-02)")
                                                                    : tr("hand over to operations (ORD-03)");
        text += QStringLiteral(" · ") + tr("%1 to %2").arg(OrderRules::timeLeftText(*left), clock);
    }
    if (!m_order.channelStatus.isEmpty())
        text += QStringLiteral(" · ") + tr("at the channel: %1").arg(m_order.channelStatus);
    return text;
}

QString CustomerOrderDialog::error() const
{
    return m_error->error();
}

void CustomerOrderDialog::ask(OrderEventKind kind)
{
    bool ok = true;
    QString text;
    qint64 amount = 0;
    const QString title = orderEventKindTitle(kind);
    if (kind == OrderEventKind::Cancelled)
        text = InputDialog::text(this, title, tr("Why is the order cancelled?"), &ok);
    else if (kind == OrderEventKind::Shipped)
        text = InputDialog::text(this, title, tr("Carrier and tracking number:"), &ok);
    else if (kind == OrderEventKind::Note)
        text = InputDialog::text(this, title, tr("Note (printed on the packing slip as a shipping remark):"), &ok);
    else if (kind == OrderEventKind::Refunded) {
        const QString typed = InputDialog::text(this, title, tr("Amount refunded (%1):").arg(m_order.currency), &ok);
        const auto money = Money::parse(typed);
        if (ok && !money) {
            m_error->showError(tr("\"%1\" is not an amount.").arg(typed));
            return;
        }
        amount = money ? money->fen() : 0;
        if (ok)
            text = InputDialog::text(this, title, tr("Why:"), &ok);
    }
    if (ok)
        record(kind, text, amount);
}

std::optional<OrderState> CustomerOrderDialog::record(OrderEventKind kind, const QString &text, qint64 amountMinor)
{
    auto state =
        OrderBook(*m_context.database, *m_context.clock).happen(m_context.actor, m_orderId, kind, text, amountMinor);
    if (!state) {
        m_error->showError(state.error());
        return std::nullopt;
    }
    m_error->showError({});
    load();
    emit changed();
    return *state;
}

void CustomerOrderDialog::previewSlip(SlipPaper paper)
{
    PackingSlips slips(*m_context.database, *m_context.clock);
    if (Status may = slips.mayPrint(m_context.actor); !may)
        return MessageBox::warning(this, PackingSlips::title(), may.error());
    auto list = slips.slips(m_context.actor, {m_orderId});
    if (!list)
        return MessageBox::warning(this, PackingSlips::title(), list.error());
    const QString company = CompanySettings(*m_context.database, *m_context.clock).companyName();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PackingSlips::pageLayout(paper));
    printer.setFullPage(true); // the slip is measured from the paper's edge
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(PackingSlips::title());
    Status painted = success();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&](QPrinter *p) { painted = PackingSlips::paint(*list, paper, company, *p); });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!painted)
        return MessageBox::warning(this, PackingSlips::title(), painted.error());
    if (printed)
        if (Status s = DataExport(*m_context.database, *m_context.clock)
                           .recordPrint(m_context.actor, {PackingSlips::title(), {}, {}}, 1);
            !s)
            MessageBox::warning(this, PackingSlips::title(), s.error());
}

} // namespace shopdesk
