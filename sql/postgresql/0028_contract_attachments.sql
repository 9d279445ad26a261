-- PostgreSQL's twin of sql/0028 (issue 20): the pages' grams in a tsvector column with a GIN
-- index, where SQLite has an fts5 table; the rest as there.
-- RULE CON-01: the scans and documents of a contract, kept in the database so that every PC
-- opens them and a backup holds them. A new scan of a document is its next version; no version
-- is changed or removed. The size limit is the setting contracts.attachment_max_mb.
CREATE TABLE contract_attachments (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts(id),
    document TEXT NOT NULL CHECK (length(trim(document)) > 0),
    version INTEGER NOT NULL CHECK (version >= 1),
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pdf', 'image')),
    size INTEGER NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    added_by_user_id INTEGER NOT NULL REFERENCES users(id),
    added_at TEXT NOT NULL,
    -- RULE CON-04: whether its text has been read for search: pending, read, failed (text_note says why).
    text_state TEXT NOT NULL DEFAULT 'pending' CHECK (text_state IN ('pending', 'read', 'failed')),
    text_note TEXT NOT NULL DEFAULT '',
    UNIQUE (contract_id, document, version)
);
CREATE INDEX contract_attachments_text ON contract_attachments(text_state);
CREATE TRIGGER contract_attachments_stay BEFORE UPDATE OF id, contract_id, document, version, file_name, kind, size,
    sha256, added_by_user_id, added_at ON contract_attachments
BEGIN
    SELECT RAISE(ABORT, 'a contract file is never changed: add a new version');
END;
CREATE TRIGGER contract_attachments_read_once BEFORE UPDATE OF text_state ON contract_attachments
WHEN OLD.text_state = 'read'
BEGIN
    SELECT RAISE(ABORT, 'the text of a contract file is read once');
END;
CREATE TRIGGER contract_attachments_no_delete BEFORE DELETE ON contract_attachments
BEGIN
    SELECT RAISE(ABORT, 'a contract file is never removed');
END;

-- The bytes, apart, so that listing a contract's files never reads them.
CREATE TABLE contract_attachment_content (
    attachment_id INTEGER PRIMARY KEY REFERENCES contract_attachments(id),
    content BLOB NOT NULL
);
CREATE TRIGGER contract_attachment_content_stays BEFORE UPDATE ON contract_attachment_content
BEGIN
    SELECT RAISE(ABORT, 'a contract file is never changed: add a new version');
END;
CREATE TRIGGER contract_attachment_content_no_delete BEFORE DELETE ON contract_attachment_content
BEGIN
    SELECT RAISE(ABORT, 'a contract file is never removed');
END;

-- RULE CON-04: each page whose text was read, from the PDF's text layer or recognised from the
-- scan (source 'ocr'), with its contract, so that a search's hits (rowids of the index below)
-- become contracts without reading any text: its text is apart, lines kept, so a search result
-- names the page and the line.
CREATE TABLE contract_attachment_pages (
    id INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES contract_attachments(id),
    contract_id INTEGER NOT NULL REFERENCES contracts(id),
    page INTEGER NOT NULL CHECK (page >= 1),
    source TEXT NOT NULL CHECK (source IN ('pdf', 'ocr')),
    UNIQUE (attachment_id, page)
);
CREATE TABLE contract_attachment_page_text (
    page_id INTEGER PRIMARY KEY REFERENCES contract_attachment_pages(id),
    text TEXT NOT NULL
);
CREATE TRIGGER contract_attachment_pages_stay BEFORE UPDATE ON contract_attachment_pages
BEGIN
    SELECT RAISE(ABORT, 'the text of a contract file is read once');
END;
CREATE TRIGGER contract_attachment_pages_no_delete BEFORE DELETE ON contract_attachment_pages
BEGIN
    SELECT RAISE(ABORT, 'the text of a contract file is read once');
END;
CREATE TRIGGER contract_attachment_page_text_stays BEFORE UPDATE ON contract_attachment_page_text
BEGIN
    SELECT RAISE(ABORT, 'the text of a contract file is read once');
END;
CREATE TRIGGER contract_attachment_page_text_no_delete BEFORE DELETE ON contract_attachment_page_text
BEGIN
    SELECT RAISE(ABORT, 'the text of a contract file is read once');
END;
-- The pages' text as overlapping pairs of characters (ContractText::grams), one lexeme each,
-- keyed by the page's id, with a GIN index where SQLite has a contentless fts5 table whose rowid is
-- the page's id (the search itself: docs/postgresql-port.md, step 8).
CREATE TABLE contract_page_grams (
    page_id INTEGER PRIMARY KEY REFERENCES contract_attachment_pages(id),
    grams tsvector NOT NULL
);
CREATE INDEX contract_page_grams_search ON contract_page_grams USING gin (grams);
