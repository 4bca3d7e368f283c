-- Unknot schema 5. The red-flag questions come back (monthly, after a session stopped because pain got worse, with
-- the worsening warning); each time they are answered is kept with its moment, its reason and one answer per flag.
-- The CHECKs mirror the domain's RedFlagReason and RedFlag.

CREATE TABLE red_flag_check (
    id          INTEGER PRIMARY KEY,
    answered_at TEXT    NOT NULL CHECK (answered_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    reason      TEXT    NOT NULL CHECK (reason IN ('monthly', 'pain-worse-stop', 'worsening'))
);
CREATE INDEX red_flag_check_answered_at ON red_flag_check (answered_at);

CREATE TABLE red_flag_answer (
    check_id INTEGER NOT NULL REFERENCES red_flag_check (id) ON DELETE CASCADE,
    flag     TEXT    NOT NULL CHECK (flag IN ('saddle-numbness', 'bladder-bowel', 'leg-weakness', 'fever', 'fall',
                                              'cancer-history', 'weight-loss', 'night-pain', 'steroids-immune')),
    answer   TEXT    NOT NULL CHECK (answer IN ('yes', 'no')),
    PRIMARY KEY (check_id, flag)
) WITHOUT ROWID;
