-- Issue 11 (1), RULES APR-02, APR-03, FIN-04: an approval given by phone is a control only when
-- the approver is chosen from the chart (the step's approver or their deputy in force, never
-- typed in), the person recording it has that right and is not the requester, and the approver
-- confirms or disputes it afterwards. A dispute is flagged to the general manager and audited.
ALTER TABLE approval_steps ADD COLUMN by_phone_user_id INTEGER REFERENCES users(id);
ALTER TABLE approval_steps ADD COLUMN phone_check TEXT CHECK (phone_check IN ('pending', 'confirmed', 'disputed'));
ALTER TABLE approval_steps ADD COLUMN phone_checked_at TEXT;
ALTER TABLE approval_steps ADD COLUMN phone_check_comment TEXT NOT NULL DEFAULT '';

-- Whom a request is about (the employee whose leave, punch or fine it is; a permission change's
-- user): like the requester, never the one who records a phone approval of it or is named in it.
ALTER TABLE approval_requests ADD COLUMN about_user_id INTEGER REFERENCES users(id);
ALTER TABLE approval_requests ADD COLUMN about_employee_id INTEGER REFERENCES employees(id);

-- Phone approvals recorded before named their approver in free text: nobody can confirm them,
-- so they stay listed as unconfirmed.
UPDATE approval_steps SET phone_check = 'pending' WHERE by_phone_name <> '';
CREATE INDEX approval_steps_phone_check ON approval_steps(phone_check, by_phone_user_id);

-- Recording phone approvals is a right of its own (the scope phone_approvals). By default the
-- office has it: the users who hold the HR role, as the administration office does HR here.
INSERT OR IGNORE INTO user_scopes(user_id, scope) SELECT user_id, 'phone_approvals' FROM user_roles WHERE role = 'hr';
