-- Supplier invoices matched against the order and what arrived (issue 13; RULE SUP-04). A match,
-- or a difference the supervisor and the department manager approved, issues a payment voucher
-- (core's payment_vouchers, 0019).

CREATE TABLE supplier_invoices (
    id INTEGER PRIMARY KEY,
    purchase_order_id INTEGER NOT NULL REFERENCES purchase_orders(id),
    invoice_number TEXT NOT NULL CHECK (length(trim(invoice_number)) > 0),
    invoice_date TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('matched', 'difference_pending', 'difference_approved',
                                         'difference_rejected')),
    differences TEXT NOT NULL DEFAULT '',              -- what did not match, for the approvers
    approval_id INTEGER REFERENCES approval_requests(id),
    payment_voucher_id INTEGER REFERENCES payment_vouchers(id),
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (purchase_order_id, invoice_number)
);
CREATE INDEX supplier_invoices_state ON supplier_invoices(state, id);

CREATE TABLE supplier_invoice_lines (
    id INTEGER PRIMARY KEY,
    supplier_invoice_id INTEGER NOT NULL REFERENCES supplier_invoices(id),
    order_line_id INTEGER NOT NULL REFERENCES purchase_order_lines(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    UNIQUE (supplier_invoice_id, order_line_id)
);
CREATE INDEX supplier_invoice_lines_order_line ON supplier_invoice_lines(order_line_id);

-- What was invoiced is history: lines are never changed.
CREATE TRIGGER supplier_invoice_lines_no_update BEFORE UPDATE ON supplier_invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'invoice lines are never changed');
END;

CREATE TRIGGER supplier_invoice_lines_no_delete BEFORE DELETE ON supplier_invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'invoice lines are never changed');
END;
