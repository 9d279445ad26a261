-- PostgreSQL's twin of sql/0011 (issue 20): a month's first second from the month's text with
-- extract(epoch ...) where SQLite has strftime('%s', ...); the rest as there.
-- Issue 11 (RULE ATT-12, ATT-10): a month HR confirmed takes no clock punches, whichever path
-- writes them (an import previewed before another PC confirmed, a script, a tool). The program
-- checks first and says why; these triggers are the last word. Make-up punches
-- (make_up_request_id) are the late filing the rules allow, flagged on the report, and stay
-- possible.
--
-- The confirmed months as ranges of wall-clock seconds, kept by period_locks' own triggers: a
-- range lookup by primary key costs an import of a million punches a fraction of what a date
-- conversion per row would (measured: strftime in the trigger more than doubled the insert time).
CREATE TABLE confirmed_attendance_months (
    from_at INTEGER PRIMARY KEY,       -- the month's first second, wall clock (WallClock.h)
    to_at INTEGER NOT NULL             -- the next month's first second
);

INSERT INTO confirmed_attendance_months(from_at, to_at)
    SELECT CAST(extract(epoch FROM CAST(month || '-01' AS timestamp)) AS INTEGER),
           CAST(extract(epoch FROM CAST(month || '-01' AS timestamp) + interval '1 month') AS INTEGER)
    FROM period_locks WHERE kind = 'attendance';

CREATE TRIGGER period_locks_confirm_attendance AFTER INSERT ON period_locks
WHEN NEW.kind = 'attendance'
BEGIN
    INSERT OR IGNORE INTO confirmed_attendance_months(from_at, to_at)
    VALUES (CAST(extract(epoch FROM CAST(NEW.month || '-01' AS timestamp)) AS INTEGER),
            CAST(extract(epoch FROM CAST(NEW.month || '-01' AS timestamp) + interval '1 month') AS INTEGER));
END;

CREATE TRIGGER period_locks_no_delete BEFORE DELETE ON period_locks
BEGIN
    SELECT RAISE(ABORT, 'a confirmed or closed month stays confirmed');
END;

CREATE TRIGGER confirmed_attendance_months_no_change BEFORE UPDATE ON confirmed_attendance_months
BEGIN
    SELECT RAISE(ABORT, 'confirmed months follow period_locks');
END;

CREATE TRIGGER confirmed_attendance_months_no_delete BEFORE DELETE ON confirmed_attendance_months
BEGIN
    SELECT RAISE(ABORT, 'confirmed months follow period_locks');
END;

CREATE TRIGGER punches_refuse_confirmed_month BEFORE INSERT ON punches
WHEN NEW.make_up_request_id IS NULL
 AND NEW.at < (SELECT to_at FROM confirmed_attendance_months WHERE from_at <= NEW.at ORDER BY from_at DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'attendance month confirmed: clock punches refused');
END;

-- An update may only mark a punch as a make-up punch; a delete is refused in a confirmed month.
CREATE TRIGGER punches_no_change_in_confirmed_month BEFORE UPDATE ON punches
WHEN (NEW.employee_id IS NOT OLD.employee_id OR NEW.at IS NOT OLD.at OR NEW.device IS NOT OLD.device
      OR NEW.import_id IS NOT OLD.import_id OR NEW.make_up_request_id IS NULL)
 AND (OLD.at < (SELECT to_at FROM confirmed_attendance_months WHERE from_at <= OLD.at ORDER BY from_at DESC LIMIT 1)
      OR NEW.at < (SELECT to_at FROM confirmed_attendance_months WHERE from_at <= NEW.at ORDER BY from_at DESC LIMIT 1))
BEGIN
    SELECT RAISE(ABORT, 'attendance month confirmed: clock punches refused');
END;

CREATE TRIGGER punches_no_delete_in_confirmed_month BEFORE DELETE ON punches
WHEN OLD.at < (SELECT to_at FROM confirmed_attendance_months WHERE from_at <= OLD.at ORDER BY from_at DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'attendance month confirmed: clock punches refused');
END;

CREATE TRIGGER unmatched_punches_refuse_confirmed_month BEFORE INSERT ON unmatched_punches
WHEN NEW.at < (SELECT to_at FROM confirmed_attendance_months WHERE from_at <= NEW.at ORDER BY from_at DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'attendance month confirmed: clock punches refused');
END;
