-- Departments and their supplies (issue 13; RULES SUP-05, SUP-06): each department names a
-- custodian; a department's requisition is signed by its custodian before the supplies office
-- fills it from stock; local purchases by a department are audited by the supplies office.

-- RULE SUP-06: one custodian per department.
CREATE TABLE supply_custodians (
    department_id INTEGER PRIMARY KEY REFERENCES departments(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    named_by_user_id INTEGER NOT NULL REFERENCES users(id),
    named_at TEXT NOT NULL
);

-- RULE SUP-05: a requisition (领用单).
CREATE TABLE supply_requisitions (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    requested_by_user_id INTEGER NOT NULL REFERENCES users(id),
    requested_at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    state TEXT NOT NULL CHECK (state IN ('awaiting_custodian', 'signed', 'filled')),
    signed_by_user_id INTEGER REFERENCES users(id),
    signed_at TEXT,
    filled_by_user_id INTEGER REFERENCES users(id),
    filled_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((state = 'awaiting_custodian') = (signed_at IS NULL)),
    CHECK ((state = 'filled') = (filled_at IS NOT NULL))
);
CREATE INDEX supply_requisitions_state ON supply_requisitions(state, id);

CREATE TABLE supply_requisition_lines (
    id INTEGER PRIMARY KEY,
    requisition_id INTEGER NOT NULL REFERENCES supply_requisitions(id),
    item_id INTEGER NOT NULL REFERENCES supply_items(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    issued_quantity INTEGER NOT NULL DEFAULT 0 CHECK (issued_quantity BETWEEN 0 AND quantity),
    UNIQUE (requisition_id, item_id)
);

-- RULE SUP-05: the supplies office's audit of a local purchase (its 'local_purchase' ledger
-- row). No review yet: pending; the newest review is the status. Reviews are appended.
CREATE TABLE local_purchase_reviews (
    id INTEGER PRIMARY KEY,
    movement_id INTEGER NOT NULL REFERENCES supply_movements(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'queried')),
    note TEXT NOT NULL DEFAULT '',
    reviewed_by_user_id INTEGER NOT NULL REFERENCES users(id),
    reviewed_at TEXT NOT NULL,
    CHECK (outcome = 'accepted' OR length(trim(note)) > 0)
);
CREATE INDEX local_purchase_reviews_movement ON local_purchase_reviews(movement_id, id);

CREATE TRIGGER local_purchase_reviews_no_update BEFORE UPDATE ON local_purchase_reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are appended, never changed');
END;

CREATE TRIGGER local_purchase_reviews_no_delete BEFORE DELETE ON local_purchase_reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are appended, never changed');
END;
