-- Issue 17: a folder per channel (on the shared drive, usually) whose order exports import by
-- themselves: for the channels without an API.
CREATE TABLE order_watched_folders (
    channel TEXT PRIMARY KEY CHECK (length(trim(channel)) > 0),
    format TEXT NOT NULL CHECK (format IN ('taobao', 'shopify', 'mapped')),
    folder TEXT NOT NULL CHECK (length(trim(folder)) > 0),
    saved_at TEXT NOT NULL,
    saved_by_user_id INTEGER NOT NULL REFERENCES users(id)
);
