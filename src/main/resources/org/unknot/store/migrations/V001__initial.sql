-- Unknot schema 1. CHECK constraints mirror the domain limits, so a bad row is refused even if a bug lets it through.
-- Moments are UTC text with milliseconds (2026-11-22T10:00:00.000Z): text order is time order, so indexes serve
-- ranges and sorting.

CREATE TABLE routine (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 80 AND name = trim(name)),
    name_key     TEXT    NOT NULL UNIQUE,
    description  TEXT    NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    performed_by TEXT    NOT NULL CHECK (performed_by IN ('self', 'partner')),
    created_at   TEXT    NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    updated_at   TEXT    NOT NULL CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z')
);

CREATE TABLE step (
    routine_id INTEGER NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 0 AND 199),
    tool       TEXT    NOT NULL CHECK (tool IN ('foam-roller', 'handheld-massager', 'cold-ball', 'rest')),
    area       TEXT    CHECK (area IN ('neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'hips-glutes',
                                       'thighs', 'calves', 'feet')),
    side       TEXT    NOT NULL DEFAULT 'center' CHECK (side IN ('center', 'left', 'right', 'each')),
    technique  TEXT    CHECK (technique IN ('long-strokes', 'circular', 'trigger-point', 'deep-pressure',
                                            'myofascial-release')),
    intensity  TEXT    CHECK (intensity IN ('light', 'medium', 'firm')),
    level      INTEGER CHECK (level BETWEEN 1 AND 5),
    seconds    INTEGER NOT NULL CHECK (seconds BETWEEN 1 AND 3600),
    cue        TEXT    NOT NULL DEFAULT '' CHECK (length(cue) <= 280),
    PRIMARY KEY (routine_id, position),
    CHECK ((tool = 'rest') = (area IS NULL)),
    CHECK (tool <> 'rest' OR (seconds <= 600 AND technique IS NULL AND intensity IS NULL)),
    CHECK (tool = 'rest' OR seconds >= 5),
    CHECK (level IS NULL OR tool = 'handheld-massager')
) WITHOUT ROWID;

-- A session keeps its own copy of the routine as played (name, who performed it, every step),
-- so that editing or deleting the routine never changes history.
CREATE TABLE session (
    id              INTEGER PRIMARY KEY,
    routine_id      INTEGER REFERENCES routine (id) ON DELETE SET NULL,
    routine_name    TEXT    NOT NULL CHECK (length(routine_name) BETWEEN 1 AND 80),
    performed_by    TEXT    NOT NULL CHECK (performed_by IN ('self', 'partner')),
    started_at      TEXT    NOT NULL CHECK (started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    ended_at        TEXT    CHECK (ended_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    status          TEXT    NOT NULL CHECK (status IN ('in-progress', 'completed', 'stopped', 'interrupted')),
    stop_reason     TEXT    CHECK (stop_reason IN ('pain-worse', 'out-of-time', 'equipment', 'other')),
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    notes           TEXT    NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    CHECK (stop_reason IS NULL OR status = 'stopped'),
    CHECK ((status = 'in-progress') = (ended_at IS NULL))
);
CREATE INDEX session_started_at ON session (started_at);
CREATE INDEX session_routine ON session (routine_id, started_at);
CREATE INDEX session_status ON session (status);

CREATE TABLE session_step (
    session_id    INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position BETWEEN 0 AND 199),
    tool          TEXT    NOT NULL CHECK (tool IN ('foam-roller', 'handheld-massager', 'cold-ball', 'rest')),
    area          TEXT    CHECK (area IN ('neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'hips-glutes',
                                          'thighs', 'calves', 'feet')),
    side          TEXT    NOT NULL CHECK (side IN ('center', 'left', 'right', 'each')),
    technique     TEXT    CHECK (technique IN ('long-strokes', 'circular', 'trigger-point', 'deep-pressure',
                                               'myofascial-release')),
    intensity     TEXT    CHECK (intensity IN ('light', 'medium', 'firm')),
    level         INTEGER CHECK (level BETWEEN 1 AND 5),
    seconds       INTEGER NOT NULL CHECK (seconds BETWEEN 1 AND 3600),
    cue           TEXT    NOT NULL DEFAULT '' CHECK (length(cue) <= 280),
    -- progress, written as the step ends
    status        TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'skipped', 'cut-short')),
    done_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (done_seconds >= 0),
    added_seconds INTEGER NOT NULL DEFAULT 0 CHECK (added_seconds >= 0),
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;
CREATE INDEX session_step_tool ON session_step (tool, session_id);

-- Pain on the 0-10 scale: before and after a session, or a daily check-in without one.
CREATE TABLE pain_entry (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('before', 'after', 'check-in')),
    session_id  INTEGER REFERENCES session (id) ON DELETE CASCADE,
    day         TEXT    CHECK (day IS NULL OR day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    recorded_at TEXT    NOT NULL CHECK (recorded_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    areas       TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    CHECK ((kind = 'check-in') = (session_id IS NULL)),
    CHECK ((kind = 'check-in') = (day IS NOT NULL))
);
CREATE UNIQUE INDEX pain_entry_session_kind ON pain_entry (session_id, kind) WHERE session_id IS NOT NULL;
CREATE UNIQUE INDEX pain_entry_check_in_day ON pain_entry (day) WHERE kind = 'check-in';

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
