-- The shop's products (issue 16; RULES PRD-01..04): one row per SKU; its price changes only
-- through the price history (PRD-01), its stock only through the product stock ledger (PRD-04).

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0), -- the SKU code
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    specification TEXT NOT NULL DEFAULT '',
    barcode TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL CHECK (length(trim(category)) > 0),
    cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
    price_fen INTEGER NOT NULL DEFAULT 0 CHECK (price_fen >= 0),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'listed', 'delisted')), -- PRD-02
    low_stock_at INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_at >= 0),
    on_hand INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0), -- the ledger's sum, never negative
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- A barcode names one product; many products have none.
CREATE UNIQUE INDEX products_barcode ON products(barcode) WHERE barcode <> '';
CREATE INDEX products_category ON products(category, code);
CREATE INDEX products_low_stock ON products(code) WHERE on_hand <= low_stock_at;

-- RULE PRD-01: every price a SKU has had, appended when the web editor publishes an approved
-- change (or when the product is created: no price change then). The product's price is the
-- newest row's; nothing else may set it.
CREATE TABLE product_prices (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    old_fen INTEGER NOT NULL,
    new_fen INTEGER NOT NULL CHECK (new_fen >= 0),
    price_change_id INTEGER REFERENCES price_changes(id),
    by_user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL
);
CREATE INDEX product_prices_product ON product_prices(product_id, id);
CREATE INDEX product_prices_at ON product_prices(at);
CREATE TRIGGER product_prices_apply AFTER INSERT ON product_prices
BEGIN
    UPDATE products SET price_fen = NEW.new_fen WHERE id = NEW.product_id;
END;
CREATE TRIGGER products_price_from_history BEFORE UPDATE OF price_fen ON products
WHEN NEW.price_fen IS NOT (SELECT new_fen FROM product_prices WHERE product_id = NEW.id ORDER BY id DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'a price changes only through an approved price change (PRD-01)');
END;
CREATE TRIGGER product_prices_no_update BEFORE UPDATE ON product_prices
BEGIN
    SELECT RAISE(ABORT, 'the price history is never changed');
END;
CREATE TRIGGER product_prices_no_delete BEFORE DELETE ON product_prices
BEGIN
    SELECT RAISE(ABORT, 'the price history is never changed');
END;

-- RULE PRD-01: a price change request: the competitors' prices analysed, the new price, the
-- leader's approval, then the web editor publishing it.
CREATE TABLE price_changes (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    current_fen INTEGER NOT NULL,
    proposed_fen INTEGER NOT NULL CHECK (proposed_fen > 0),
    competitors TEXT NOT NULL, -- JSON: [{"shop": ..., "price_fen": ...}]
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    requested_by_user_id INTEGER NOT NULL REFERENCES users(id),
    requested_at TEXT NOT NULL,
    approval_id INTEGER REFERENCES approval_requests(id),
    applied_at TEXT,
    applied_by_user_id INTEGER REFERENCES users(id)
);
CREATE INDEX price_changes_product ON price_changes(product_id, id);
CREATE INDEX price_changes_open ON price_changes(applied_at, id);

-- RULE PRD-02: listings and delistings: asked for, approved and carried out, or (a normal
-- delisting when stock reaches zero) recorded as it happened.
CREATE TABLE listing_changes (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    kind TEXT NOT NULL CHECK (kind IN ('list', 'delist')),
    automatic INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1) AND (automatic = 0 OR kind = 'delist')),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    requested_by_user_id INTEGER NOT NULL REFERENCES users(id),
    requested_at TEXT NOT NULL,
    approval_id INTEGER REFERENCES approval_requests(id),
    done_at TEXT,
    done_by_user_id INTEGER REFERENCES users(id),
    CHECK (automatic = 0 OR done_at IS NOT NULL)
);
CREATE INDEX listing_changes_product ON listing_changes(product_id, id);
CREATE INDEX listing_changes_open ON listing_changes(done_at, id);

-- A request, once made, and its publication stay as they were.
CREATE TRIGGER price_changes_stay BEFORE UPDATE ON price_changes
WHEN NEW.product_id IS NOT OLD.product_id OR NEW.current_fen IS NOT OLD.current_fen
    OR NEW.proposed_fen IS NOT OLD.proposed_fen OR NEW.competitors IS NOT OLD.competitors
    OR NEW.reason IS NOT OLD.reason OR NEW.requested_at IS NOT OLD.requested_at
    OR NEW.requested_by_user_id IS NOT OLD.requested_by_user_id
    OR (OLD.approval_id IS NOT NULL AND NEW.approval_id IS NOT OLD.approval_id)
    OR (OLD.applied_at IS NOT NULL AND (NEW.applied_at IS NOT OLD.applied_at
        OR NEW.applied_by_user_id IS NOT OLD.applied_by_user_id))
BEGIN
    SELECT RAISE(ABORT, 'a price change request is never changed');
END;
CREATE TRIGGER listing_changes_stay BEFORE UPDATE ON listing_changes
WHEN NEW.product_id IS NOT OLD.product_id OR NEW.kind IS NOT OLD.kind OR NEW.automatic IS NOT OLD.automatic
    OR NEW.reason IS NOT OLD.reason OR NEW.requested_at IS NOT OLD.requested_at
    OR NEW.requested_by_user_id IS NOT OLD.requested_by_user_id
    OR (OLD.approval_id IS NOT NULL AND NEW.approval_id IS NOT OLD.approval_id)
    OR (OLD.done_at IS NOT NULL AND (NEW.done_at IS NOT OLD.done_at OR NEW.done_by_user_id IS NOT OLD.done_by_user_id))
BEGIN
    SELECT RAISE(ABORT, 'a listing change is never changed');
END;
CREATE TRIGGER price_changes_no_delete BEFORE DELETE ON price_changes
BEGIN
    SELECT RAISE(ABORT, 'a price change request is never removed');
END;
CREATE TRIGGER listing_changes_no_delete BEFORE DELETE ON listing_changes
BEGIN
    SELECT RAISE(ABORT, 'a listing change is never removed');
END;

-- RULE PRD-03: promotions: proposed by the planner, specified by the product manager, approved
-- by the leader, published by the web editor.
CREATE TABLE promotions (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    idea TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
    kind TEXT NOT NULL DEFAULT 'percent_off' CHECK (kind IN ('percent_off', 'fixed_price', 'buy_n_pay_m')),
    percent_off INTEGER NOT NULL DEFAULT 0,
    fixed_price_fen INTEGER NOT NULL DEFAULT 0,
    buy_quantity INTEGER NOT NULL DEFAULT 0,
    pay_quantity INTEGER NOT NULL DEFAULT 0,
    proposed_by_user_id INTEGER NOT NULL REFERENCES users(id),
    proposed_at TEXT NOT NULL,
    specified_by_user_id INTEGER REFERENCES users(id),
    specified_at TEXT,
    approval_id INTEGER REFERENCES approval_requests(id),
    withdrawn_at TEXT,
    published_at TEXT,
    published_by_user_id INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX promotions_period ON promotions(starts_on, ends_on);
CREATE TABLE promotion_products (
    promotion_id INTEGER NOT NULL REFERENCES promotions(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    PRIMARY KEY (product_id, promotion_id)
) WITHOUT ROWID;
-- Once sent for approval, what the leader approves stays as it is.
CREATE TRIGGER promotions_approved_stay BEFORE UPDATE ON promotions
WHEN OLD.approval_id IS NOT NULL AND (NEW.title IS NOT OLD.title OR NEW.idea IS NOT OLD.idea
    OR NEW.starts_on IS NOT OLD.starts_on
    OR NEW.ends_on IS NOT OLD.ends_on OR NEW.kind IS NOT OLD.kind OR NEW.percent_off IS NOT OLD.percent_off
    OR NEW.fixed_price_fen IS NOT OLD.fixed_price_fen OR NEW.buy_quantity IS NOT OLD.buy_quantity
    OR NEW.pay_quantity IS NOT OLD.pay_quantity OR NEW.approval_id IS NOT OLD.approval_id
    OR (OLD.published_at IS NOT NULL AND NEW.published_at IS NOT OLD.published_at))
BEGIN
    SELECT RAISE(ABORT, 'an approved promotion is never changed');
END;
CREATE TRIGGER promotion_products_approved_stay_insert BEFORE INSERT ON promotion_products
WHEN (SELECT approval_id FROM promotions WHERE id = NEW.promotion_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an approved promotion is never changed');
END;
CREATE TRIGGER promotion_products_approved_stay_delete BEFORE DELETE ON promotion_products
WHEN (SELECT approval_id FROM promotions WHERE id = OLD.promotion_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an approved promotion is never changed');
END;
CREATE TRIGGER promotions_no_delete BEFORE DELETE ON promotions
BEGIN
    SELECT RAISE(ABORT, 'a promotion is never removed: withdraw it');
END;

-- RULE PRD-04: the product stock ledger (进销存): receipts, sales, customer returns and
-- adjustments, appended; stock per SKU is its sum.
CREATE TABLE product_movements (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    kind TEXT NOT NULL CHECK (kind IN ('receipt', 'sale', 'return', 'adjustment')),
    quantity INTEGER NOT NULL CHECK (quantity <> 0), -- signed: + in, - out
    by_user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX product_movements_product ON product_movements(product_id, id);
-- The last 30 days' sales per SKU (days of cover), read from the index alone.
CREATE INDEX product_movements_sales ON product_movements(kind, at, product_id, quantity);
CREATE TRIGGER product_movements_book AFTER INSERT ON product_movements
BEGIN
    UPDATE products SET on_hand = on_hand + NEW.quantity WHERE id = NEW.product_id;
END;
CREATE TRIGGER product_movements_no_update BEFORE UPDATE ON product_movements
BEGIN
    SELECT RAISE(ABORT, 'the product stock ledger is append-only');
END;
CREATE TRIGGER product_movements_no_delete BEFORE DELETE ON product_movements
BEGIN
    SELECT RAISE(ABORT, 'the product stock ledger is append-only');
END;

-- A product's pictures for the shop pages, each within WEB-04's limit (512,000 bytes); the
-- bytes apart, so listing never reads them.
CREATE TABLE product_images (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    size_bytes INTEGER NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 512000), -- WEB-04
    sha256 TEXT NOT NULL,
    added_by_user_id INTEGER NOT NULL REFERENCES users(id),
    added_at TEXT NOT NULL
);
CREATE INDEX product_images_product ON product_images(product_id, id);
CREATE TABLE product_image_content (
    image_id INTEGER PRIMARY KEY REFERENCES product_images(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
);
