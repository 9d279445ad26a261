-- Office supplies (issue 13; RULES SUP-01..08): items by category, suppliers, and the stock
-- ledger. Stock on hand and its value are derived from the ledger: a trigger adds each appended
-- movement to its item in the same transaction, and the ledger itself is never edited (SUP-07).

CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE supply_items (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,                     -- the barcode on the shelf label
    name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (length(trim(category)) > 0), -- SUP-08
    unit TEXT NOT NULL,
    specification TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    reorder_point INTEGER NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    lead_time_days INTEGER NOT NULL DEFAULT 7 CHECK (lead_time_days >= 0),
    preferred_supplier_id INTEGER REFERENCES suppliers(id),
    on_hand INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0), -- the ledger's sum, never negative
    value_fen INTEGER NOT NULL DEFAULT 0,          -- the ledger's sum, at moving average cost
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX supply_items_category ON supply_items(category, name);

CREATE TABLE supply_movements (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES supply_items(id),
    kind TEXT NOT NULL CHECK (kind IN ('receipt', 'issue', 'return', 'local_purchase', 'adjustment')),
    quantity INTEGER NOT NULL CHECK (quantity <> 0), -- signed: + in, - out
    value_fen INTEGER NOT NULL,
    department_id INTEGER REFERENCES departments(id),
    by_user_id INTEGER NOT NULL REFERENCES users(id), -- SUP-08: who
    at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), -- SUP-08: why
    reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supply_movements_item ON supply_movements(item_id, id);
CREATE INDEX supply_movements_at ON supply_movements(at);
-- The consumption of the items at their reorder point (SUP-02), read from the index alone.
CREATE INDEX supply_movements_use ON supply_movements(item_id, at, kind, quantity);

CREATE TRIGGER supply_movements_book AFTER INSERT ON supply_movements
BEGIN
    UPDATE supply_items SET on_hand = on_hand + NEW.quantity, value_fen = value_fen + NEW.value_fen
    WHERE id = NEW.item_id;
END;

CREATE TRIGGER supply_movements_no_update BEFORE UPDATE ON supply_movements
BEGIN
    SELECT RAISE(ABORT, 'the stock ledger is append-only');
END;

CREATE TRIGGER supply_movements_no_delete BEFORE DELETE ON supply_movements
BEGIN
    SELECT RAISE(ABORT, 'the stock ledger is append-only');
END;
