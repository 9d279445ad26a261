-- The disciplinary register (issue 5; RULES HR-03, ATT-06, ATT-09, ABS-02, OT-01, ABS-01 e).
-- Entries are recorded by HR, or proposed by the attendance engine (its fines and escalation
-- flags) for HR to confirm or waive with a reason. A fine needs the department head (APR).
CREATE TABLE discipline_entries (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    day TEXT NOT NULL,
    rule_id TEXT NOT NULL,                         -- HR-03a, ATT-05, ABS-02, ...
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'warning', 'public_notice', 'fine', 'dismissal_review')),
    amount_fen INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('recorded', 'attendance')),
    proposal_key TEXT UNIQUE,                      -- an attendance proposal, once per occurrence
    state TEXT NOT NULL CHECK (state IN ('proposed', 'pending_approval', 'confirmed', 'waived', 'rejected')),
    waive_reason TEXT NOT NULL DEFAULT '',
    request_id INTEGER REFERENCES approval_requests(id),
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX discipline_entries_employee ON discipline_entries(employee_id, day);
CREATE INDEX discipline_entries_day ON discipline_entries(day);
