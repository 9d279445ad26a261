-- Issue 11 (8), RULE HOL-02: the overtime rates are settings, so a payroll line's kind carries
-- the rate it was paid at ("overtime_175"), not only 150, 200 or 300. SQLite cannot change a
-- CHECK in place: the table is rebuilt with its rows, index and append-only triggers.
CREATE TABLE payroll_lines_rebuilt (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,                           -- YYYY-MM the line is paid in
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    kind TEXT NOT NULL CHECK (kind IN ('unpaid_days', 'fine', 'adjustment', 'allowance')
                              OR kind GLOB 'overtime_[1-9][0-9][0-9]' OR kind GLOB 'overtime_[1-9][0-9][0-9][0-9]'),
    quantity REAL NOT NULL DEFAULT 0,              -- days or hours
    amount_fen INTEGER NOT NULL DEFAULT 0,         -- fines, allowances
    source TEXT NOT NULL,                          -- 'attendance 2026-10', 'discipline 12', ...
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
INSERT INTO payroll_lines_rebuilt(id, month, employee_id, kind, quantity, amount_fen, source, note, created_at)
    SELECT id, month, employee_id, kind, quantity, amount_fen, source, note, created_at FROM payroll_lines;
DROP TRIGGER payroll_lines_no_update;
DROP TRIGGER payroll_lines_no_delete;
DROP TABLE payroll_lines;
ALTER TABLE payroll_lines_rebuilt RENAME TO payroll_lines;
CREATE INDEX payroll_lines_month ON payroll_lines(month, employee_id);
CREATE TRIGGER payroll_lines_no_update BEFORE UPDATE ON payroll_lines
BEGIN
    SELECT RAISE(ABORT, 'payroll lines are only added');
END;
CREATE TRIGGER payroll_lines_no_delete BEFORE DELETE ON payroll_lines
BEGIN
    SELECT RAISE(ABORT, 'payroll lines are only added');
END;
