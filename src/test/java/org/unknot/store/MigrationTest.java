package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;

/** A data file from schema 1, with history in it, comes through the migration to schema 2 unchanged. */
class MigrationTest {

    @TempDir
    Path folder;

    @Test
    void sessionsOfSchemaOneKeepEveryStepAndItsProgress() throws Exception {
        Path file = folder.resolve("unknot.db");
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            String v1;
            try (InputStream in = Migrations.class.getResourceAsStream("migrations/V001__initial.sql")) {
                v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String sql : Migrations.statements(v1)) {
                if (!sql.replaceAll("(?m)--.*$", "").isBlank()) {
                    statement.executeUpdate(sql);
                }
            }
            statement.executeUpdate("PRAGMA user_version = 1");
            statement.executeUpdate("INSERT INTO session (id, routine_name, performed_by, started_at, ended_at, status, "
                    + "planned_seconds) VALUES (1, 'Legs', 'self', '2026-11-01T10:00:00.000Z', "
                    + "'2026-11-01T10:05:00.000Z', 'completed', 180)");
            statement.executeUpdate("INSERT INTO session (id, routine_name, performed_by, started_at, ended_at, status, "
                    + "planned_seconds) VALUES (2, 'Legs', 'self', '2026-11-02T10:00:00.000Z', "
                    + "'2026-11-02T10:05:00.000Z', 'completed', 180)");
            for (int session = 1; session <= 2; session++) {
                statement.executeUpdate("INSERT INTO session_step (session_id, position, tool, area, side, seconds, cue, "
                        + "status, done_seconds, added_seconds) VALUES (" + session + ", 0, 'foam-roller', 'calves', "
                        + "'each', 60, 'Ankle to knee', 'completed', 150, 30)");
                statement.executeUpdate("INSERT INTO session_step (session_id, position, tool, side, seconds, status, "
                        + "done_seconds) VALUES (" + session + ", 1, 'rest', 'center', 30, 'skipped', 4)");
            }
        }

        try (Database database = Database.open(file)) {
            SessionStore sessions = new SessionStore(database);
            assertEquals(2, database.schemaVersion());
            List<PlayedStep> steps = sessions.steps(2);
            assertEquals(2, steps.size());
            assertEquals(Tool.FOAM_ROLLER, steps.get(0).step().tool());
            assertEquals(Optional.of(Area.CALVES), steps.get(0).step().area());
            assertEquals("Ankle to knee", steps.get(0).step().cue());
            assertEquals(StepOutcome.COMPLETED, steps.get(0).outcome());
            assertEquals(150, steps.get(0).doneSeconds());
            assertEquals(30, steps.get(0).addedSeconds());
            assertEquals(StepOutcome.SKIPPED, steps.get(1).outcome());
            SessionRecord record = sessions.find(1).orElseThrow();
            assertEquals(154, record.doneSeconds());
            assertEquals(Set.of(Tool.FOAM_ROLLER), record.tools());
            assertEquals("ok", database.integrityCheck());
        }
        assertEquals(2, Fixtures.longValue(file, "SELECT count(*) FROM played_step"), "the same steps are stored once");
    }
}
