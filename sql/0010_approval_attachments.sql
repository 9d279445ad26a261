-- Files attached to a request (APR; LEAVE-02's hospital certificate), kept in the database so
-- that every PC opens them and a backup holds them. At most 10 MB each (checked on submission).
CREATE TABLE approval_attachments (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES approval_requests(id),
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX approval_attachments_request ON approval_attachments(request_id);
