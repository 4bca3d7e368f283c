package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schema 8's limits — PEG answers, the health profile, flare and as-needed days, gentle sessions, medicines — as raw SQL meets them. */
class ClinicalSchemaTest {

    private static final String MOMENT = "'2026-11-30T09:00:00.000Z'";
    private static final String PEG = "INSERT INTO peg_answer (week, pain, enjoyment, activity, answered_at) "
            + "VALUES ('%s', %d, %d, %d, " + MOMENT + ")";
    private static final String MEDICINE = "INSERT INTO medicine (name, dose, use, started_on, stopped_on) "
            + "VALUES (%s, '400 mg', '%s', '2026-11-02', %s)";

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void migratedFileWithOneSession() throws SQLException {
        file = folder.resolve("unknot.db");
        Database.open(file).close();
        Fixtures.execute(file, "INSERT INTO session (id, routine_name, performed_by, started_at, status, "
                + "planned_seconds) VALUES (1, 'Base', 'self', " + MOMENT + ", 'in-progress', 60)");
    }

    private void assertRefused(String sql) throws SQLException {
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
        }
    }

    @Test
    void aPegAnswerIsKeptForTheWeekNamedByItsMonday() throws SQLException {
        Fixtures.execute(file, String.format(PEG, "2026-11-30", 0, 10, 5));

        assertRefused(String.format(PEG, "2026-12-01", 4, 4, 4));
        assertRefused(String.format(PEG, "2026-11-30", 3, 3, 3));
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM peg_answer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1, 5, 5", "11, 5, 5", "5, -1, 5", "5, 11, 5", "5, 5, -1", "5, 5, 11", "5, NULL, 5"})
    void aPegItemOutsideZeroToTenOrMissingIsRefused(String items) throws SQLException {
        assertRefused("INSERT INTO peg_answer (week, pain, enjoyment, activity, answered_at) "
                + "VALUES ('2026-11-30', " + items + ", " + MOMENT + ")");
    }

    @Test
    void theProfileHoldsOnlyKnownConditionsAndAreas() throws SQLException {
        Fixtures.execute(file, "INSERT INTO health_condition (condition) VALUES ('raynaud-cold-urticaria')");
        Fixtures.execute(file, "INSERT INTO injury_area (area) VALUES ('lower-back')");

        assertRefused("INSERT INTO health_condition (condition) VALUES ('flu')");
        assertRefused("INSERT INTO health_condition (condition) VALUES ('raynaud-cold-urticaria')");
        assertRefused("INSERT INTO injury_area (area) VALUES ('elbow')");
    }

    @Test
    void onlyACheckInMarksAFlareOrAnAsNeededMedicine() throws SQLException {
        Fixtures.execute(file, "INSERT INTO pain_entry (kind, day, recorded_at, score, flare, as_needed) "
                + "VALUES ('check-in', '2026-11-30', " + MOMENT + ", 8, 1, 'yes')");
        Fixtures.execute(file, "INSERT INTO pain_entry (kind, session_id, recorded_at, score) "
                + "VALUES ('before', 1, " + MOMENT + ", 6)");

        assertRefused("INSERT INTO pain_entry (kind, session_id, recorded_at, score, flare) "
                + "VALUES ('after', 1, " + MOMENT + ", 6, 1)");
        assertRefused("UPDATE pain_entry SET as_needed = 'no' WHERE kind = 'before'");
        assertRefused("UPDATE pain_entry SET flare = 2 WHERE kind = 'check-in'");
        assertRefused("UPDATE pain_entry SET as_needed = 'maybe' WHERE kind = 'check-in'");
        assertEquals(0, Fixtures.longValue(file, "SELECT flare FROM pain_entry WHERE kind = 'before'"));
    }

    @Test
    void aSessionIsFullUnlessMarkedGentle() throws SQLException {
        assertEquals(0, Fixtures.longValue(file, "SELECT gentle FROM session WHERE id = 1"));

        Fixtures.execute(file, "UPDATE session SET gentle = 1 WHERE id = 1");

        assertRefused("UPDATE session SET gentle = 2 WHERE id = 1");
    }

    @Test
    void aMedicineNeedsANameAUseAndAStopNotBeforeItsStart() throws SQLException {
        Fixtures.execute(file, String.format(MEDICINE, "'Ibuprofen'", "as-needed", "'2026-11-02'"));
        Fixtures.execute(file, String.format(MEDICINE, "'Paracetamol'", "regular", "NULL"));

        assertRefused(String.format(MEDICINE, "''", "regular", "NULL"));
        assertRefused(String.format(MEDICINE, "' Ibuprofen'", "regular", "NULL"));
        assertRefused(String.format(MEDICINE, "'Ibuprofen'", "daily", "NULL"));
        assertRefused(String.format(MEDICINE, "'Ibuprofen'", "regular", "'2026-11-01'"));
        assertEquals(2, Fixtures.longValue(file, "SELECT count(*) FROM medicine"));
    }
}
