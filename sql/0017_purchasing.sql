-- Purchasing of office supplies (issue 13; RULES SUP-01..03): a purchase request approved by
-- the supervising manager (APR) becomes one purchase order with the quotes considered; goods
-- arrive against the order's lines (partial deliveries allowed) and are booked in the stock
-- ledger with the order's number as reference.

CREATE TABLE purchase_requests (
    id INTEGER PRIMARY KEY,
    department_id INTEGER REFERENCES departments(id),
    requested_by_user_id INTEGER NOT NULL REFERENCES users(id),
    requested_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending_approval', 'approved', 'rejected', 'ordered')),
    approval_id INTEGER REFERENCES approval_requests(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX purchase_requests_state ON purchase_requests(state, id);

CREATE TABLE purchase_request_lines (
    id INTEGER PRIMARY KEY,
    purchase_request_id INTEGER NOT NULL REFERENCES purchase_requests(id),
    item_id INTEGER NOT NULL REFERENCES supply_items(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_fen INTEGER NOT NULL CHECK (unit_fen >= 0),   -- estimated
    UNIQUE (purchase_request_id, item_id)
);

CREATE TABLE purchase_orders (
    id INTEGER PRIMARY KEY,
    purchase_request_id INTEGER NOT NULL UNIQUE REFERENCES purchase_requests(id),
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    delivery_date TEXT NOT NULL,
    choice_reason TEXT NOT NULL DEFAULT '',            -- SUP-03: why not the cheapest quote
    state TEXT NOT NULL CHECK (state IN ('open', 'received')),
    ordered_by_user_id INTEGER NOT NULL REFERENCES users(id),
    ordered_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX purchase_orders_state ON purchase_orders(state, delivery_date);

CREATE TABLE purchase_order_lines (
    id INTEGER PRIMARY KEY,
    purchase_order_id INTEGER NOT NULL REFERENCES purchase_orders(id),
    item_id INTEGER NOT NULL REFERENCES supply_items(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_fen INTEGER NOT NULL CHECK (unit_fen >= 0),   -- agreed
    received_quantity INTEGER NOT NULL DEFAULT 0 CHECK (received_quantity BETWEEN 0 AND quantity),
    UNIQUE (purchase_order_id, item_id)
);

CREATE TABLE purchase_quotes (
    id INTEGER PRIMARY KEY,
    purchase_order_id INTEGER NOT NULL REFERENCES purchase_orders(id),
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
    UNIQUE (purchase_order_id, supplier_id)
);
