-- Leave, out-of-office and overtime requests (issue 5; RULES LEAVE-01..07, ATT-07/08, OT-01/02,
-- HOL-02). The approvals engine holds the request; this is what it asks for, so that overlaps,
-- extensions and the medical period can be found. Approved ones become time_filings.
CREATE TABLE time_requests (
    request_id INTEGER PRIMARY KEY REFERENCES approval_requests(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    kind TEXT NOT NULL,                            -- personal, sick, ..., out_of_office, overtime
    from_at TEXT NOT NULL,                         -- YYYY-MM-DD HH:MM, wall clock
    to_at TEXT NOT NULL,
    days REAL NOT NULL DEFAULT 0,
    hours REAL NOT NULL DEFAULT 0,
    late_filing INTEGER NOT NULL DEFAULT 0,        -- RULE LEAVE-01
    extends_request_id INTEGER REFERENCES time_requests(request_id) -- RULE LEAVE-04
);
CREATE INDEX time_requests_employee ON time_requests(employee_id, from_at);

-- RULE OT-02: comp time earned by approved rest-day overtime and taken as comp time off.
-- A ledger: rows are only ever added.
CREATE TABLE comp_time_ledger (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    at TEXT NOT NULL,                              -- the day the hours were earned or taken
    hours REAL NOT NULL,                           -- positive earned, negative taken
    request_id INTEGER REFERENCES approval_requests(id),
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX comp_time_ledger_employee ON comp_time_ledger(employee_id, at);
CREATE TRIGGER comp_time_ledger_no_update BEFORE UPDATE ON comp_time_ledger
BEGIN
    SELECT RAISE(ABORT, 'the comp-time ledger is append-only');
END;
CREATE TRIGGER comp_time_ledger_no_delete BEFORE DELETE ON comp_time_ledger
BEGIN
    SELECT RAISE(ABORT, 'the comp-time ledger is append-only');
END;
