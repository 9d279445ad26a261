-- Issue 17: the company's own web shop (WooCommerce or Shopify), whose orders one PC pulls on the
-- ORD-01 interval. The API secret is never here in plain text: it is sealed (libsodium
-- crypto_box_seal) to the public key of the PC that pulls, whose secret key stays on that PC.
CREATE TABLE web_shops (
    channel TEXT PRIMARY KEY CHECK (length(trim(channel)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('woocommerce', 'shopify')),
    url TEXT NOT NULL CHECK (length(trim(url)) > 0),
    sealed_secret BLOB NOT NULL,
    pc_key BLOB NOT NULL, -- the public key of the PC that pulls
    pc_name TEXT NOT NULL, -- that PC, for people
    pulled_until TEXT, -- the orders changed before this were pulled; NULL: none yet
    saved_at TEXT NOT NULL,
    saved_by_user_id INTEGER NOT NULL REFERENCES users(id)
);
