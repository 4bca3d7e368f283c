-- Unknot schema 8. What a pain clinician follows beside the pain ratings: the weekly PEG, the health profile that
-- narrows the safety rules, flare days, gentle sessions and the pain medicines. Days are the user's local dates; a
-- week is named by its Monday, as History's weeks are. The CHECKs mirror the domain's limits.

-- The weekly PEG (Krebs et al. 2009): average pain in the past week and how pain interfered with enjoyment of life
-- and with general activity, each 0-10; at most one answer per week, which the user may change during that week.
CREATE TABLE peg_answer (
    week        TEXT    PRIMARY KEY CHECK (week GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
                                           AND strftime('%w', week) = '1'),
    pain        INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    enjoyment   INTEGER NOT NULL CHECK (enjoyment BETWEEN 0 AND 10),
    activity    INTEGER NOT NULL CHECK (activity BETWEEN 0 AND 10),
    answered_at TEXT    NOT NULL CHECK (answered_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z')
) WITHOUT ROWID;

-- The health profile: the conditions the user ticked (each optional), and the areas of a recent surgery or injury.
CREATE TABLE health_condition (
    condition TEXT PRIMARY KEY CHECK (condition IN ('raynaud-cold-urticaria', 'diabetes-numb-feet',
                                                    'poor-leg-circulation', 'blood-thinners', 'osteoporosis',
                                                    'pregnancy', 'varicose-veins', 'recent-surgery-injury',
                                                    'cancer-treated'))
) WITHOUT ROWID;

CREATE TABLE injury_area (
    area TEXT PRIMARY KEY CHECK (area IN ('neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'hips-glutes',
                                          'thighs', 'calves', 'feet'))
) WITHOUT ROWID;

-- A check-in may mark a flare day, and says whether an as-needed pain medicine was taken that day when the user
-- was asked (NULL: not asked, as when no as-needed medicine is listed). Only a check-in carries either.
ALTER TABLE pain_entry ADD COLUMN flare INTEGER NOT NULL DEFAULT 0 CHECK (flare IN (0, 1));
ALTER TABLE pain_entry ADD COLUMN as_needed TEXT CHECK (as_needed IN ('yes', 'no'));
CREATE TRIGGER pain_entry_check_in_only_insert BEFORE INSERT ON pain_entry
WHEN NEW.kind <> 'check-in' AND (NEW.flare <> 0 OR NEW.as_needed IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'only a check-in marks a flare or an as-needed medicine');
END;
CREATE TRIGGER pain_entry_check_in_only_update BEFORE UPDATE OF flare, as_needed, kind ON pain_entry
WHEN NEW.kind <> 'check-in' AND (NEW.flare <> 0 OR NEW.as_needed IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'only a check-in marks a flare or an as-needed medicine');
END;

-- A session played in its gentle version (lighter pressure, lower levels, shorter steps) says so; its played steps
-- are the gentle ones.
ALTER TABLE session ADD COLUMN gentle INTEGER NOT NULL DEFAULT 0 CHECK (gentle IN (0, 1));

-- The pain medicines, as a record for the clinician: no doses checked, no advice.
CREATE TABLE medicine (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 80 AND name = trim(name)),
    dose       TEXT    NOT NULL DEFAULT '' CHECK (length(dose) <= 80),
    use        TEXT    NOT NULL CHECK (use IN ('regular', 'as-needed')),
    started_on TEXT    NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    stopped_on TEXT    CHECK (stopped_on IS NULL OR stopped_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    CHECK (stopped_on IS NULL OR stopped_on >= started_on)
);
