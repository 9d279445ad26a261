-- Approvals (RULES APR-01..05): one engine for every "approved by" in the rules.

CREATE TABLE approval_requests (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    requester_user_id INTEGER NOT NULL REFERENCES users(id),
    subject_module TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    title TEXT NOT NULL,
    figures_json TEXT NOT NULL DEFAULT '{}',     -- what the routing needs: days, amount_fen, ...
    attachments_json TEXT NOT NULL DEFAULT '[]',
    payload_json TEXT NOT NULL DEFAULT '{}',     -- what the owning module applies when approved
    state TEXT NOT NULL CHECK (state IN ('draft', 'pending', 'approved', 'rejected', 'withdrawn')),
    created_at TEXT NOT NULL,
    decided_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX approval_requests_requester ON approval_requests(requester_user_id, state);
CREATE INDEX approval_requests_state ON approval_requests(state);

-- RULE APR-01: the chain is computed at submission and stored, so later changes to the
-- organisation chart do not rewrite history.
CREATE TABLE approval_steps (
    request_id INTEGER NOT NULL REFERENCES approval_requests(id),
    position INTEGER NOT NULL,
    approver_kind TEXT NOT NULL,                  -- direct_supervisor, department_head, ...
    approver_user_id INTEGER NOT NULL REFERENCES users(id),
    decision TEXT CHECK (decision IN ('approved', 'rejected')),
    decided_by_user_id INTEGER REFERENCES users(id), -- RULE APR-04: the deputy, when one decided
    decided_at TEXT,
    comment TEXT NOT NULL DEFAULT '',
    by_phone_name TEXT NOT NULL DEFAULT '',       -- RULE FIN-04: approved by phone, by whom
    PRIMARY KEY (request_id, position)
) WITHOUT ROWID;
CREATE INDEX approval_steps_approver ON approval_steps(approver_user_id, decision);

-- RULE APR-04: an approver away names a deputy for a period.
CREATE TABLE approval_deputies (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    deputy_user_id INTEGER NOT NULL REFERENCES users(id),
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX approval_deputies_deputy ON approval_deputies(deputy_user_id, from_date, to_date);
