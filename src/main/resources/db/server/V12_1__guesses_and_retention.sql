-- Codes are guessed against a budget taken before comparing (issue 12): at most five comparisons per attempt,
-- however many guesses arrive at once.
ALTER TABLE login_attempt ADD COLUMN guesses INT DEFAULT 0 NOT NULL;
ALTER TABLE password_reset ADD COLUMN guesses INT DEFAULT 0 NOT NULL;
