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
