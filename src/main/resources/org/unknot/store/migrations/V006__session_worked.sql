-- Unknot schema 6. Each session row carries a copy of what the insights group by, so that the insights of 100,000
-- sessions are a few grouped scans of one table and an index (issue 10: any history size, under 300 ms):
--   worked       what it really worked on: the tool and area of every step that ran for at least a second, as sorted
--                "tool area" pairs joined by commas ("cold-ball lower-back,handheld-massager neck");
--   pain_before, pain_after  its ratings, as pain_entry holds them.
-- pain_entry and session_progress stay the records; triggers keep the copies true whenever those change, and nothing
-- else writes them.

ALTER TABLE session ADD COLUMN worked TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10);
ALTER TABLE session ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10);

UPDATE session SET
    pain_before = (SELECT score FROM pain_entry WHERE session_id = session.id AND kind = 'before'),
    pain_after = (SELECT score FROM pain_entry WHERE session_id = session.id AND kind = 'after');

UPDATE session SET worked = (
    SELECT ifnull(group_concat(pair, ','), '') FROM (
        SELECT DISTINCT p.tool || ' ' || p.area AS pair
          FROM session_progress g JOIN played_step p ON p.id = g.played_step_id
         WHERE g.session_id = session.id AND g.done_seconds >= 1 AND p.area IS NOT NULL
         ORDER BY pair));

-- The triggers repeat the backfill's subquery on purpose: a view shared by the three made each trigger read every
-- progress row of every session (SQLite does not push the session into a grouped view), minutes for sample data.
CREATE TRIGGER session_worked_on_insert AFTER INSERT ON session_progress
WHEN NEW.done_seconds >= 1
BEGIN
    UPDATE session SET worked = (
        SELECT ifnull(group_concat(pair, ','), '') FROM (
            SELECT DISTINCT p.tool || ' ' || p.area AS pair
              FROM session_progress g JOIN played_step p ON p.id = g.played_step_id
             WHERE g.session_id = NEW.session_id AND g.done_seconds >= 1 AND p.area IS NOT NULL
             ORDER BY pair))
     WHERE id = NEW.session_id;
END;

CREATE TRIGGER session_worked_on_update AFTER UPDATE OF done_seconds, played_step_id ON session_progress
WHEN (OLD.done_seconds >= 1) <> (NEW.done_seconds >= 1) OR OLD.played_step_id <> NEW.played_step_id
BEGIN
    UPDATE session SET worked = (
        SELECT ifnull(group_concat(pair, ','), '') FROM (
            SELECT DISTINCT p.tool || ' ' || p.area AS pair
              FROM session_progress g JOIN played_step p ON p.id = g.played_step_id
             WHERE g.session_id = NEW.session_id AND g.done_seconds >= 1 AND p.area IS NOT NULL
             ORDER BY pair))
     WHERE id = NEW.session_id;
END;

CREATE TRIGGER session_rating_on_insert AFTER INSERT ON pain_entry
WHEN NEW.session_id IS NOT NULL
BEGIN
    UPDATE session SET pain_before = CASE NEW.kind WHEN 'before' THEN NEW.score ELSE pain_before END,
                       pain_after = CASE NEW.kind WHEN 'after' THEN NEW.score ELSE pain_after END
     WHERE id = NEW.session_id;
END;

CREATE TRIGGER session_rating_on_update AFTER UPDATE OF score ON pain_entry
WHEN NEW.session_id IS NOT NULL
BEGIN
    UPDATE session SET pain_before = CASE NEW.kind WHEN 'before' THEN NEW.score ELSE pain_before END,
                       pain_after = CASE NEW.kind WHEN 'after' THEN NEW.score ELSE pain_after END
     WHERE id = NEW.session_id;
END;

CREATE TRIGGER session_rating_on_delete AFTER DELETE ON pain_entry
WHEN OLD.session_id IS NOT NULL
BEGIN
    UPDATE session SET pain_before = CASE OLD.kind WHEN 'before' THEN NULL ELSE pain_before END,
                       pain_after = CASE OLD.kind WHEN 'after' THEN NULL ELSE pain_after END
     WHERE id = OLD.session_id;
END;

-- The insights' groups, read in index order: no sort, whatever the number of sessions.
CREATE INDEX session_groups ON session (routine_name, status, stop_reason, pain_before, pain_after, worked);
