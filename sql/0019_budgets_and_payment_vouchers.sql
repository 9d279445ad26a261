-- Budget lines and payment vouchers: two of core's meeting points between areas
-- (ARCHITECTURE.md). Finance keeps the lines and pays the vouchers; supplies (and later other
-- areas) commit against the lines and issue the vouchers.

-- RULE FIN-01: a budget per year, department and category.
CREATE TABLE budget_lines (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    category TEXT NOT NULL CHECK (length(trim(category)) > 0),
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (year, department_id, category)
);

-- What a request commits against its line. A commitment counts while its approval is pending or
-- approved, so a rejected or withdrawn request frees its amount without a second write.
CREATE TABLE budget_commitments (
    id INTEGER PRIMARY KEY,
    budget_line_id INTEGER NOT NULL REFERENCES budget_lines(id),
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    source_module TEXT NOT NULL,
    source_id TEXT NOT NULL,
    approval_id INTEGER REFERENCES approval_requests(id),
    committed_at TEXT NOT NULL,
    committed_by_user_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX budget_commitments_line ON budget_commitments(budget_line_id);

CREATE TRIGGER budget_commitments_no_update BEFORE UPDATE ON budget_commitments
BEGIN
    SELECT RAISE(ABORT, 'budget commitments are append-only');
END;

CREATE TRIGGER budget_commitments_no_delete BEFORE DELETE ON budget_commitments
BEGIN
    SELECT RAISE(ABORT, 'budget commitments are append-only');
END;

-- RULE SUP-04: a voucher is issued by an area for something owed (a matched supplier invoice),
-- signed through the approvals engine, and paid by the cashier. One voucher per source.
CREATE TABLE payment_vouchers (
    id INTEGER PRIMARY KEY,
    source_module TEXT NOT NULL,
    source_id TEXT NOT NULL,
    payee TEXT NOT NULL CHECK (length(trim(payee)) > 0),
    purpose TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    department_id INTEGER REFERENCES departments(id),
    state TEXT NOT NULL CHECK (state IN ('pending_approval', 'approved', 'rejected', 'paid')),
    approval_id INTEGER REFERENCES approval_requests(id),
    issued_by_user_id INTEGER NOT NULL REFERENCES users(id),
    issued_at TEXT NOT NULL,
    paid_by_user_id INTEGER REFERENCES users(id),
    paid_at TEXT,
    payment_reference TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (source_module, source_id),
    CHECK ((state = 'paid') = (paid_at IS NOT NULL))
);
CREATE INDEX payment_vouchers_state ON payment_vouchers(state, id);

-- A paid voucher is history.
CREATE TRIGGER payment_vouchers_paid_stay_paid BEFORE UPDATE ON payment_vouchers
WHEN OLD.state = 'paid'
BEGIN
    SELECT RAISE(ABORT, 'a paid voucher is never changed');
END;

CREATE TRIGGER payment_vouchers_no_delete BEFORE DELETE ON payment_vouchers
BEGIN
    SELECT RAISE(ABORT, 'payment vouchers are never deleted');
END;
