-- The feedback loop (PostgreSQL): the sender's opt-in to publication, the moderators' answer,
-- what is published (a redacted copy of the question, a copy of the answer, when), a version that
-- every change increases (two moderators never overwrite each other silently), the folded text
-- the moderators' search reads (filled by the service, which folds Azerbaijani as the site does),
-- and the audit trail of every moderator's action (never a message or personal data).
ALTER TABLE feedback ADD COLUMN publish_consent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE feedback ADD COLUMN answer TEXT;
ALTER TABLE feedback ADD COLUMN published_question TEXT;
ALTER TABLE feedback ADD COLUMN published_answer TEXT;
ALTER TABLE feedback ADD COLUMN published_at BIGINT;
ALTER TABLE feedback ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE feedback ADD COLUMN search_text TEXT;
CREATE INDEX feedback_published ON feedback (topic, published_at) WHERE published_at IS NOT NULL;
CREATE INDEX feedback_status ON feedback (status);

CREATE TABLE audit_entry (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    moderator TEXT NOT NULL,
    action TEXT NOT NULL,
    item_id BIGINT,
    detail TEXT NOT NULL
);
CREATE INDEX audit_entry_item ON audit_entry (item_id);
