-- Accounts (forgotten password) and organisation details: providers, their contacts and the council's notices
-- become synced kinds. Written for both H2 and PostgreSQL.

-- Every synced row carries change_no from the server-wide counter (see V2). Existing rows are numbered below,
-- one new number each, so that clients that sync from the start receive them.
ALTER TABLE provider ADD COLUMN change_no BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE contact ADD COLUMN change_no BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE notice ADD COLUMN change_no BIGINT DEFAULT 0 NOT NULL;

UPDATE provider SET change_no = id + (SELECT last_value FROM change_counter WHERE id = 1);
UPDATE change_counter SET last_value = last_value + (SELECT COALESCE(MAX(id), 0) FROM provider) WHERE id = 1;
UPDATE contact SET change_no = id + (SELECT last_value FROM change_counter WHERE id = 1);
UPDATE change_counter SET last_value = last_value + (SELECT COALESCE(MAX(id), 0) FROM contact) WHERE id = 1;
UPDATE notice SET change_no = id + (SELECT last_value FROM change_counter WHERE id = 1);
UPDATE change_counter SET last_value = last_value + (SELECT COALESCE(MAX(id), 0) FROM notice) WHERE id = 1;

CREATE INDEX provider_change ON provider (change_no);
CREATE INDEX contact_change ON contact (provider_id, change_no);
CREATE INDEX notice_change ON notice (change_no);

-- A forgotten-password request. One row per request, also for addresses that belong to no account (user_id
-- null, a code nobody received), so both cases do the same work and answer alike. Codes are stored hashed;
-- typed addresses only as the hash of the normalised address (account_key), for throttling.
CREATE TABLE password_reset (
    id          VARCHAR(64) PRIMARY KEY,
    user_id     BIGINT      REFERENCES app_user (id),
    account_key VARCHAR(64) NOT NULL,
    address     VARCHAR(64) NOT NULL,
    code_hash   VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    wrong_codes INT         NOT NULL,
    state       VARCHAR(20) NOT NULL CHECK (state IN ('PENDING', 'USED', 'FAILED'))
);
CREATE INDEX password_reset_account ON password_reset (account_key, created_at);
CREATE INDEX password_reset_address ON password_reset (address, created_at);
CREATE INDEX password_reset_user ON password_reset (user_id);
