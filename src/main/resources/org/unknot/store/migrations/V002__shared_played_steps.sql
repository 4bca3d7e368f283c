-- Unknot schema 2. A session keeps its copy of the routine as played, but identical steps are stored once:
-- played_step holds each distinct step, session_progress holds per session step only the reference and the
-- progress. The view session_step shows both as before, and its INSTEAD OF trigger stores new steps the same way.
-- At 100,000 sessions this takes the file from about 133 MB to well under 100 MB.

CREATE TABLE played_step (
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
    cue       TEXT    NOT NULL DEFAULT '' CHECK (length(cue) <= 280)
);
CREATE UNIQUE INDEX played_step_key ON played_step (tool, ifnull(area, ''), side, ifnull(technique, ''),
    ifnull(intensity, ''), ifnull(level, 0), seconds, cue);

CREATE TABLE session_progress (
    session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position BETWEEN 0 AND 199),
    played_step_id INTEGER NOT NULL REFERENCES played_step (id),
    status         TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'skipped', 'cut-short')),
    done_seconds   INTEGER NOT NULL DEFAULT 0 CHECK (done_seconds >= 0),
    added_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (added_seconds >= 0),
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

INSERT OR IGNORE INTO played_step (tool, area, side, technique, intensity, level, seconds, cue)
SELECT tool, area, side, technique, intensity, level, seconds, cue FROM session_step;

INSERT INTO session_progress (session_id, position, played_step_id, status, done_seconds, added_seconds)
SELECT s.session_id, s.position, p.id, s.status, s.done_seconds, s.added_seconds
  FROM session_step s
  JOIN played_step p ON p.tool = s.tool AND ifnull(p.area, '') = ifnull(s.area, '') AND p.side = s.side
   AND ifnull(p.technique, '') = ifnull(s.technique, '') AND ifnull(p.intensity, '') = ifnull(s.intensity, '')
   AND ifnull(p.level, 0) = ifnull(s.level, 0) AND p.seconds = s.seconds AND p.cue = s.cue;

DROP TABLE session_step;

CREATE VIEW session_step AS
SELECT g.session_id, g.position, p.tool, p.area, p.side, p.technique, p.intensity, p.level, p.seconds, p.cue,
       g.status, g.done_seconds, g.added_seconds
  FROM session_progress g
  JOIN played_step p ON p.id = g.played_step_id;

CREATE TRIGGER session_step_insert INSTEAD OF INSERT ON session_step
BEGIN
    INSERT OR IGNORE INTO played_step (tool, area, side, technique, intensity, level, seconds, cue)
    VALUES (NEW.tool, NEW.area, NEW.side, NEW.technique, NEW.intensity, NEW.level, NEW.seconds, ifnull(NEW.cue, ''));
    INSERT INTO session_progress (session_id, position, played_step_id, status, done_seconds, added_seconds)
    VALUES (NEW.session_id, NEW.position,
            (SELECT id FROM played_step
              WHERE tool = NEW.tool AND ifnull(area, '') = ifnull(NEW.area, '') AND side = NEW.side
                AND ifnull(technique, '') = ifnull(NEW.technique, '')
                AND ifnull(intensity, '') = ifnull(NEW.intensity, '') AND ifnull(level, 0) = ifnull(NEW.level, 0)
                AND seconds = NEW.seconds AND cue = ifnull(NEW.cue, '')),
            ifnull(NEW.status, 'pending'), ifnull(NEW.done_seconds, 0), ifnull(NEW.added_seconds, 0));
END;
