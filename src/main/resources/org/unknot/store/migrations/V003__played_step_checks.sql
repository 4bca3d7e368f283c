-- Unknot schema 3. played_step gets the cross-field CHECKs that step has (a rest has no area, technique or intensity
-- and lasts at most ten minutes; a tool step has an area and lasts at least five seconds; only the massager has a
-- level). The stores write played steps with plain SQL, so the view session_step is for reading only and loses its
-- INSTEAD OF trigger. A played step that no session refers to any more is removed: now, and whenever a session (and
-- with it its progress rows) is deleted.
--
-- SQLite cannot add a CHECK to a table, so played_step is rebuilt. session_progress, which refers to it, is rebuilt
-- with it: renaming the new played_step into place then points session_progress at it, and no foreign key is ever
-- broken on the way, so this runs with foreign keys on, inside the migration's transaction.

DROP VIEW session_step;

CREATE TABLE played_step_v3 (
    id        INTEGER PRIMARY KEY,
    tool      TEXT    NOT NULL CHECK (tool IN ('foam-roller', 'handheld-massager', 'cold-ball', 'rest')),
    area      TEXT    CHECK (area IN ('neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'hips-glutes',
                                      'thighs', 'calves', 'feet')),
    side      TEXT    NOT NULL CHECK (side IN ('center', 'left', 'right', 'each')),
    technique TEXT    CHECK (technique IN ('long-strokes', 'circular', 'trigger-point', 'deep-pressure',
                                           'myofascial-release')),
    intensity TEXT    CHECK (intensity IN ('light', 'medium', 'firm')),
    level     INTEGER CHECK (level BETWEEN 1 AND 5),
    seconds   INTEGER NOT NULL CHECK (seconds BETWEEN 1 AND 3600),
    cue       TEXT    NOT NULL DEFAULT '' CHECK (length(cue) <= 280),
    CHECK ((tool = 'rest') = (area IS NULL)),
    CHECK (tool <> 'rest' OR (seconds <= 600 AND technique IS NULL AND intensity IS NULL)),
    CHECK (tool = 'rest' OR seconds >= 5),
    CHECK (level IS NULL OR tool = 'handheld-massager')
);

INSERT INTO played_step_v3 (id, tool, area, side, technique, intensity, level, seconds, cue)
SELECT id, tool, area, side, technique, intensity, level, seconds, cue
  FROM played_step
 WHERE id IN (SELECT played_step_id FROM session_progress);

CREATE TABLE session_progress_v3 (
    session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position BETWEEN 0 AND 199),
    played_step_id INTEGER NOT NULL REFERENCES played_step_v3 (id),
    status         TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'skipped', 'cut-short')),
    done_seconds   INTEGER NOT NULL DEFAULT 0 CHECK (done_seconds >= 0),
    added_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (added_seconds >= 0),
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

INSERT INTO session_progress_v3 (session_id, position, played_step_id, status, done_seconds, added_seconds)
SELECT session_id, position, played_step_id, status, done_seconds, added_seconds FROM session_progress;

DROP TABLE session_progress;
DROP TABLE played_step;
ALTER TABLE played_step_v3 RENAME TO played_step;
ALTER TABLE session_progress_v3 RENAME TO session_progress;

CREATE UNIQUE INDEX played_step_key ON played_step (tool, ifnull(area, ''), side, ifnull(technique, ''),
    ifnull(intensity, ''), ifnull(level, 0), seconds, cue);
-- Finds whether a played step is still used, for the trigger below and for the foreign key check when one is removed.
CREATE INDEX session_progress_played_step ON session_progress (played_step_id);

CREATE VIEW session_step AS
SELECT g.session_id, g.position, p.tool, p.area, p.side, p.technique, p.intensity, p.level, p.seconds, p.cue,
       g.status, g.done_seconds, g.added_seconds
  FROM session_progress g
  JOIN played_step p ON p.id = g.played_step_id;

-- Deleting a session deletes its progress rows (ON DELETE CASCADE); a played step left without any goes with them.
CREATE TRIGGER played_step_release AFTER DELETE ON session_progress
WHEN NOT EXISTS (SELECT 1 FROM session_progress WHERE played_step_id = OLD.played_step_id)
BEGIN
    DELETE FROM played_step WHERE id = OLD.played_step_id;
END;
