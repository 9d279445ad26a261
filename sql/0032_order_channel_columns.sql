-- Issue 17: the columns of a channel's order export, mapped once by a user and used for every
-- later file of that channel (JD, Pinduoduo, Douyin, WooCommerce ...), on every PC.
CREATE TABLE order_channel_columns (
    channel TEXT PRIMARY KEY CHECK (length(trim(channel)) > 0),
    columns_json TEXT NOT NULL, -- {"currency": "CNY", "columns": {"number": "订单号", ...}}
    saved_at TEXT NOT NULL,
    saved_by_user_id INTEGER NOT NULL REFERENCES users(id)
);
