-- A moderator's name can be given a new token after the old one is revoked (the old rows stay as
-- history: the name is unique only among active tokens), and a token may expire (SQLite).
-- SQLite cannot drop a column constraint, so the table is rebuilt.
CREATE TABLE moderator_token_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    token_sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT,
    expires_at BIGINT
);
INSERT INTO moderator_token_v2 (id, name, token_sha256, created_at, revoked_at)
    SELECT id, name, token_sha256, created_at, revoked_at FROM moderator_token;
DROP TABLE moderator_token;
ALTER TABLE moderator_token_v2 RENAME TO moderator_token;
CREATE UNIQUE INDEX moderator_token_active_name ON moderator_token (name) WHERE revoked_at IS NULL;
