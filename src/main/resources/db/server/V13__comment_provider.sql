-- A comment's provider (its action's) on the comment itself, indexed with the change number: the provider's
-- feed walked the change-number index of every provider's comments, keeping its own (under load, the query
-- that cost the server most CPU). The provider of an action never changes.
ALTER TABLE action_comment ADD COLUMN provider_id BIGINT;
UPDATE action_comment SET provider_id = (SELECT a.provider_id FROM action a WHERE a.id = action_comment.action_id);
ALTER TABLE action_comment ALTER COLUMN provider_id SET NOT NULL;
CREATE INDEX action_comment_provider_change ON action_comment (provider_id, change_no);
DROP INDEX action_comment_change;
