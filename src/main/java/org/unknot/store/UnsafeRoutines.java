package org.unknot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.SafetyRules;
import org.unknot.domain.Step;

/**
 * Which saved routines the current health profile makes unsafe: for each, its first finding that blocks starting.
 * Read in one pass; with no condition ticked nothing is read beyond the profile.
 */
public final class UnsafeRoutines {

    private final Database database;

    public UnsafeRoutines(Database database) {
        this.database = database;
    }

    /** Routine id → the first error the profile finds in it; routines the profile allows are absent. */
    public Map<Long, SafetyFinding> find() {
        return database.read(connection -> {
            HealthProfile profile = HealthProfileStore.read(connection);
            Map<Long, SafetyFinding> unsafe = new HashMap<>();
            if (profile.isEmpty()) {
                return unsafe;
            }
            Map<Long, List<Step>> steps = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT routine_id, " + StepColumns.NAMES + " FROM step ORDER BY routine_id, position");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.computeIfAbsent(rows.getLong("routine_id"), id -> new ArrayList<>())
                            .add(StepColumns.read(rows));
                }
            }
            steps.forEach((id, routineSteps) -> SafetyRules.evaluate(
                            new Routine("r", "", PerformedBy.SELF, routineSteps), profile).stream()
                    .filter(SafetyFinding::blocking).findFirst().ifPresent(finding -> unsafe.put(id, finding)));
            return unsafe;
        });
    }
}
