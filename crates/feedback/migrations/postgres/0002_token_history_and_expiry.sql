-- A moderator's name can be given a new token after the old one is revoked (the old rows stay as
-- history: the name is unique only among active tokens), and a token may expire (PostgreSQL).
ALTER TABLE moderator_token DROP CONSTRAINT moderator_token_name_key;
ALTER TABLE moderator_token ADD COLUMN expires_at BIGINT;
CREATE UNIQUE INDEX moderator_token_active_name ON moderator_token (name) WHERE revoked_at IS NULL;
