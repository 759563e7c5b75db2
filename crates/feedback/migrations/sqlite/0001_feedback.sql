-- Feedback from the public and the moderators' access tokens (SQLite).
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at BIGINT NOT NULL,
    topic TEXT NOT NULL,
    message TEXT NOT NULL,
    name TEXT,
    email TEXT,
    organisation_type TEXT NOT NULL,
    language TEXT NOT NULL,
    snapshot TEXT,
    page TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    body_sha256 TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new'
);
CREATE INDEX feedback_created_at ON feedback (created_at);
CREATE INDEX feedback_topic ON feedback (topic);
CREATE INDEX feedback_email ON feedback (email);

CREATE TABLE moderator_token (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    token_sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
