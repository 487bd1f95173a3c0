-- The search text of schedule lines moves from its own table (V4) into the lines' schedule index, as its last
-- column: (provider_id, schedule_id, id, search_text). The index takes its entries in the order it always did
-- (lines arrive schedule by schedule, in id order), and the text filter reads id, schedule and text from the
-- index alone. A first sync then writes each line into two B-trees instead of three, and one statement fewer per
-- page. The text is a column of the line again, which the index needs.
ALTER TABLE c_schedule_line ADD COLUMN search_text VARCHAR(400);
UPDATE c_schedule_line l SET search_text = (SELECT t.search_text FROM c_schedule_line_text t WHERE t.id = l.id);
DROP INDEX c_schedule_line_schedule;
CREATE INDEX c_schedule_line_schedule ON c_schedule_line (provider_id, schedule_id, id, search_text);
DROP TABLE c_schedule_line_text;
