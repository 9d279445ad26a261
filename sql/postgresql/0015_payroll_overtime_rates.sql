-- Issue 11 (8), RULE HOL-02: the overtime rates are settings, so a payroll line's kind carries
-- the rate it was paid at ("overtime_175"), not only 150, 200 or 300. SQLite cannot change a
-- CHECK in place: the table is rebuilt with its rows, index and append-only triggers.
--
-- PostgreSQL's twin of sql/0015 (issue 20): PostgreSQL changes a CHECK in place, so the table,
-- its index and triggers stay; the rate is matched with a regular expression where SQLite has GLOB.
ALTER TABLE payroll_lines DROP CONSTRAINT payroll_lines_kind_check;
ALTER TABLE payroll_lines ADD CONSTRAINT payroll_lines_kind_check
    CHECK (kind IN ('unpaid_days', 'fine', 'adjustment', 'allowance') OR kind ~ '^overtime_[1-9][0-9]{2,3}$');
