-- Issue 18, RULE ACC-01: the registry of the company's official accounts. Nothing here opens
-- without a keeper's vault passphrase: each secret is encrypted under the vault key
-- (XChaCha20-Poly1305); the vault key is here only sealed to each keeper's public key
-- (crypto_box_seal); a keeper's secret key only locked under a key Argon2id derives from their own
-- passphrase (modules/shop/VaultCipher.h). Changes wait for the general manager (approvals).
CREATE TABLE vault_keepers (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    public_key BLOB NOT NULL,
    salt BLOB NOT NULL,
    ops_limit INTEGER NOT NULL,
    mem_limit INTEGER NOT NULL,
    locked_secret_key BLOB NOT NULL,
    sealed_vault_key BLOB, -- NULL: keys made, the vault not (or no longer) given to them
    keys_made_at TEXT NOT NULL
);

CREATE TABLE vault_entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    url TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL DEFAULT '',
    secret BLOB NOT NULL, -- encrypted under the vault key
    notes TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, -- one more at each change: a request applies to the one it was asked of
    UNIQUE (kind, name)
);

CREATE TABLE vault_entry_keepers (
    entry_id INTEGER NOT NULL REFERENCES vault_entries(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (entry_id, user_id)
);
