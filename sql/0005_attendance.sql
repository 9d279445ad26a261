-- Attendance (issue 4; RULES ATT-01..13, ABS-01/02, HOL-01/02, DUTY-01).

-- RULE ATT-01: shift definitions are data; the three of the rules are seeded.
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('administrative', 'main_duty', 'support_duty', 'other')),
    segments TEXT NOT NULL,                       -- "08:00-11:00,14:00-17:00"
    rest_next_day INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO shifts (name, kind, segments, rest_next_day) VALUES
    ('行政班', 'administrative', '08:00-11:00,14:00-17:00', 0),
    ('主班', 'main_duty', '07:30-11:30,15:00-22:00', 1),
    ('配班', 'support_duty', '07:30-17:00', 0);

-- Each employee's default shift; none means the administrative shift.
ALTER TABLE employees ADD COLUMN shift_id INTEGER REFERENCES shifts(id);

-- RULE ATT-02, DUTY-01: one main and one support person a day; support cleans the office.
CREATE TABLE duty_roster (
    day TEXT PRIMARY KEY,
    main_employee_id INTEGER NOT NULL REFERENCES employees(id),
    support_employee_id INTEGER NOT NULL REFERENCES employees(id),
    version INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
-- After a month is published, a swap needs approval (APR).
CREATE TABLE duty_months (
    month TEXT PRIMARY KEY,
    published_at TEXT NOT NULL,
    published_by_user_id INTEGER NOT NULL REFERENCES users(id)
) WITHOUT ROWID;

CREATE TABLE punch_imports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by_user_id INTEGER NOT NULL REFERENCES users(id),
    rows_read INTEGER NOT NULL,
    added INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    unmatched INTEGER NOT NULL,
    bad_rows INTEGER NOT NULL
);

-- The hot table (ARCHITECTURE speed notes): integer keys, WITHOUT ROWID, (employee, time) as
-- the key, so an import is idempotent and a month's punches are one range scan. `at` is the
-- company's wall-clock time in seconds since 1970-01-01 00:00. No foreign key: an import checks
-- the employees it maps to, and a per-row lookup would double its time.
CREATE TABLE punches (
    employee_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    device INTEGER NOT NULL DEFAULT 0,
    import_id INTEGER,                            -- NULL for a make-up punch
    make_up_request_id INTEGER,                   -- RULE ATT-12: stays marked everywhere
    PRIMARY KEY (employee_id, at)
) WITHOUT ROWID;

-- Punches of a PIN (or DingTalk staff number) no employee has yet: kept, so that they count
-- once the PIN is given to someone.
CREATE TABLE unmatched_punches (
    key_kind TEXT NOT NULL CHECK (key_kind IN ('pin', 'staff_no')),
    person_key TEXT NOT NULL,
    at INTEGER NOT NULL,
    device INTEGER NOT NULL DEFAULT 0,
    import_id INTEGER NOT NULL REFERENCES punch_imports(id),
    name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key_kind, person_key, at)
) WITHOUT ROWID;

-- Approved time the rules engine reads: leave, out-of-office, comp time off, overtime. Issue 5
-- files these through approvals (request_id); until then they are entered here directly.
CREATE TABLE time_filings (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    kind TEXT NOT NULL CHECK (kind IN ('personal_leave', 'sick_leave', 'marriage_leave',
        'bereavement_leave', 'comp_time', 'out_on_business', 'overtime')),
    from_at TEXT NOT NULL,                        -- YYYY-MM-DD HH:MM, wall clock
    to_at TEXT NOT NULL,
    request_id INTEGER REFERENCES approval_requests(id),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX time_filings_employee ON time_filings(employee_id, from_at);

-- RULE ATT-09, ABS-01 (e): what a clerk records.
CREATE TABLE attendance_findings (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    day TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('proxy_punch', 'refused_reassignment')),
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX attendance_findings_employee ON attendance_findings(employee_id, day);

-- RULE ATT-12: make-up punch requests; approved ones become punches.
CREATE TABLE make_up_punches (
    request_id INTEGER PRIMARY KEY REFERENCES approval_requests(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    at INTEGER NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX make_up_punches_employee ON make_up_punches(employee_id, at);

-- What a confirmed month left for the months after it (ABS-02 counts absence over the year,
-- ATT-06 public notices over months in a row), stored when HR confirms it (ATT-11), so that a
-- later month reads these instead of judging the year again.
CREATE TABLE attendance_month_totals (
    month TEXT NOT NULL,                          -- YYYY-MM
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    absent_days REAL NOT NULL,
    public_notice INTEGER NOT NULL,
    last_day_fully_absent INTEGER NOT NULL,
    PRIMARY KEY (month, employee_id)
) WITHOUT ROWID;
