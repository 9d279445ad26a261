-- RULE CON-01: the kinds of contract, each with the short code its numbers carry.
CREATE TABLE contract_types (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 6),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0)
);
CREATE TRIGGER contract_types_code_stays BEFORE UPDATE OF code ON contract_types
WHEN NEW.code <> OLD.code
BEGIN
    SELECT RAISE(ABORT, 'a contract type keeps its code: numbers carry it');
END;

-- RULE CON-06: an archive (a fire- and damp-proof room or cabinet) and its one custodian.
CREATE TABLE contract_archives (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    location TEXT NOT NULL DEFAULT '',
    custodian_user_id INTEGER NOT NULL REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);

-- RULE CON-01: the last serial given per year and type; only ever counts up, so a number is never
-- given twice, even for a contract that no longer exists.
CREATE TABLE contract_serials (
    year INTEGER NOT NULL,
    type_id INTEGER NOT NULL REFERENCES contract_types(id),
    last_serial INTEGER NOT NULL CHECK (last_serial > 0),
    PRIMARY KEY (year, type_id)
);
CREATE TRIGGER contract_serials_count_up BEFORE UPDATE ON contract_serials
WHEN NEW.last_serial <= OLD.last_serial
BEGIN
    SELECT RAISE(ABORT, 'a contract serial only counts up');
END;

-- RULE CON-01, CON-06: the contracts, numbered YYYY-CODE-NNNN on registration.
CREATE TABLE contracts (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    type_id INTEGER NOT NULL REFERENCES contract_types(id),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    counterparties TEXT NOT NULL CHECK (length(trim(counterparties)) > 0),
    signed_on TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT, -- NULL: open-ended
    value_fen INTEGER NOT NULL DEFAULT 0 CHECK (value_fen >= 0),
    responsible_employee_id INTEGER REFERENCES employees(id),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'terminated')),
    archive_id INTEGER NOT NULL REFERENCES contract_archives(id),
    cabinet TEXT NOT NULL DEFAULT '',
    shelf TEXT NOT NULL DEFAULT '',
    box TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    registered_by_user_id INTEGER NOT NULL REFERENCES users(id),
    registered_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX contracts_signed ON contracts(signed_on);
CREATE INDEX contracts_ends ON contracts(ends_on);
CREATE TRIGGER contracts_number_stays BEFORE UPDATE OF number, type_id ON contracts
WHEN NEW.number <> OLD.number OR NEW.type_id <> OLD.type_id
BEGIN
    SELECT RAISE(ABORT, 'a contract keeps its number');
END;
CREATE TRIGGER contracts_no_delete BEFORE DELETE ON contracts
BEGIN
    SELECT RAISE(ABORT, 'a contract is never removed from the archive');
END;
