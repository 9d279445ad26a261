-- PostgreSQL's twin of sql/0023 (issue 20): "now" as to_char(now() ...) and today as the
-- server's current_date where SQLite has strftime(..., 'now') and date('now', 'localtime').
-- RULE FIN-06: the operations budget sheet (计调预算单) item by item (coach, hotel, meals,
-- tickets); its total, the most the guide may be lent, is their sum instead of one typed figure.
CREATE TABLE group_budget_lines (
    id INTEGER PRIMARY KEY,
    group_account_id INTEGER NOT NULL REFERENCES group_accounts(id),
    item TEXT NOT NULL CHECK (length(trim(item)) > 0),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    added_by_user_id INTEGER NOT NULL REFERENCES users(id),
    added_at TEXT NOT NULL
);
CREATE INDEX group_budget_lines_account ON group_budget_lines(group_account_id);
-- A sheet typed as one figure before this version becomes its one line. The column stays (a
-- migration only adds: an older program still reads it) but is no longer written.
INSERT INTO group_budget_lines(group_account_id, item, amount_fen, added_by_user_id, added_at)
SELECT id, '计调预算单', budget_sheet_fen, created_by_user_id, created_at
FROM group_accounts WHERE budget_sheet_fen > 0;
-- A settled account's sheet is history.
CREATE TRIGGER group_budget_lines_settled_add BEFORE INSERT ON group_budget_lines
WHEN (SELECT settled_at FROM group_accounts WHERE id = NEW.group_account_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a settled group account is never changed');
END;
CREATE TRIGGER group_budget_lines_settled_remove BEFORE DELETE ON group_budget_lines
WHEN (SELECT settled_at FROM group_accounts WHERE id = OLD.group_account_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a settled group account is never changed');
END;
CREATE TRIGGER group_budget_lines_no_change BEFORE UPDATE ON group_budget_lines
BEGIN
    SELECT RAISE(ABORT, 'a budget line is added or removed, never changed');
END;

-- RULE FIN-07, FIN-11: the day a group actually left, recorded by finance from the day's
-- departures; refused below what it must have paid unless the general manager allowed it. From
-- then on its traveller list is what travelled. Recorded once, never changed.
CREATE TABLE group_departures (
    group_account_id INTEGER PRIMARY KEY REFERENCES group_accounts(id),
    departed_on TEXT NOT NULL,
    received_fen INTEGER NOT NULL, -- what the group had paid when it left
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE TRIGGER group_departures_no_change BEFORE UPDATE ON group_departures
BEGIN
    SELECT RAISE(ABORT, 'a departure is never changed');
END;
CREATE TRIGGER group_departures_no_delete BEFORE DELETE ON group_departures
BEGIN
    SELECT RAISE(ABORT, 'a departure is never removed');
END;
-- Groups whose day had come before this version (the list then closed on that day) left on it,
-- with what they had paid by then.
INSERT INTO group_departures(group_account_id, departed_on, received_fen, recorded_by_user_id, recorded_at)
SELECT g.id, g.departure_on,
       (SELECT coalesce(sum(r.amount_fen), 0) FROM group_receipts r
        WHERE r.group_account_id = g.id AND r.received_on <= g.departure_on),
       g.created_by_user_id, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
FROM group_accounts g WHERE g.settled_at IS NOT NULL OR g.departure_on <= CAST(current_date AS TEXT);
