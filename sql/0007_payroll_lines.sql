-- Payroll lines (ARCHITECTURE: core owns the meeting point). hr adds unpaid days, fines and
-- overtime hours by rate when it confirms a month, and adjustments for changes made after
-- confirmation; finance adds allowances later. One export reads them all. Lines are only added.
CREATE TABLE payroll_lines (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,                           -- YYYY-MM the line is paid in
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    kind TEXT NOT NULL CHECK (kind IN ('unpaid_days', 'fine', 'overtime_150', 'overtime_200', 'overtime_300',
                                       'adjustment', 'allowance')),
    quantity REAL NOT NULL DEFAULT 0,              -- days or hours
    amount_fen INTEGER NOT NULL DEFAULT 0,         -- fines, allowances
    source TEXT NOT NULL,                          -- 'attendance 2026-10', 'discipline 12', ...
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX payroll_lines_month ON payroll_lines(month, employee_id);
CREATE TRIGGER payroll_lines_no_update BEFORE UPDATE ON payroll_lines
BEGIN
    SELECT RAISE(ABORT, 'payroll lines are only added');
END;
CREATE TRIGGER payroll_lines_no_delete BEFORE DELETE ON payroll_lines
BEGIN
    SELECT RAISE(ABORT, 'payroll lines are only added');
END;
