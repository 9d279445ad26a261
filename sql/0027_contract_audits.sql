-- RULE CON-02: the half-yearly check of an archive against the records: a session lists every
-- contract kept there; each is marked present, missing or damaged; a missing or damaged one
-- needs an investigation note and a person held responsible before the session closes. A closed
-- session is a permanent record.
CREATE TABLE contract_audits (
    id INTEGER PRIMARY KEY,
    archive_id INTEGER NOT NULL REFERENCES contract_archives(id),
    started_on TEXT NOT NULL,
    started_by_user_id INTEGER NOT NULL REFERENCES users(id),
    closed_on TEXT,
    closed_by_user_id INTEGER REFERENCES users(id)
);
-- One open session per archive.
CREATE UNIQUE INDEX contract_audits_one_open ON contract_audits(archive_id) WHERE closed_on IS NULL;
CREATE TRIGGER contract_audits_closed_stay BEFORE UPDATE ON contract_audits
WHEN OLD.closed_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a closed audit is a permanent record');
END;
CREATE TRIGGER contract_audits_no_delete BEFORE DELETE ON contract_audits
BEGIN
    SELECT RAISE(ABORT, 'an audit is never removed');
END;

CREATE TABLE contract_audit_marks (
    audit_id INTEGER NOT NULL REFERENCES contract_audits(id),
    contract_id INTEGER NOT NULL REFERENCES contracts(id),
    mark TEXT NOT NULL CHECK (mark IN ('present', 'missing', 'damaged')),
    note TEXT NOT NULL DEFAULT '',
    responsible_employee_id INTEGER REFERENCES employees(id),
    marked_by_user_id INTEGER NOT NULL REFERENCES users(id),
    marked_at TEXT NOT NULL,
    PRIMARY KEY (audit_id, contract_id)
);
CREATE TRIGGER contract_audit_marks_closed_add BEFORE INSERT ON contract_audit_marks
WHEN (SELECT closed_on FROM contract_audits WHERE id = NEW.audit_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a closed audit is a permanent record');
END;
CREATE TRIGGER contract_audit_marks_closed_change BEFORE UPDATE ON contract_audit_marks
WHEN (SELECT closed_on FROM contract_audits WHERE id = OLD.audit_id) IS NOT NULL
    OR (SELECT closed_on FROM contract_audits WHERE id = NEW.audit_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a closed audit is a permanent record');
END;
CREATE TRIGGER contract_audit_marks_no_delete BEFORE DELETE ON contract_audit_marks
BEGIN
    SELECT RAISE(ABORT, 'an audit mark is never removed');
END;
