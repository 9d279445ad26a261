-- Period locks, late changes and the holiday calendar (ARCHITECTURE: core owns the meeting point). HR confirms an
-- attendance month; finance closes a month for money entries. A change allowed after
-- confirmation (LEAVE-04, ATT-12) is recorded here, flagged on the report and carried into the
-- next period's payroll lines.

CREATE TABLE period_locks (
    kind TEXT NOT NULL,               -- 'attendance', 'finance'
    month TEXT NOT NULL,              -- YYYY-MM
    locked_at TEXT NOT NULL,
    locked_by_user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (kind, month)
) WITHOUT ROWID;

CREATE TABLE period_late_changes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    month TEXT NOT NULL,
    employee_id INTEGER REFERENCES employees(id),
    what TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by_user_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX period_late_changes_month ON period_late_changes(kind, month);

-- RULE HOL-01: the national calendar ships with the program; a year an administrator imported
-- or edited is kept here whole and replaces the shipped one.
CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY,
    source TEXT NOT NULL,                         -- file name, or 'edited'
    changed_at TEXT NOT NULL
);
CREATE TABLE calendar_days (
    day TEXT PRIMARY KEY,                         -- YYYY-MM-DD
    type TEXT NOT NULL CHECK (type IN ('working', 'rest', 'makeup_working', 'in_lieu_rest', 'statutory')),
    name_zh TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
