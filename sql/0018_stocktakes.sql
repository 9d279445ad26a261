-- Stocktakes (issue 13; RULE SUP-07: the books match the stock). A count sheet freezes the
-- booked quantities of the items it covers; the counted quantities are entered, each
-- difference with its reason; the office head approves, and only then are the differences
-- booked in the stock ledger as adjustments.

CREATE TABLE stocktakes (
    id INTEGER PRIMARY KEY,
    category TEXT NOT NULL DEFAULT '',               -- '' : every category
    state TEXT NOT NULL CHECK (state IN ('counting', 'pending_approval', 'booked', 'rejected')),
    started_by_user_id INTEGER NOT NULL REFERENCES users(id),
    started_at TEXT NOT NULL,
    approval_id INTEGER REFERENCES approval_requests(id),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE stocktake_lines (
    id INTEGER PRIMARY KEY,
    stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id),
    item_id INTEGER NOT NULL REFERENCES supply_items(id),
    booked_quantity INTEGER NOT NULL,                 -- when the sheet was made, again with the count
    counted_quantity INTEGER CHECK (counted_quantity >= 0), -- NULL until counted
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (stocktake_id, item_id)
);
