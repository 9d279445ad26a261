#pragma once

#include "domain/Order.h"

#include <QDate>
#include <QString>

#include <optional>

namespace shopdesk {

// What the order list asks for: an order number, a phone or a buyer's account (whole, or its
// start from seven characters on), a channel, a state, a SKU on one of its lines, the days it was created (China's
// days), and only the orders whose ORD-02 or ORD-03 clock is running.
struct OrderQuery
{
    // From this many characters on, the text is also the start of a number, phone or account;
    // shorter, it is matched whole (a few digits start too many of a million orders).
    static constexpr int kShortestStart = 7;
    QString text;
    QString channel;
    std::optional<OrderState> state;
    QString sku;
    QDate from, to; // invalid: open
    bool onlyRunningClocks = false;
    // RULE ORD-02/03: the orders whose clock runs come first, the nearest deadline (the overdue)
    // at the top; then the rest, the newest first.
    bool runningClocksFirst = false;
};

} // namespace shopdesk
