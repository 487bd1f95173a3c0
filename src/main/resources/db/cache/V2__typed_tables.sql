-- One table per synced kind, with the columns the screens query by and the row's JSON (VARCHAR, not CLOB: it
-- is read whole on every screen) to rebuild the api record. Written by the sync in the same transaction as the
-- page's cursor. synced_row stays for kinds this version of the desktop does not know yet.
-- Existing caches are re-synced from the start: the rows and cursors of V1 are dropped (simplest and correct).
DELETE FROM synced_row;
DELETE FROM sync_state;

CREATE TABLE c_client (
    provider_id       BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    council_reference VARCHAR(40),
    search_text       VARCHAR(400),
    data              VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);

CREATE TABLE c_line_item (
    provider_id BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    client_id   BIGINT,
    start_date  DATE,
    end_date    DATE,
    data        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);
CREATE INDEX c_line_item_client ON c_line_item (provider_id, client_id);

CREATE TABLE c_action (
    provider_id      BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    client_id        BIGINT,
    line_item_id     BIGINT,
    status           VARCHAR(40),
    due_date         DATE,
    last_activity_at TIMESTAMP WITH TIME ZONE,
    data             VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);
CREATE INDEX c_action_status ON c_action (provider_id, status, due_date);
CREATE INDEX c_action_client ON c_action (provider_id, client_id);

CREATE TABLE c_action_comment (
    provider_id BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    action_id   BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE,
    data        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);
CREATE INDEX c_action_comment_action ON c_action_comment (provider_id, action_id, created_at);

CREATE TABLE c_period (
    provider_id    BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    financial_year INT,
    number         INT,
    start_date     DATE,
    data           VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);
CREATE INDEX c_period_year ON c_period (provider_id, financial_year, number);

CREATE TABLE c_schedule (
    provider_id    BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    period_id      BIGINT,
    financial_year INT,
    status         VARCHAR(40),
    data           VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);
CREATE INDEX c_schedule_period ON c_schedule (provider_id, period_id);
CREATE INDEX c_schedule_year ON c_schedule (provider_id, financial_year);

CREATE TABLE c_schedule_line (
    provider_id  BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    schedule_id  BIGINT,
    client_id    BIGINT,
    line_item_id BIGINT,
    status       VARCHAR(40),
    search_text  VARCHAR(400),
    data         VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);
CREATE INDEX c_schedule_line_schedule ON c_schedule_line (provider_id, schedule_id);
CREATE INDEX c_schedule_line_client ON c_schedule_line (provider_id, client_id);

CREATE TABLE c_payment_run (
    provider_id  BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    period_id    BIGINT,
    finalised_on DATE,
    data         VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);
CREATE INDEX c_payment_run_period ON c_payment_run (provider_id, period_id);

CREATE TABLE c_remittance_line (
    provider_id BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    run_id      BIGINT,
    period_id   BIGINT,
    client_id   BIGINT,
    status      VARCHAR(40),
    search_text VARCHAR(400),
    data        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);
CREATE INDEX c_remittance_line_run ON c_remittance_line (provider_id, run_id);
CREATE INDEX c_remittance_line_period ON c_remittance_line (provider_id, period_id);

CREATE TABLE c_notice (
    provider_id BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE,
    data        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);

CREATE TABLE c_organisation (
    provider_id BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    data        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);

CREATE TABLE c_contact (
    provider_id BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT NOT NULL,
    name        VARCHAR(400),
    data        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (provider_id, id)
);

-- The text filter reads only this index (covering), never the rows with their JSON.
CREATE INDEX c_schedule_line_search ON c_schedule_line (provider_id, search_text, schedule_id, id);
-- Fetching the matches by id: H2 does not use an IN list on the second column of (provider_id, id).
CREATE INDEX c_schedule_line_id ON c_schedule_line (id);
