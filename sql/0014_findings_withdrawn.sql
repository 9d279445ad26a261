-- Issue 11 (10), RULE ATT-09: a proxy-punch finding whose fine the department head rejects is
-- withdrawn (kept, marked), and the day is no longer an absence.
ALTER TABLE attendance_findings ADD COLUMN withdrawn_at TEXT;
ALTER TABLE attendance_findings ADD COLUMN other_employee_id INTEGER REFERENCES employees(id); -- ATT-09: the other party
