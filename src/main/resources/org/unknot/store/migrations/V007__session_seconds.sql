-- Unknot schema 7. Each session row also carries the seconds its steps ran, so the report's first page reads a period
-- of any length from the session rows alone (the report of every session of 100,000 in under 3 s):
--   done_seconds    the seconds all its steps ran, rests included, as History shows "done";
--   worked_seconds  for each tool and area it worked on, the seconds those steps ran, as sorted "tool area seconds"
--                   triples joined by commas ("cold-ball lower-back 300,handheld-massager neck 120"); like worked, it
--                   counts only steps that ran for at least a second.
-- session_progress stays the record; triggers keep the copies true whenever it changes, and nothing else writes them.

ALTER TABLE session ADD COLUMN done_seconds INTEGER NOT NULL DEFAULT 0 CHECK (done_seconds >= 0);
ALTER TABLE session ADD COLUMN worked_seconds TEXT NOT NULL DEFAULT '';

UPDATE session SET
    done_seconds = (SELECT ifnull(sum(done_seconds), 0) FROM session_progress WHERE session_id = session.id),
    worked_seconds = (
        SELECT ifnull(group_concat(triple, ','), '') FROM (
            SELECT p.tool || ' ' || p.area || ' ' || sum(g.done_seconds) AS triple
              FROM session_progress g JOIN played_step p ON p.id = g.played_step_id
             WHERE g.session_id = session.id AND g.done_seconds >= 1 AND p.area IS NOT NULL
             GROUP BY p.tool, p.area
             ORDER BY p.tool, p.area));

-- The two triggers repeat the backfill's subqueries for the reason schema 6 gives: a shared view would make each
-- trigger read every progress row. A row inserted with nothing done changes neither copy.
CREATE TRIGGER session_seconds_on_insert AFTER INSERT ON session_progress
WHEN NEW.done_seconds > 0
BEGIN
    UPDATE session SET
        done_seconds = (SELECT ifnull(sum(done_seconds), 0) FROM session_progress WHERE session_id = NEW.session_id),
        worked_seconds = (
            SELECT ifnull(group_concat(triple, ','), '') FROM (
                SELECT p.tool || ' ' || p.area || ' ' || sum(g.done_seconds) AS triple
                  FROM session_progress g JOIN played_step p ON p.id = g.played_step_id
                 WHERE g.session_id = NEW.session_id AND g.done_seconds >= 1 AND p.area IS NOT NULL
                 GROUP BY p.tool, p.area
                 ORDER BY p.tool, p.area))
     WHERE id = NEW.session_id;
END;

CREATE TRIGGER session_seconds_on_update AFTER UPDATE OF done_seconds, played_step_id ON session_progress
WHEN OLD.done_seconds <> NEW.done_seconds OR OLD.played_step_id <> NEW.played_step_id
BEGIN
    UPDATE session SET
        done_seconds = (SELECT ifnull(sum(done_seconds), 0) FROM session_progress WHERE session_id = NEW.session_id),
        worked_seconds = (
            SELECT ifnull(group_concat(triple, ','), '') FROM (
                SELECT p.tool || ' ' || p.area || ' ' || sum(g.done_seconds) AS triple
                  FROM session_progress g JOIN played_step p ON p.id = g.played_step_id
                 WHERE g.session_id = NEW.session_id AND g.done_seconds >= 1 AND p.area IS NOT NULL
                 GROUP BY p.tool, p.area
                 ORDER BY p.tool, p.area))
     WHERE id = NEW.session_id;
END;
