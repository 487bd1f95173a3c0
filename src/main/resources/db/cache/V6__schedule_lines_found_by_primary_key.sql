-- The text filter's matches are now fetched by joining their ids on the primary key (provider_id, id), so the
-- index on id alone, kept only for them, goes: a first sync wrote every schedule line into it as well.
DROP INDEX IF EXISTS c_schedule_line_id;
