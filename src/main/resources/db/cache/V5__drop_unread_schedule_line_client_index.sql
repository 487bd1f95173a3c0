-- No reader looks schedule lines up by client (the screens go by schedule, period or the search table), yet the
-- index (provider_id, client_id) took its rows in random order: during a first sync every page touched most of
-- its pages, which H2 then rewrote and re-encrypted at each commit. Dropped; the column stays for a later reader.
DROP INDEX IF EXISTS c_schedule_line_client;
