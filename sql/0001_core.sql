-- Core: settings, organisation, users, audit trail (RULES DB-01, DB-03, DB-04, DB-06).
-- Migrations only add; data is never dropped. Dates are YYYY-MM-DD, instants UTC ISO-8601.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES departments(id),
    head_employee_id INTEGER REFERENCES employees(id),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    staff_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    department_id INTEGER REFERENCES departments(id),
    position_id INTEGER REFERENCES positions(id),
    supervisor_id INTEGER REFERENCES employees(id),
    clock_pin TEXT UNIQUE,
    phone TEXT NOT NULL DEFAULT '',
    hire_date TEXT,
    status TEXT NOT NULL DEFAULT 'regular'
        CHECK (status IN ('candidate', 'probation', 'regular', 'leaving', 'left')),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX employees_department ON employees(department_id);
CREATE INDEX employees_supervisor ON employees(supervisor_id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    employee_id INTEGER REFERENCES employees(id),
    level TEXT NOT NULL DEFAULT 'reader' CHECK (level IN ('reader', 'clerk', 'dbadmin')),
    disabled INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT NOT NULL,
    password_changed_on TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- RULE DB-03: the last passwords may not be reused.
CREATE TABLE password_history (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    password_hash TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX password_history_user ON password_history(user_id, id);

CREATE TABLE user_scopes (
    user_id INTEGER NOT NULL REFERENCES users(id),
    scope TEXT NOT NULL,
    PRIMARY KEY (user_id, scope)
) WITHOUT ROWID;

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

-- RULE DB-03: someone else worked under this user's name with the department head's consent;
-- the owner must change the password at the next login.
CREATE TABLE password_handovers (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    worked_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    consent_by TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);

-- The audit trail: a SHA-256 hash chain, append-only.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
