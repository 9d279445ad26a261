-- The shop's orders (issue 17; RULES ORD-01..05). RULE ORD-05: an order and its lines are never
-- updated or deleted once created; everything afterwards is an appended event. Where an order
-- stands is read from its events and kept beside it in order_progress, which the events' writer
-- keeps and anyone can rebuild from them.

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL CHECK (length(trim(channel)) > 0), -- taobao, shopify, web, jd ...
    number TEXT NOT NULL CHECK (length(trim(number)) > 0), -- the channel's order number
    customer TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL CHECK (length(currency) = 3), -- one currency per order, never mixed
    goods_minor INTEGER NOT NULL,
    shipping_minor INTEGER NOT NULL DEFAULT 0 CHECK (shipping_minor >= 0),
    discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    total_minor INTEGER NOT NULL CHECK (total_minor = goods_minor + shipping_minor - discount_minor),
    line_count INTEGER NOT NULL CHECK (line_count > 0), -- its lines, all written with it
    created_at TEXT NOT NULL, -- at the channel
    recorded_at TEXT NOT NULL,
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (channel, number)
);
CREATE INDEX orders_phone ON orders(phone);
CREATE INDEX orders_number ON orders(number);
CREATE INDEX orders_created ON orders(created_at, id);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    line_no INTEGER NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_sku ON order_lines(sku);

CREATE TABLE order_events (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    kind TEXT NOT NULL CHECK (kind IN ('accepted', 'contacted', 'confirmed', 'handed_over', 'packed', 'shipped',
                                       'delivered', 'cancelled', 'refunded', 'channel_status', 'note')),
    text TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL DEFAULT 0,
    by_user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL
);
CREATE INDEX order_events_order ON order_events(order_id, id);

CREATE TABLE order_progress (
    order_id INTEGER PRIMARY KEY REFERENCES orders(id),
    state TEXT NOT NULL,
    accepted_at TEXT,
    confirmed_at TEXT,
    due_at TEXT, -- the running ORD-02 or ORD-03 clock's end; NULL: none runs
    channel_status TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_progress_due ON order_progress(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX order_progress_state ON order_progress(state, order_id);

-- RULE ORD-05: never updated, never deleted; `verify` checks that these triggers are there.
CREATE TRIGGER orders_no_update BEFORE UPDATE ON orders
BEGIN
    SELECT RAISE(ABORT, 'an order is never changed once created (ORD-05)');
END;
CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
BEGIN
    SELECT RAISE(ABORT, 'an order is never removed (ORD-05)');
END;
CREATE TRIGGER order_lines_no_update BEFORE UPDATE ON order_lines
BEGIN
    SELECT RAISE(ABORT, 'an order is never changed once created (ORD-05)');
END;
CREATE TRIGGER order_lines_no_delete BEFORE DELETE ON order_lines
BEGIN
    SELECT RAISE(ABORT, 'an order is never removed (ORD-05)');
END;
-- A line belongs to its order as created: none is added later.
CREATE TRIGGER order_lines_with_their_order BEFORE INSERT ON order_lines
WHEN (SELECT count(*) FROM order_lines WHERE order_id = NEW.order_id)
    >= (SELECT line_count FROM orders WHERE id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'an order is never changed once created (ORD-05)');
END;
CREATE TRIGGER order_events_no_update BEFORE UPDATE ON order_events
BEGIN
    SELECT RAISE(ABORT, 'an order event is never changed (ORD-05)');
END;
CREATE TRIGGER order_events_no_delete BEFORE DELETE ON order_events
BEGIN
    SELECT RAISE(ABORT, 'an order event is never removed (ORD-05)');
END;
