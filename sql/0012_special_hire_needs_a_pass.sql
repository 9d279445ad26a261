-- Issue 11 (11), RULE HR-04: a special hire starts probation, or becomes regular staff, only
-- after passing the assessment, whichever path writes the record (the form, an import, a tool).
-- The program checks first and says why; these triggers are the last word. A record already
-- past that point before this rule was enforced stays editable as long as its status and
-- special-hire mark do not change.
CREATE TRIGGER employees_special_hire_needs_a_pass_on_insert BEFORE INSERT ON employees
WHEN NEW.special_hire <> 0 AND NEW.status IN ('probation', 'regular')
BEGIN
    SELECT RAISE(ABORT, 'HR-04: a special hire starts probation only after passing the assessment');
END;

CREATE TRIGGER employees_special_hire_needs_a_pass BEFORE UPDATE ON employees
WHEN NEW.special_hire <> 0 AND NEW.status IN ('probation', 'regular')
 AND (OLD.status IS NOT NEW.status OR OLD.special_hire IS NOT NEW.special_hire)
 AND NOT EXISTS (SELECT 1 FROM assessments WHERE employee_id = NEW.id AND passed <> 0)
BEGIN
    SELECT RAISE(ABORT, 'HR-04: a special hire starts probation only after passing the assessment');
END;
