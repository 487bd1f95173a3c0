-- The outbox keeps typed commands: the kind names the command record (client.commands), the body is its JSON.
-- The HTTP request (method, path, If-Match) is made from them only when sent. No desktop has used the outbox
-- yet (no screen created commands before this version), so the raw request columns are dropped rather than
-- migrated, and any row left over is discarded.
DELETE FROM outbox;
ALTER TABLE outbox DROP COLUMN http_method;
ALTER TABLE outbox DROP COLUMN path;
ALTER TABLE outbox DROP COLUMN if_match;
ALTER TABLE outbox ADD COLUMN kind VARCHAR(40) NOT NULL;
