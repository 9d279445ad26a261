-- Issue 18, RULES WEB-01..05: what goes on the company's web pages, and what went wrong there.
-- A publication is asked for through the approvals engine (its route follows WEB-01 and WEB-03);
-- its stage and its 48-hour clock (WEB-02) come from the approval's state and decision time.
CREATE TABLE web_publications (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('news', 'product', 'home_page')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    requested_by_user_id INTEGER NOT NULL REFERENCES users(id),
    requested_at TEXT NOT NULL,
    approval_id INTEGER REFERENCES approval_requests(id),
    published_at TEXT,
    published_by_user_id INTEGER REFERENCES users(id),
    published_url TEXT NOT NULL DEFAULT ''
);
CREATE INDEX web_publications_open ON web_publications(published_at, requested_at);

-- RULE WEB-04: each file checked against its kind's limit when attached; kept here so that every
-- PC opens it and a backup holds it.
CREATE TABLE web_publication_files (
    id INTEGER PRIMARY KEY,
    publication_id INTEGER NOT NULL REFERENCES web_publications(id),
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('picture', 'video', 'document')),
    size INTEGER NOT NULL CHECK (size > 0 AND size <= CASE kind WHEN 'picture' THEN 512000
                                                              WHEN 'video' THEN 31457280 ELSE 1048576 END),
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL
);
CREATE INDEX web_publication_files_publication ON web_publication_files(publication_id);

-- RULE WEB-05: a virus, an intrusion or an outage is reported to the partner company; the log
-- says when it happened, what, when and by whom it was reported, and how it was resolved.
CREATE TABLE security_incidents (
    id INTEGER PRIMARY KEY,
    happened_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('virus', 'intrusion', 'outage', 'other')),
    what_happened TEXT NOT NULL CHECK (length(trim(what_happened)) > 0),
    reported_at TEXT,
    reported_by TEXT NOT NULL DEFAULT '',
    partner_contact TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    recorded_by_user_id INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX security_incidents_happened ON security_incidents(happened_at);
