#include "domain/Order.h"

#include "common/domain/Money.h"

#include <QCoreApplication>
#include <QSet>

namespace shopdesk {

namespace {
struct KindInfo
{
    OrderEventKind kind;
    const char *key;
    const char *title;
};
const KindInfo kKinds[] = {
    {OrderEventKind::Accepted, "accepted", QT_TRANSLATE_NOOP("OrderEventKind", "Accepted")},
    {OrderEventKind::Contacted, "contacted", QT_TRANSLATE_NOOP("OrderEventKind", "Customer contacted")},
    {OrderEventKind::Confirmed, "confirmed", QT_TRANSLATE_NOOP("OrderEventKind", "Confirmed")},
    {OrderEventKind::HandedOver, "handed_over", QT_TRANSLATE_NOOP("OrderEventKind", "Handed to operations")},
    {OrderEventKind::Packed, "packed", QT_TRANSLATE_NOOP("OrderEventKind", "Packed")},
    {OrderEventKind::Shipped, "shipped", QT_TRANSLATE_NOOP("OrderEventKind", "Shipped")},
    {OrderEventKind::Delivered, "delivered", QT_TRANSLATE_NOOP("OrderEventKind", "Delivered")},
    {OrderEventKind::Cancelled, "cancelled", QT_TRANSLATE_NOOP("OrderEventKind", "Cancelled")},
    {OrderEventKind::Refunded, "refunded", QT_TRANSLATE_NOOP("OrderEventKind", "Refund")},
    {OrderEventKind::ChannelStatus, "channel_status", QT_TRANSLATE_NOOP("OrderEventKind", "Status at the channel")},
    {OrderEventKind::Note, "note", QT_TRANSLATE_NOOP("OrderEventKind", "Note")},
};

struct StateInfo
{
    OrderState state;
    const char *key;
    const char *title;
};
const StateInfo kStates[] = {
    {OrderState::New, "new", QT_TRANSLATE_NOOP("OrderState", "New")},
    {OrderState::Accepted, "accepted", QT_TRANSLATE_NOOP("OrderState", "Accepted, to contact")},
    {OrderState::Contacted, "contacted", QT_TRANSLATE_NOOP("OrderState", "Contacted, to confirm")},
    {OrderState::Confirmed, "confirmed", QT_TRANSLATE_NOOP("OrderState", "Confirmed, to hand over")},
    {OrderState::HandedOver, "handed_over", QT_TRANSLATE_NOOP("OrderState", "With operations")},
    {OrderState::Packed, "packed", QT_TRANSLATE_NOOP("OrderState", "Packed")},
    {OrderState::Shipped, "shipped", QT_TRANSLATE_NOOP("OrderState", "Shipped")},
    {OrderState::Delivered, "delivered", QT_TRANSLATE_NOOP("OrderState", "Delivered")},
    {OrderState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("OrderState", "Cancelled")},
};
} // namespace

QString orderEventKindKey(OrderEventKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<OrderEventKind> orderEventKindFromKey(const QString &key)
{
    for (const KindInfo &k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString orderEventKindTitle(OrderEventKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("OrderEventKind", k.title);
    return {};
}

QList<OrderEventKind> allOrderEventKinds()
{
    QList<OrderEventKind> list;
    for (const KindInfo &k : kKinds)
        list.append(k.kind);
    return list;
}

QString orderStateKey(OrderState state)
{
    for (const StateInfo &s : kStates)
        if (s.state == state)
            return QString::fromLatin1(s.key);
    return {};
}

std::optional<OrderState> orderStateFromKey(const QString &key)
{
    for (const StateInfo &s : kStates)
        if (key == QLatin1String(s.key))
            return s.state;
    return std::nullopt;
}

QString orderStateTitle(OrderState state)
{
    for (const StateInfo &s : kStates)
        if (s.state == state)
            return QCoreApplication::translate("OrderState", s.title);
    return {};
}

namespace {
// The channels known by name; any other is shown as its key.
const std::pair<QLatin1String, const char *> kChannelTitles[] = {
    {QLatin1String("taobao"), QT_TRANSLATE_NOOP("OrderChannel", "Taobao/Tmall")},
    {QLatin1String("tmall"), QT_TRANSLATE_NOOP("OrderChannel", "Tmall")},
    {QLatin1String("jd"), QT_TRANSLATE_NOOP("OrderChannel", "JD")},
    {QLatin1String("pdd"), QT_TRANSLATE_NOOP("OrderChannel", "Pinduoduo")},
    {QLatin1String("pinduoduo"), QT_TRANSLATE_NOOP("OrderChannel", "Pinduoduo")},
    {QLatin1String("douyin"), QT_TRANSLATE_NOOP("OrderChannel", "Douyin")},
    {QLatin1String("web"), QT_TRANSLATE_NOOP("OrderChannel", "Own web shop")},
    {QLatin1String("shopify"), QT_TRANSLATE_NOOP("OrderChannel", "Shopify")},
    {QLatin1String("woocommerce"), QT_TRANSLATE_NOOP("OrderChannel", "WooCommerce")},
};
} // namespace

QString orderChannelTitle(const QString &channel)
{
    for (const auto &[key, title] : kChannelTitles)
        if (channel == key)
            return QCoreApplication::translate("OrderChannel", title);
    return channel;
}

QString orderChannelKey(const QString &name)
{
    const QString typed = name.trimmed();
    for (const auto &[key, title] : kChannelTitles)
        if (typed.compare(QCoreApplication::translate("OrderChannel", title), Qt::CaseInsensitive) == 0
            || typed.compare(QLatin1String(title), Qt::CaseInsensitive) == 0)
            return key;
    return typed.toLower();
}

QString OrderRules::problem(const Order &o)
{
    if (o.channel.trimmed().isEmpty() || o.number.trimmed().isEmpty())
        return QCoreApplication::translate("OrderRules", "An order needs its channel and its order number.");
    if (o.currency.size() != 3)
        return QCoreApplication::translate("OrderRules", "An order needs its currency (CNY, USD ...).");
    if (!o.createdAt.isValid())
        return QCoreApplication::translate("OrderRules", "An order needs the time it was created.");
    if (o.lines.isEmpty())
        return QCoreApplication::translate("OrderRules", "An order needs at least one line.");
    qint64 goods = 0;
    for (const OrderLine &l : o.lines) {
        if (l.quantity <= 0 || l.unitPriceMinor < 0 || l.discountMinor < 0)
            return QCoreApplication::translate(
                "OrderRules", "A line's quantity must be more than zero and its price and discount not negative.");
        goods += l.amountMinor();
    }
    if (o.shippingMinor < 0 || o.discountMinor < 0)
        return QCoreApplication::translate("OrderRules", "The shipping and the discount cannot be negative.");
    if (goods != o.goodsMinor)
        return QCoreApplication::translate("OrderRules", "The lines add up to %1, not the %2 the order says.")
            .arg(goods)
            .arg(o.goodsMinor);
    if (o.goodsMinor + o.shippingMinor - o.discountMinor != o.totalMinor)
        return QCoreApplication::translate("OrderRules",
                                           "The total %1 is not the goods %2 and shipping %3 less the discount %4.")
            .arg(o.totalMinor)
            .arg(o.goodsMinor)
            .arg(o.shippingMinor)
            .arg(o.discountMinor);
    return {};
}

std::optional<OrderState> OrderRules::after(OrderState state, OrderEventKind event, QString *why)
{
    auto refuse = [&]() -> std::optional<OrderState> {
        if (why)
            *why = QCoreApplication::translate("OrderRules", "%1 cannot follow \"%2\".")
                       .arg(orderEventKindTitle(event), orderStateTitle(state));
        return std::nullopt;
    };
    using S = OrderState;
    auto from = [&](std::initializer_list<S> allowed, S next) -> std::optional<OrderState> {
        for (S s : allowed)
            if (s == state)
                return next;
        return refuse();
    };
    switch (event) {
    case OrderEventKind::Accepted: return from({S::New}, S::Accepted);
    case OrderEventKind::Contacted: return from({S::Accepted, S::Contacted}, S::Contacted);
    case OrderEventKind::Confirmed: return from({S::Accepted, S::Contacted}, S::Confirmed);
    case OrderEventKind::HandedOver: return from({S::Confirmed}, S::HandedOver);
    case OrderEventKind::Packed: return from({S::HandedOver}, S::Packed);
    case OrderEventKind::Shipped: return from({S::HandedOver, S::Packed}, S::Shipped);
    case OrderEventKind::Delivered: return from({S::Shipped}, S::Delivered);
    case OrderEventKind::Cancelled:
        return from({S::New, S::Accepted, S::Contacted, S::Confirmed, S::HandedOver, S::Packed}, S::Cancelled);
    case OrderEventKind::Refunded:
        if (state == S::New)
            return refuse();
        return state;
    case OrderEventKind::ChannelStatus:
    case OrderEventKind::Note: return state;
    }
    return refuse();
}

QDateTime OrderRules::deadline(const Order &o)
{
    if (o.state == OrderState::Accepted && o.acceptedAt.isValid())
        return o.acceptedAt.addSecs(kContactSeconds); // RULE ORD-02
    if (o.state == OrderState::Confirmed && o.confirmedAt.isValid())
        return o.confirmedAt.addSecs(kHandOverSeconds); // RULE ORD-03
    return {};
}

std::optional<qint64> OrderRules::secondsLeft(const Order &o, const QDateTime &now)
{
    const QDateTime due = deadline(o);
    if (!due.isValid())
        return std::nullopt;
    return now.secsTo(due);
}

QString OrderRules::amountText(qint64 minor, const QString &currency)
{
    const Money amount = Money::fromFen(minor); // two decimals, as every currency the shop sells in
    return currency == u"CNY" ? amount.toString() : QStringLiteral("%1 %2").arg(currency, amount.toPlainString());
}

bool OrderRules::nearDeadline(const Order &o, const QDateTime &now)
{
    const auto left = secondsLeft(o, now);
    if (!left)
        return false;
    return *left <= (o.state == OrderState::Accepted ? kContactWarningSeconds : kHandOverWarningSeconds);
}

QString OrderRules::timeLeftText(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 hours = s / 3600, minutes = (s % 3600 + 59) / 60;
    const QString span = hours > 0
        ? QCoreApplication::translate("OrderRules", "%1 h %2 min").arg(hours).arg(minutes == 60 ? 59 : minutes)
        : QCoreApplication::translate("OrderRules", "%1 min").arg(minutes);
    return seconds < 0 ? QCoreApplication::translate("OrderRules", "%1 overdue").arg(span)
                       : QCoreApplication::translate("OrderRules", "%1 left").arg(span);
}

} // namespace shopdesk
