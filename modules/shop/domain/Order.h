#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE ORD-05: what happens to an order after it is created, each an appended event; the order
// itself is never changed. Its state is the events'.
enum class OrderEventKind {
    Accepted, // taken on by the back office (the ORD-02 clock starts)
    Contacted, // ORD-02: the customer contacted to confirm
    Confirmed, // the customer confirmed (the ORD-03 clock starts)
    HandedOver, // ORD-03: handed to the operations staff
    Packed,
    Shipped, // carrier and tracking number in the text
    Delivered,
    Cancelled, // the reason in the text
    Refunded, // the amount
    ChannelStatus, // a re-import brought a changed status from the channel
    Note
};
QString orderEventKindKey(OrderEventKind kind); // stored form: accepted, contacted, ...
std::optional<OrderEventKind> orderEventKindFromKey(const QString &key);
QString orderEventKindTitle(OrderEventKind kind); // translated
QList<OrderEventKind> allOrderEventKinds();

// Where an order stands, read from its events.
enum class OrderState { New, Accepted, Contacted, Confirmed, HandedOver, Packed, Shipped, Delivered, Cancelled };
QString orderStateKey(OrderState state);
std::optional<OrderState> orderStateFromKey(const QString &key);
QString orderStateTitle(OrderState state); // translated
// A channel as people call it ("淘宝/天猫" for taobao, "京东" for jd, "官网" for web), translated;
// a channel of the user's own naming as it is.
QString orderChannelTitle(const QString &channel);
// The key of a channel named by its title (in either language) or by its key; a name of the
// user's own, trimmed and in lower case.
QString orderChannelKey(const QString &name);

struct OrderLine
{
    QString sku; // the shop's SKU code, when the channel gives it
    QString title;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0; // in the order's currency's minor unit (fen for CNY, cents for USD)
    qint64 discountMinor = 0;

    qint64 amountMinor() const { return quantity * unitPriceMinor - discountMinor; }
};

struct OrderEvent
{
    qint64 id = 0;
    qint64 orderId = 0;
    OrderEventKind kind = OrderEventKind::Note;
    QString text; // reason, carrier and tracking number, the channel's status ...
    qint64 amountMinor = 0; // a refund
    QString byUserName;
    QDateTime at; // UTC
};

// RULE ORD-05: an order as created: never updated, never deleted.
struct Order
{
    qint64 id = 0;
    QString channel; // taobao, shopify, web, jd ...
    QString number; // the channel's order number
    QString customer; // the buyer's account or e-mail
    QString contactName;
    QString phone;
    QString address;
    QString currency = QStringLiteral("CNY"); // ISO 4217; one currency per order
    qint64 goodsMinor = 0;
    qint64 shippingMinor = 0;
    qint64 discountMinor = 0;
    qint64 totalMinor = 0; // what the buyer pays: goods + shipping - discount
    QDateTime createdAt; // UTC, at the channel
    QList<OrderLine> lines;
    // Read from the events (not part of the order):
    OrderState state = OrderState::New;
    QDateTime acceptedAt, confirmedAt; // invalid: not yet
    QString channelStatus;
};

namespace OrderRules {
inline constexpr qint64 kContactSeconds = 10 * 60; // ORD-02
inline constexpr qint64 kHandOverSeconds = 24 * 3600; // ORD-03
// The warning before a clock runs out: two minutes of the ten to contact, two hours of the
// twenty-four to hand over.
inline constexpr qint64 kContactWarningSeconds = 2 * 60;
inline constexpr qint64 kHandOverWarningSeconds = 2 * 3600;
// Why `order` cannot be created, translated; empty when it can. The total must be the lines and
// the shipping less the discount, in the order's one currency.
QString problem(const Order &order);
// The state after `event`, from `state`; nullopt (and `why`) when the event cannot come now: an
// order shipped cannot be cancelled, a cancelled order takes no step but a note or a refund.
std::optional<OrderState> after(OrderState state, OrderEventKind event, QString *why);
// RULE ORD-02 / ORD-03: the moment the running clock runs out, or invalid when none runs: the
// contact clock from acceptance until the customer is contacted, the hand-over clock from
// confirmation until it is handed over.
QDateTime deadline(const Order &order);
// Seconds left on the running clock at `now` (negative: overdue); nullopt when none runs.
std::optional<qint64> secondsLeft(const Order &order, const QDateTime &now);
// The running clock is about to run out at `now` (within its warning) or has run out.
bool nearDeadline(const Order &order, const QDateTime &now);
// An amount in the order's currency: "¥90.00" for yuan, "USD 12.50" for any other.
QString amountText(qint64 minor, const QString &currency);
// "9 min left", "2 h 5 min overdue": translated.
QString timeLeftText(qint64 seconds);
} // namespace OrderRules

} // namespace shopdesk
