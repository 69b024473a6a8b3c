-- Each indicator row of a self-evaluation keeps an identity (row_key, unique within its evaluation) across saves that
-- move or delete rows; an evidence file on a row points at that identity (attachment.indicator_key), not at the
-- row's position, so it stays with its indicator. The rows stored so far are their own positions.
ALTER TABLE indicator ADD COLUMN row_key INTEGER;
UPDATE indicator SET row_key = position;
ALTER TABLE indicator ALTER COLUMN row_key SET NOT NULL;
CREATE UNIQUE INDEX indicator_row_key ON indicator (evaluation_id, row_key);
ALTER TABLE attachment RENAME COLUMN indicator_position TO indicator_key;
