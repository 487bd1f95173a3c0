-- Codes are guessed against a budget taken before comparing (issue 12): at most five comparisons per attempt,
-- however many guesses arrive at once.
ALTER TABLE login_attempt ADD COLUMN guesses INT DEFAULT 0 NOT NULL;
ALTER TABLE password_reset ADD COLUMN guesses INT DEFAULT 0 NOT NULL;

-- A suspended line released after its period's run was finalised is paid in the next run finalised (issue 12).
CREATE TABLE late_release (
    schedule_line_id BIGINT         NOT NULL PRIMARY KEY REFERENCES schedule_line (id),
    provider_id      BIGINT         NOT NULL REFERENCES provider (id),
    released_on      DATE           NOT NULL,
    paid_run_id      BIGINT REFERENCES payment_run (id)
);
CREATE INDEX late_release_unpaid ON late_release (paid_run_id);

-- Retention (issue 12): purging keeps deletions for a while; a sync cursor older than the oldest deletion kept
-- must start again from 0. purged_through: every tombstone at or below this change number is gone.
CREATE TABLE sync_retention (
    id             INT PRIMARY KEY,
    purged_through BIGINT NOT NULL
);
INSERT INTO sync_retention (id, purged_through) VALUES (1, 0);
-- The latest change number at each purge run, so a retention in days can be turned into a change number.
CREATE TABLE change_mark (
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_no BIGINT NOT NULL
);
CREATE INDEX change_mark_at ON change_mark (at);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
CREATE INDEX user_session_expires ON user_session (expires_at);
