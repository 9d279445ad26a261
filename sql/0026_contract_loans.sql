-- RULE CON-05: a contract taken out of the archive: a copy (影印件, the department head signs) or,
-- as a special case, the original (the general manager signs); handed out and taken back by the
-- archive's custodian (CON-06). Its approval's state says whether it may go out.
CREATE TABLE contract_loans (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts(id),
    borrower_user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL CHECK (kind IN ('copy', 'original')),
    purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    due_on TEXT NOT NULL,
    approval_id INTEGER REFERENCES approval_requests(id),
    requested_at TEXT NOT NULL,
    lent_on TEXT,
    lent_by_user_id INTEGER REFERENCES users(id),
    returned_on TEXT,
    returned_by_user_id INTEGER REFERENCES users(id),
    CHECK (returned_on IS NULL OR lent_on IS NOT NULL)
);
CREATE INDEX contract_loans_contract ON contract_loans(contract_id);
CREATE INDEX contract_loans_open ON contract_loans(returned_on, due_on);
-- RULE CON-05: one original out at a time.
CREATE UNIQUE INDEX contract_loans_one_original_out ON contract_loans(contract_id)
WHERE kind = 'original' AND lent_on IS NOT NULL AND returned_on IS NULL;
CREATE TRIGGER contract_loans_history_stays BEFORE UPDATE OF contract_id, borrower_user_id, kind, purpose, due_on,
    requested_at ON contract_loans
BEGIN
    SELECT RAISE(ABORT, 'a loan request is never changed');
END;
-- Handed out, back, or signed: that stays.
CREATE TRIGGER contract_loans_steps_stay BEFORE UPDATE OF lent_on, returned_on, approval_id ON contract_loans
WHEN (OLD.lent_on IS NOT NULL AND NEW.lent_on IS NOT OLD.lent_on)
    OR (OLD.returned_on IS NOT NULL AND NEW.returned_on IS NOT OLD.returned_on)
    OR (OLD.approval_id IS NOT NULL AND NEW.approval_id IS NOT OLD.approval_id)
BEGIN
    SELECT RAISE(ABORT, 'a loan step is recorded once');
END;
CREATE TRIGGER contract_loans_no_delete BEFORE DELETE ON contract_loans
BEGIN
    SELECT RAISE(ABORT, 'a loan is never removed');
END;
