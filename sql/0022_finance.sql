-- The finance area (issue 15; RULES FIN-01..11). Money is integer fen, dates YYYY-MM-DD, instants
-- UTC ISO-8601. Journals are only added to; a closed day or a closed month takes no new entry.

-- RULE FIN-02: the cash accountant's daily receipts and payments. Only added to: a mistake is
-- corrected by an entry the other way.
CREATE TABLE cash_entries (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,                                       -- YYYY-MM-DD
    direction TEXT NOT NULL CHECK (direction IN ('receipt', 'payment')),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    counterparty TEXT NOT NULL CHECK (length(trim(counterparty)) > 0),
    purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    category TEXT NOT NULL DEFAULT '',
    department_id INTEGER REFERENCES departments(id),
    source TEXT NOT NULL DEFAULT '',                         -- 'advance 3', 'reimbursement 2', '' typed in
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX cash_entries_day ON cash_entries(day, id);
CREATE TRIGGER cash_entries_no_update BEFORE UPDATE ON cash_entries
BEGIN
    SELECT RAISE(ABORT, 'the cash journal is only added to');
END;
CREATE TRIGGER cash_entries_no_delete BEFORE DELETE ON cash_entries
BEGIN
    SELECT RAISE(ABORT, 'the cash journal is only added to');
END;

-- RULE FIN-02: a day closed by the cash accountant with the cash counted, reviewed by the chief
-- accountant (never the same person). A closed day takes no entry.
CREATE TABLE cash_days (
    day TEXT PRIMARY KEY,
    opening_fen INTEGER NOT NULL,
    receipts_fen INTEGER NOT NULL,
    payments_fen INTEGER NOT NULL,
    counted_fen INTEGER NOT NULL CHECK (counted_fen >= 0),
    closed_by_user_id INTEGER NOT NULL REFERENCES users(id),
    closed_at TEXT NOT NULL,
    reviewed_by_user_id INTEGER REFERENCES users(id),
    reviewed_at TEXT,
    review_note TEXT NOT NULL DEFAULT '',
    CHECK (reviewed_by_user_id IS NULL OR reviewed_by_user_id <> closed_by_user_id)
) WITHOUT ROWID;
CREATE TRIGGER cash_days_closed_stay_closed BEFORE UPDATE ON cash_days
WHEN OLD.reviewed_at IS NOT NULL OR NEW.day <> OLD.day OR NEW.counted_fen <> OLD.counted_fen
    OR NEW.opening_fen <> OLD.opening_fen OR NEW.receipts_fen <> OLD.receipts_fen OR NEW.payments_fen <> OLD.payments_fen
BEGIN
    SELECT RAISE(ABORT, 'a closed cash day is only reviewed, never changed');
END;
CREATE TRIGGER cash_days_no_delete BEFORE DELETE ON cash_days
BEGIN
    SELECT RAISE(ABORT, 'a closed cash day is never removed');
END;
-- Each day opens with the count of the day before: nothing is entered on or before a closed day.
CREATE TRIGGER cash_entries_after_the_last_close BEFORE INSERT ON cash_entries
WHEN NEW.day <= (SELECT max(day) FROM cash_days)
BEGIN
    SELECT RAISE(ABORT, 'the cash journal is closed up to a later day');
END;

-- RULE FIN-04, FIN-09: an expense request, approved through the approvals engine (department
-- head and general manager), committed against its budget line (FIN-01).
CREATE TABLE expense_requests (
    id INTEGER PRIMARY KEY,
    requester_user_id INTEGER NOT NULL REFERENCES users(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    category TEXT NOT NULL CHECK (length(trim(category)) > 0),
    purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    business_expense INTEGER NOT NULL DEFAULT 0,             -- FIN-09: GM's approval before spending
    needed_on TEXT NOT NULL,                                 -- when the money is to be spent
    approval_id INTEGER REFERENCES approval_requests(id),
    created_at TEXT NOT NULL
);
CREATE INDEX expense_requests_requester ON expense_requests(requester_user_id, id);

-- RULE FIN-04: cash lent against an approved request, on a signed IOU (借条).
CREATE TABLE advances (
    id INTEGER PRIMARY KEY,
    expense_request_id INTEGER NOT NULL REFERENCES expense_requests(id),
    borrower_user_id INTEGER NOT NULL REFERENCES users(id),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    lent_on TEXT NOT NULL,
    iou_reference TEXT NOT NULL CHECK (length(trim(iou_reference)) > 0),
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX advances_request ON advances(expense_request_id);

-- RULE FIN-04: the reimbursement of an approved request with its invoices; it clears the request's
-- advances, and the difference is paid out (positive) or returned (negative). One per request.
CREATE TABLE reimbursements (
    id INTEGER PRIMARY KEY,
    expense_request_id INTEGER NOT NULL UNIQUE REFERENCES expense_requests(id),
    settled_on TEXT NOT NULL,
    invoices_fen INTEGER NOT NULL CHECK (invoices_fen > 0),
    advanced_fen INTEGER NOT NULL CHECK (advanced_fen >= 0),
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE TABLE reimbursement_invoices (
    reimbursement_id INTEGER NOT NULL REFERENCES reimbursements(id),
    line INTEGER NOT NULL,
    invoice_number TEXT NOT NULL CHECK (length(trim(invoice_number)) > 0),
    issued_on TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    file_name TEXT NOT NULL DEFAULT '',
    content BLOB,
    PRIMARY KEY (reimbursement_id, line)
) WITHOUT ROWID;
CREATE TRIGGER advances_no_change BEFORE UPDATE ON advances
BEGIN
    SELECT RAISE(ABORT, 'an advance is never changed');
END;
CREATE TRIGGER reimbursements_no_change BEFORE UPDATE ON reimbursements
BEGIN
    SELECT RAISE(ABORT, 'a reimbursement is never changed');
END;
CREATE TRIGGER advances_no_delete BEFORE DELETE ON advances
BEGIN
    SELECT RAISE(ABORT, 'an advance is never removed');
END;
CREATE TRIGGER reimbursements_no_delete BEFORE DELETE ON reimbursements
BEGIN
    SELECT RAISE(ABORT, 'a reimbursement is never removed');
END;
CREATE TRIGGER reimbursement_invoices_no_change BEFORE UPDATE ON reimbursement_invoices
BEGIN
    SELECT RAISE(ABORT, 'a reimbursed invoice is never changed');
END;
CREATE TRIGGER reimbursement_invoices_no_delete BEFORE DELETE ON reimbursement_invoices
BEGIN
    SELECT RAISE(ABORT, 'a reimbursed invoice is never removed');
END;

-- RULE FIN-10: allowance caps per position (the company's positions are its own words). A phone
-- cap of NULL pays the bill in full (the general manager); no row, no allowance.
CREATE TABLE allowance_rules (
    position TEXT PRIMARY KEY CHECK (length(trim(position)) > 0),
    phone_cap_fen INTEGER CHECK (phone_cap_fen IS NULL OR phone_cap_fen >= 0),
    meal_per_day_fen INTEGER NOT NULL DEFAULT 0 CHECK (meal_per_day_fen >= 0),
    meal_days INTEGER NOT NULL DEFAULT 0 CHECK (meal_days BETWEEN 0 AND 31),
    version INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
-- A month's phone bill per employee; entered again, the newer one counts until the sheet is posted.
CREATE TABLE allowance_bills (
    month TEXT NOT NULL,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    phone_bill_fen INTEGER NOT NULL CHECK (phone_bill_fen >= 0),
    entered_by_user_id INTEGER NOT NULL REFERENCES users(id),
    entered_at TEXT NOT NULL,
    PRIMARY KEY (month, employee_id)
) WITHOUT ROWID;
-- A posted sheet: its lines are payroll lines of kind 'allowance' (core's meeting point).
CREATE TABLE allowance_sheets (
    month TEXT PRIMARY KEY,
    total_fen INTEGER NOT NULL,
    posted_by_user_id INTEGER NOT NULL REFERENCES users(id),
    posted_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER allowance_bills_posted BEFORE INSERT ON allowance_bills
WHEN EXISTS (SELECT 1 FROM allowance_sheets WHERE month = NEW.month)
BEGIN
    SELECT RAISE(ABORT, 'the allowance sheet of this month is posted');
END;
CREATE TRIGGER allowance_bills_posted_update BEFORE UPDATE ON allowance_bills
WHEN EXISTS (SELECT 1 FROM allowance_sheets WHERE month = OLD.month)
BEGIN
    SELECT RAISE(ABORT, 'the allowance sheet of this month is posted');
END;

-- RULE FIN-03: a closed month reopened by the general manager, with the reason (the lock row goes;
-- this stays).
CREATE TABLE period_reopenings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    month TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    reopened_by_user_id INTEGER NOT NULL REFERENCES users(id),
    reopened_at TEXT NOT NULL
);

-- RULE FIN-03: a finance month's lock goes only after its reopening (with the reason) is
-- recorded; attendance months stay confirmed as before (0011).
DROP TRIGGER period_locks_no_delete;
CREATE TRIGGER period_locks_no_delete BEFORE DELETE ON period_locks
WHEN OLD.kind <> 'finance' OR NOT EXISTS (
    SELECT 1 FROM period_reopenings r WHERE r.kind = OLD.kind AND r.month = OLD.month AND r.reopened_at >= OLD.locked_at)
BEGIN
    SELECT RAISE(ABORT, 'a confirmed or closed month stays confirmed');
END;

-- RULE FIN-05..08, FIN-11: group accounts (a group, or any prepaid bulk customer contract).
CREATE TABLE group_accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('group', 'individual')),
    contract_value_fen INTEGER NOT NULL CHECK (contract_value_fen > 0),
    signed_on TEXT NOT NULL,
    departure_on TEXT NOT NULL,
    return_on TEXT NOT NULL,
    budget_sheet_fen INTEGER NOT NULL DEFAULT 0 CHECK (budget_sheet_fen >= 0),
    departure_override_by_user_id INTEGER REFERENCES users(id), -- FIN-07: the GM let it leave
    departure_override_reason TEXT NOT NULL DEFAULT '',
    settled_by_user_id INTEGER REFERENCES users(id),
    settled_at TEXT,
    created_by_user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (return_on >= departure_on)
);
CREATE INDEX group_accounts_departure ON group_accounts(departure_on);
-- FIN-05: what the group paid, booked as it arrives; only added to.
CREATE TABLE group_receipts (
    id INTEGER PRIMARY KEY,
    group_account_id INTEGER NOT NULL REFERENCES group_accounts(id),
    received_on TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    reference TEXT NOT NULL DEFAULT '',
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX group_receipts_account ON group_receipts(group_account_id);
-- FIN-06: lent to the group's guide within its budget sheet; the part the group has not paid
-- for yet waits for the general manager (approval_id) and counts only once approved.
CREATE TABLE group_advances (
    id INTEGER PRIMARY KEY,
    group_account_id INTEGER NOT NULL REFERENCES group_accounts(id),
    guide TEXT NOT NULL CHECK (length(trim(guide)) > 0),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    fronted_fen INTEGER NOT NULL DEFAULT 0 CHECK (fronted_fen >= 0),
    lent_on TEXT NOT NULL,
    approval_id INTEGER REFERENCES approval_requests(id),
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX group_advances_account ON group_advances(group_account_id);
-- FIN-08: the papers of the settlement, kept in the database.
CREATE TABLE group_documents (
    id INTEGER PRIMARY KEY,
    group_account_id INTEGER NOT NULL REFERENCES group_accounts(id),
    kind TEXT NOT NULL CHECK (kind IN ('contract', 'expense_confirmation', 'itemized_list')),
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    added_by_user_id INTEGER NOT NULL REFERENCES users(id),
    added_at TEXT NOT NULL
);
CREATE INDEX group_documents_account ON group_documents(group_account_id);
-- FIN-07: a receivable written off as a bad debt, charged to the person who caused it; only added.
CREATE TABLE group_write_offs (
    id INTEGER PRIMARY KEY,
    group_account_id INTEGER NOT NULL REFERENCES group_accounts(id),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    responsible_employee_id INTEGER NOT NULL REFERENCES employees(id),
    written_off_on TEXT NOT NULL,
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX group_write_offs_account ON group_write_offs(group_account_id);
CREATE TRIGGER group_write_offs_no_change BEFORE UPDATE ON group_write_offs
BEGIN
    SELECT RAISE(ABORT, 'a write-off is never changed');
END;
CREATE TRIGGER group_write_offs_no_delete BEFORE DELETE ON group_write_offs
BEGIN
    SELECT RAISE(ABORT, 'a write-off is never removed');
END;
CREATE TRIGGER group_advances_no_change BEFORE UPDATE OF group_account_id, guide, amount_fen, fronted_fen, lent_on ON group_advances
BEGIN
    SELECT RAISE(ABORT, 'a guide advance is never changed');
END;
CREATE TRIGGER group_advances_no_delete BEFORE DELETE ON group_advances
BEGIN
    SELECT RAISE(ABORT, 'a guide advance is never removed');
END;
CREATE TRIGGER group_documents_no_change BEFORE UPDATE ON group_documents
BEGIN
    SELECT RAISE(ABORT, 'a group paper is never changed');
END;
CREATE TRIGGER group_documents_no_delete BEFORE DELETE ON group_documents
BEGIN
    SELECT RAISE(ABORT, 'a group paper is never removed');
END;
CREATE TRIGGER group_receipts_no_change BEFORE UPDATE ON group_receipts
BEGIN
    SELECT RAISE(ABORT, 'group receipts are only added');
END;
CREATE TRIGGER group_receipts_no_delete BEFORE DELETE ON group_receipts
BEGIN
    SELECT RAISE(ABORT, 'group receipts are only added');
END;
CREATE TRIGGER group_accounts_settled BEFORE UPDATE ON group_accounts
WHEN OLD.settled_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a settled group account is never changed');
END;

-- RULE FIN-05: the travellers of a group (or the individual customer), as the contract lists them.
CREATE TABLE group_travellers (
    id INTEGER PRIMARY KEY,
    group_account_id INTEGER NOT NULL REFERENCES group_accounts(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phone TEXT NOT NULL DEFAULT '',
    added_by_user_id INTEGER NOT NULL REFERENCES users(id),
    added_at TEXT NOT NULL
);
CREATE INDEX group_travellers_account ON group_travellers(group_account_id);
