package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CHECK constraints, foreign keys and triggers of the schema, exercised with raw SQL as a buggy writer would. */
class SchemaConstraintsTest {

    private static final String PLAYED_STEP = "INSERT INTO played_step (tool, area, side, technique, intensity, "
            + "level, seconds) VALUES (%s)";
    private static final String VALID_STEP = "INSERT INTO step (routine_id, position, tool, area, side, seconds) "
            + "VALUES (1, %d, '%s', %s, 'center', %d)";

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void migratedFileWithOneRoutine() throws SQLException {
        file = folder.resolve("unknot.db");
        Database.open(file).close();
        Fixtures.execute(file, "INSERT INTO routine (id, name, name_key, performed_by, created_at, updated_at) "
                + "VALUES (1, 'Base', 'base', 'self', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z')");
        Fixtures.execute(file, "INSERT INTO session (id, routine_id, routine_name, performed_by, started_at, status, "
                + "planned_seconds) VALUES (1, 1, 'Base', 'self', '2025-03-01T09:00:00.000Z', 'in-progress', 60)");
    }

    private void assertRefused(String sql) throws SQLException {
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
        }
    }

    private void assertAccepted(String sql) throws SQLException {
        Fixtures.execute(file, sql);
    }

    @Test
    void validStepAndPainEntryAreAccepted() throws SQLException {
        assertAccepted(String.format(VALID_STEP, 0, "foam-roller", "'upper-back'", 3600));
        assertAccepted(String.format(VALID_STEP, 1, "rest", "NULL", 600));
        assertAccepted("INSERT INTO pain_entry (kind, session_id, recorded_at, score) "
                + "VALUES ('before', 1, '2025-03-01T09:00:00.000Z', 10)");
        assertEquals(2, Fixtures.longValue(file, "SELECT count(*) FROM step"));
    }

    @Test
    void stepLongerThanAnHourIsRefused() throws SQLException {
        assertRefused(String.format(VALID_STEP, 0, "foam-roller", "'upper-back'", 3601));
    }

    @Test
    void stepShorterThanFiveSecondsIsRefused() throws SQLException {
        assertRefused(String.format(VALID_STEP, 0, "foam-roller", "'upper-back'", 4));
    }

    @Test
    void restLongerThanTenMinutesIsRefused() throws SQLException {
        assertRefused(String.format(VALID_STEP, 0, "rest", "NULL", 601));
    }

    @Test
    void restWithAnAreaIsRefused() throws SQLException {
        assertRefused(String.format(VALID_STEP, 0, "rest", "'neck'", 30));
    }

    @Test
    void toolWithoutAnAreaIsRefused() throws SQLException {
        assertRefused(String.format(VALID_STEP, 0, "cold-ball", "NULL", 30));
    }

    @Test
    void levelAboveFiveIsRefused() throws SQLException {
        assertRefused("INSERT INTO step (routine_id, position, tool, area, level, seconds) "
                + "VALUES (1, 0, 'handheld-massager', 'neck', 6, 60)");
    }

    @Test
    void levelOnAnotherToolThanTheMassagerIsRefused() throws SQLException {
        assertRefused("INSERT INTO step (routine_id, position, tool, area, level, seconds) "
                + "VALUES (1, 0, 'foam-roller', 'thighs', 2, 60)");
    }

    @Test
    void unknownToolIsRefused() throws SQLException {
        assertRefused(String.format(VALID_STEP, 0, "hammer", "'neck'", 60));
    }

    @Test
    void cueLongerThan280CharactersIsRefused() throws SQLException {
        assertRefused("INSERT INTO step (routine_id, position, tool, area, seconds, cue) "
                + "VALUES (1, 0, 'foam-roller', 'neck', 60, '" + "x".repeat(281) + "')");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void painScoreOutsideZeroToTenIsRefused(int score) throws SQLException {
        assertRefused("INSERT INTO pain_entry (kind, session_id, recorded_at, score) "
                + "VALUES ('before', 1, '2025-03-01T09:00:00.000Z', " + score + ")");
    }

    @Test
    void checkInWithoutADayIsRefused() throws SQLException {
        assertRefused("INSERT INTO pain_entry (kind, recorded_at, score) VALUES ('check-in', '2025-03-01T09:00:00.000Z', 3)");
    }

    @Test
    void momentsOutsideTheSortableUtcFormatAreRefused() throws SQLException {
        assertRefused("INSERT INTO session (routine_name, performed_by, started_at, status, planned_seconds) "
                + "VALUES ('Base', 'self', '2025-03-01T09:00+01:00', 'in-progress', 60)");
        assertRefused("INSERT INTO pain_entry (kind, day, recorded_at, score) "
                + "VALUES ('check-in', '2025-03-01', '2025-03-01T09:00Z', 3)");
    }

    @Test
    void sessionWithAnUnknownStatusIsRefused() throws SQLException {
        assertRefused("INSERT INTO session (routine_name, performed_by, started_at, ended_at, status, planned_seconds) "
                + "VALUES ('Base', 'self', '2025-03-01T09:00:00.000Z', '2025-03-01T09:10:00.000Z', 'paused', 60)");
    }

    @Test
    void stopReasonOnACompletedSessionIsRefused() throws SQLException {
        assertRefused("INSERT INTO session (routine_name, performed_by, started_at, ended_at, status, stop_reason, "
                + "planned_seconds) VALUES ('Base', 'self', '2025-03-01T09:00:00.000Z', '2025-03-01T09:10:00.000Z', 'completed', "
                + "'other', 60)");
    }

    @Test
    void finishedSessionWithoutAnEndIsRefused() throws SQLException {
        assertRefused("INSERT INTO session (routine_name, performed_by, started_at, status, planned_seconds) "
                + "VALUES ('Base', 'self', '2025-03-01T09:00:00.000Z', 'completed', 60)");
    }

    @Test
    void routineNameOf81CharactersIsRefused() throws SQLException {
        String name = "n".repeat(81);
        assertRefused("INSERT INTO routine (name, name_key, performed_by, created_at, updated_at) "
                + "VALUES ('" + name + "', '" + name + "', 'self', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z')");
    }

    @Test
    void routineNameWithSurroundingSpacesIsRefused() throws SQLException {
        assertRefused("INSERT INTO routine (name, name_key, performed_by, created_at, updated_at) "
                + "VALUES (' Padded ', 'padded', 'self', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z')");
    }

    @Test
    void secondRoutineWithTheSameNameKeyIsRefused() throws SQLException {
        assertRefused("INSERT INTO routine (name, name_key, performed_by, created_at, updated_at) "
                + "VALUES ('BASE', 'base', 'self', '2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.000Z')");
    }

    @Test
    void stepOfAMissingRoutineIsRefusedWhenForeignKeysAreOn() throws SQLException {
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO step (routine_id, position, tool, area, seconds) VALUES (99, 0, 'foam-roller', 'neck', 60)"));
        }
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM step"));
    }

    @Test
    void deletingARoutineCascadesItsStepsButKeepsItsSessions() throws SQLException {
        try (Database database = Database.open(file)) {
            RoutineStore routines = new RoutineStore(database, Fixtures.CLOCK);
            long id = routines.add(Fixtures.fullRoutine("Low-back relief"));
            long session = new SessionStore(database).start(Optional.of(id), Fixtures.fullRoutine("Low-back relief"),
                    Fixtures.MORNING);
            assertEquals(4, Fixtures.longValue(file, "SELECT count(*) FROM step WHERE routine_id = " + id));

            routines.delete(id);

            assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM step WHERE routine_id = " + id));
            assertEquals(1, Fixtures.longValue(file,
                    "SELECT count(*) FROM session WHERE id = " + session + " AND routine_id IS NULL"));
            assertEquals("Low-back relief", Fixtures.text(file, "SELECT routine_name FROM session WHERE id = " + session));
            assertEquals(4, Fixtures.longValue(file, "SELECT count(*) FROM session_step WHERE session_id = " + session));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "'foam-roller', 'upper-back', 'center', 'circular', 'firm', NULL, 3600",
            "'handheld-massager', 'neck', 'each', NULL, NULL, 5, 5",
            "'rest', NULL, 'center', NULL, NULL, NULL, 600",
            "'rest', NULL, 'center', NULL, NULL, NULL, 1"})
    void playedStepsAsARoutineWouldHoldThemAreAccepted(String values) throws SQLException {
        assertAccepted(String.format(PLAYED_STEP, values));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "'rest', 'neck', 'center', NULL, NULL, NULL, 30",
            "'cold-ball', NULL, 'center', NULL, NULL, NULL, 30",
            "'rest', NULL, 'center', NULL, NULL, NULL, 601",
            "'rest', NULL, 'center', 'circular', NULL, NULL, 30",
            "'rest', NULL, 'center', NULL, 'light', NULL, 30",
            "'foam-roller', 'thighs', 'center', NULL, NULL, NULL, 4",
            "'foam-roller', 'thighs', 'center', NULL, NULL, 2, 60",
            "'handheld-massager', 'thighs', 'center', NULL, NULL, 6, 60"})
    void playedStepsThatNoRoutineCouldHoldAreRefused(String values) throws SQLException {
        assertRefused(String.format(PLAYED_STEP, values));
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM played_step"));
    }

    @Test
    void progressOfAMissingPlayedStepIsRefusedWhenForeignKeysAreOn() throws SQLException {
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO session_progress (session_id, position, played_step_id) VALUES (1, 0, 99)"));
        }
    }

    @Test
    void playedStepsAreNotWrittenThroughTheView() throws SQLException {
        assertRefused("INSERT INTO session_step (session_id, position, tool, area, side, seconds) "
                + "VALUES (1, 0, 'foam-roller', 'neck', 'center', 60)");
    }

    @Test
    void deletingASessionRemovesThePlayedStepsNoOtherSessionUses() throws SQLException {
        try (Database database = Database.open(file)) {
            SessionStore sessions = new SessionStore(database);
            long kept = sessions.start(Optional.empty(), Fixtures.simpleRoutine("Short", 60), Fixtures.MORNING);
            long deleted = sessions.start(Optional.empty(), Fixtures.fullRoutine("Low-back relief"), Fixtures.MORNING);
            long shared = sessions.start(Optional.empty(), Fixtures.simpleRoutine("Short", 60), Fixtures.MORNING);
            assertEquals(5, Fixtures.longValue(file, "SELECT count(*) FROM played_step"));

            sessions.delete(deleted);
            sessions.delete(shared);

            assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM played_step"),
                    "the steps only the deleted session used are gone; the one another session uses stays");
            assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM session_step WHERE session_id = " + kept));
        }
    }

    @Test
    void deletingASessionWithRawSqlRemovesItsPlayedStepsToo() throws SQLException {
        try (Database database = Database.open(file)) {
            new SessionStore(database).start(Optional.empty(), Fixtures.fullRoutine("Low-back relief"), Fixtures.MORNING);
        }
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.executeUpdate("DELETE FROM session");
        }
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM played_step"));
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM session_progress"));
    }
}
