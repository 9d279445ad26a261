#pragma once

#include "domain/Order.h"

#include <QString>

#include <optional>

namespace shopdesk {

// What the order list asks for: an order number or a phone (whole, or its start), a channel, a
// state, and only the orders whose ORD-02 or ORD-03 clock is running.
struct OrderQuery
{
    QString text;
    QString channel;
    std::optional<OrderState> state;
    bool onlyRunningClocks = false;
};

} // namespace shopdesk
