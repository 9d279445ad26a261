-- Several PCs on one file (issue 6): who is connected, and the checks and backups they share.

-- RULE DB-06 / restore: each running program keeps a heartbeat row; rows not refreshed for two
-- minutes are stale (the program crashed or the PC lost the drive).
CREATE TABLE presence (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    username TEXT NOT NULL,
    pc_name TEXT NOT NULL,
    program_version TEXT NOT NULL,
    since TEXT NOT NULL,
    last_seen TEXT NOT NULL
);

-- A counter for the reliability suite's contention test and any later sequence numbers
-- (contract numbers, voucher numbers) that several PCs draw from at once.
CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL DEFAULT 0
);
