-- Issue 18, RULES CS-01..04: customer service.

-- RULE CS-01: who may be put on each duty (working days' chat, the weekend rotation, the 400
-- hotline's duty managers), in the order they rotate; the chat hours are settings
-- (service.chat_from, service.chat_to).
CREATE TABLE service_pools (
    pool TEXT NOT NULL CHECK (pool IN ('chat', 'weekend', 'hotline')),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (pool, employee_id)
) WITHOUT ROWID;

-- RULE CS-01: each day's chat person and the duty manager holding the hotline from that evening
-- to the next morning.
CREATE TABLE service_roster (
    day TEXT NOT NULL,
    duty TEXT NOT NULL CHECK (duty IN ('chat', 'hotline')),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    rest_day INTEGER NOT NULL DEFAULT 0 CHECK (rest_day IN (0, 1)),
    PRIMARY KEY (day, duty)
) WITHOUT ROWID;

-- RULE CS-02: what customers said, linked to the customer and, when there is one, the order.
CREATE TABLE customer_feedback (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'chat', 'email', 'review', 'other')),
    kind TEXT NOT NULL CHECK (kind IN ('question', 'complaint', 'praise', 'return')),
    customer TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    order_id INTEGER REFERENCES orders(id),
    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
    outcome TEXT NOT NULL DEFAULT '',
    resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    agent_user_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX customer_feedback_at ON customer_feedback(at);
CREATE INDEX customer_feedback_phone ON customer_feedback(phone);

-- RULE CS-03: a bad customer, proposed by an agent with the evidence, confirmed or rejected by
-- the service supervisor; a confirmed flag shows on that customer's later orders (by the buyer's
-- account or phone).
CREATE TABLE customer_flags (
    id INTEGER PRIMARY KEY,
    customer TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    order_id INTEGER REFERENCES orders(id),
    evidence TEXT NOT NULL CHECK (length(trim(evidence)) > 0),
    proposed_by_user_id INTEGER NOT NULL REFERENCES users(id),
    proposed_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'confirmed', 'rejected')),
    decided_by_user_id INTEGER REFERENCES users(id),
    decided_at TEXT,
    decision_note TEXT NOT NULL DEFAULT '',
    CHECK (length(trim(customer)) > 0 OR length(trim(phone)) > 0)
);
CREATE INDEX customer_flags_customer ON customer_flags(customer);
CREATE INDEX customer_flags_phone ON customer_flags(phone);
