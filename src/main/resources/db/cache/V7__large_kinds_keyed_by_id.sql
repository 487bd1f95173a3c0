-- Schedule lines and remittance lines are nine rows in ten of a large provider's first sync. Each table here
-- was keyed by (provider_id, id), which H2 keeps as a hidden row number plus a unique index: every row went
-- into both, and the search table beside the lines the same. The portal numbers these rows once for all
-- providers (a line belongs to one schedule of one provider for ever), so the id alone is their key: H2 then
-- stores the row under it, in one B-tree. provider_id stays a column, in every index and every query.
-- The search text leaves the two line tables: the filters read it from c_schedule_line_text only.
CREATE TABLE c_schedule_line_v7 (
    id           BIGINT PRIMARY KEY,
    provider_id  BIGINT NOT NULL, version BIGINT NOT NULL,
    schedule_id  BIGINT,
    client_id    BIGINT,
    line_item_id BIGINT,
    status       VARCHAR(40),
    data         VARCHAR(1000000) NOT NULL
);
INSERT INTO c_schedule_line_v7 (id, provider_id, version, schedule_id, client_id, line_item_id, status, data)
    SELECT id, provider_id, version, schedule_id, client_id, line_item_id, status, data FROM c_schedule_line;
DROP TABLE c_schedule_line;
ALTER TABLE c_schedule_line_v7 RENAME TO c_schedule_line;
CREATE INDEX c_schedule_line_schedule ON c_schedule_line (provider_id, schedule_id);

CREATE TABLE c_schedule_line_text_v7 (
    id          BIGINT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    schedule_id BIGINT,
    search_text VARCHAR(400)
);
INSERT INTO c_schedule_line_text_v7 (id, provider_id, schedule_id, search_text)
    SELECT id, provider_id, schedule_id, search_text FROM c_schedule_line_text;
DROP TABLE c_schedule_line_text;
ALTER TABLE c_schedule_line_text_v7 RENAME TO c_schedule_line_text;

CREATE TABLE c_remittance_line_v7 (
    id          BIGINT PRIMARY KEY,
    provider_id BIGINT NOT NULL, version BIGINT NOT NULL,
    run_id      BIGINT,
    period_id   BIGINT,
    client_id   BIGINT,
    status      VARCHAR(40),
    data        VARCHAR(1000000) NOT NULL
);
INSERT INTO c_remittance_line_v7 (id, provider_id, version, run_id, period_id, client_id, status, data)
    SELECT id, provider_id, version, run_id, period_id, client_id, status, data FROM c_remittance_line;
DROP TABLE c_remittance_line;
ALTER TABLE c_remittance_line_v7 RENAME TO c_remittance_line;
CREATE INDEX c_remittance_line_run ON c_remittance_line (provider_id, run_id);
CREATE INDEX c_remittance_line_period ON c_remittance_line (provider_id, period_id);
