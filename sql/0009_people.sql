-- The employee archive (issue 5; RULES HR-01, HR-04, HR-02, DB-04).
-- HR-04: a special hire is assessed first. HR-01: verified by HR, who and when. HR-02: notice.
ALTER TABLE employees ADD COLUMN probation_end TEXT;
ALTER TABLE employees ADD COLUMN special_hire INTEGER NOT NULL DEFAULT 0;
ALTER TABLE employees ADD COLUMN verified_by_user_id INTEGER REFERENCES users(id);
ALTER TABLE employees ADD COLUMN verified_at TEXT;
ALTER TABLE employees ADD COLUMN notice_date TEXT;
ALTER TABLE employees ADD COLUMN last_day TEXT;
ALTER TABLE employees ADD COLUMN settlement TEXT NOT NULL DEFAULT ''
    CHECK (settlement IN ('', 'withheld', 'blocked', 'released'));

-- RULE DB-04: personal data apart, read only by HR, the person and their managers.
CREATE TABLE employee_personal (
    employee_id INTEGER PRIMARY KEY REFERENCES employees(id),
    id_card_no TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    emergency_contact TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT ''
);

-- RULE HR-04: special hires sit a written and a practical exam before probation.
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    written_score REAL NOT NULL,
    practical_score REAL NOT NULL,
    passed INTEGER NOT NULL,
    assessor TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX assessments_employee ON assessments(employee_id);

-- RULE HR-02: company property issued to a person, returned or written off when they leave.
CREATE TABLE issued_property (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    item TEXT NOT NULL,                             -- "laptop ThinkPad E14", "office key 3"
    kind TEXT NOT NULL CHECK (kind IN ('equipment', 'key', 'document', 'other')),
    issued_on TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'issued' CHECK (state IN ('issued', 'returned', 'written_off')),
    closed_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX issued_property_employee ON issued_property(employee_id, state);
