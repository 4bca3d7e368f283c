package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.domain.RedFlag;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;
import org.unknot.domain.ToolArea;
import org.unknot.domain.ToolAreaUse;

/** Data files of every older schema, with history in them, come through the migrations to the latest unchanged. */
class MigrationTest {

    private static final List<String> SCRIPTS = List.of("V001__initial.sql", "V002__shared_played_steps.sql",
            "V003__played_step_checks.sql", "V004__application_id.sql", "V005__red_flag_answers.sql",
            "V006__session_worked.sql", "V007__session_seconds.sql");

    @TempDir
    Path folder;

    /** A file as Unknot of schema {@code version} left it: its scripts applied with raw SQL, and two sessions. */
    private Path fileOfSchema(int version) throws Exception {
        Path file = folder.resolve("unknot.db");
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            for (String script : SCRIPTS.subList(0, version)) {
                String text;
                try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                for (String sql : Migrations.statements(text)) {
                    if (!sql.replaceAll("(?m)--.*$", "").isBlank()) {
                        statement.executeUpdate(sql);
                    }
                }
            }
            statement.executeUpdate("PRAGMA user_version = " + version);
            for (int session = 1; session <= 2; session++) {
                statement.executeUpdate("INSERT INTO session (id, routine_name, performed_by, started_at, ended_at, "
                        + "status, planned_seconds, notes) VALUES (" + session + ", 'Legs', 'self', "
                        + "'2026-11-0" + session + "T10:00:00.000Z', '2026-11-0" + session + "T10:05:00.000Z', "
                        + "'completed', 180, 'Session " + session + "')");
                // Written as each schema wrote them: into the table of schema 1, through the view's trigger in 2,
                // with plain SQL into played_step and session_progress from 3 on.
                if (version < 3) {
                    statement.executeUpdate("INSERT INTO session_step (session_id, position, tool, area, side, seconds, "
                            + "cue, status, done_seconds, added_seconds) VALUES (" + session + ", 0, 'foam-roller', "
                            + "'calves', 'each', 60, 'Ankle to knee', 'completed', 150, 30)");
                    statement.executeUpdate("INSERT INTO session_step (session_id, position, tool, side, seconds, "
                            + "status, done_seconds) VALUES (" + session + ", 1, 'rest', 'center', 30, 'skipped', 4)");
                } else {
                    statement.executeUpdate("INSERT OR IGNORE INTO played_step (id, tool, area, side, seconds, cue) "
                            + "VALUES (1, 'foam-roller', 'calves', 'each', 60, 'Ankle to knee')");
                    statement.executeUpdate("INSERT OR IGNORE INTO played_step (id, tool, side, seconds) "
                            + "VALUES (2, 'rest', 'center', 30)");
                    statement.executeUpdate("INSERT INTO session_progress (session_id, position, played_step_id, status, "
                            + "done_seconds, added_seconds) VALUES (" + session + ", 0, 1, 'completed', 150, 30)");
                    statement.executeUpdate("INSERT INTO session_progress (session_id, position, played_step_id, status, "
                            + "done_seconds) VALUES (" + session + ", 1, 2, 'skipped', 4)");
                }
                statement.executeUpdate("INSERT INTO pain_entry (kind, session_id, recorded_at, score, areas, note) "
                        + "VALUES ('before', " + session + ", '2026-11-0" + session + "T10:00:00.000Z', 6, '', '')");
                statement.executeUpdate("INSERT INTO pain_entry (kind, session_id, recorded_at, score, areas, note) "
                        + "VALUES ('after', " + session + ", '2026-11-0" + session + "T10:06:00.000Z', 3, "
                        + "'calves,feet', 'Better')");
            }
            statement.executeUpdate("INSERT INTO pain_entry (kind, day, recorded_at, score) "
                    + "VALUES ('check-in', '2026-11-03', '2026-11-03T20:00:00.000Z', 4)");
        }
        return file;
    }

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void everySessionStepAndRatingComesThroughToTheLatestSchema(int version) throws Exception {
        Path file = fileOfSchema(version);

        try (Database database = Database.open(file)) {
            SessionStore sessions = new SessionStore(database);
            assertEquals(Migrations.latest(), database.schemaVersion());
            assertEquals(2, sessions.count());
            for (long id = 1; id <= 2; id++) {
                List<PlayedStep> steps = sessions.steps(id);
                assertEquals(2, steps.size());
                assertEquals(Tool.FOAM_ROLLER, steps.get(0).step().tool());
                assertEquals(Optional.of(Area.CALVES), steps.get(0).step().area());
                assertEquals("Ankle to knee", steps.get(0).step().cue());
                assertEquals(StepOutcome.COMPLETED, steps.get(0).outcome());
                assertEquals(150, steps.get(0).doneSeconds());
                assertEquals(30, steps.get(0).addedSeconds());
                assertEquals(Tool.REST, steps.get(1).step().tool());
                assertEquals(StepOutcome.SKIPPED, steps.get(1).outcome());
                SessionRecord record = sessions.find(id).orElseThrow();
                assertEquals(154, record.doneSeconds(), "the seconds done are copied to the session (schema 7)");
                assertEquals(Set.of(new ToolArea(Tool.FOAM_ROLLER, Area.CALVES)), record.worked(),
                        "what the session worked on is filled in from its steps (schema 6)");
                assertEquals(Optional.of(new PainScore(6)), record.painBefore());
                assertEquals(Optional.of(new PainScore(3)), record.painAfter());
                assertEquals("Session " + id, record.notes());
            }
            assertEquals(List.of(new ToolAreaUse(new ToolArea(Tool.FOAM_ROLLER, Area.CALVES), 2, 2, 300,
                    OptionalDouble.of(-3), 2)), sessions.periodUse(HistoryFilter.all(), ZoneOffset.UTC, 3).pairs(),
                    "the seconds per tool and area are copied to the session (schema 7)");
            assertEquals("ok", database.integrityCheck());
        }
        assertEquals("calves,feet", Fixtures.text(file, "SELECT areas FROM pain_entry WHERE session_id = 2 AND kind = 'after'"));
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM pain_entry WHERE kind = 'check-in'"));
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM pain_entry WHERE flare <> 0 "
                + "OR as_needed IS NOT NULL"), "no day was a flare or asked about medicine before schema 8");
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM session WHERE gentle <> 0"),
                "every session before schema 8 was played as planned");
        assertEquals(2, Fixtures.longValue(file, "SELECT count(*) FROM played_step"), "the same steps are stored once");
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM pragma_foreign_key_check"));
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                + "AND tbl_name = 'session_step'"), "played steps are written with plain SQL, not through the view");
    }

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void aFileOfEveryOlderSchemaCanKeepRedFlagAnswers(int version) throws Exception {
        Path file = fileOfSchema(version);

        try (Database database = Database.open(file)) {
            assertEquals(Migrations.latest(), database.schemaVersion());
            RedFlagStore redFlags = new RedFlagStore(database);
            assertEquals(Optional.empty(), redFlags.lastCheck(), "no answers before the first check");
            Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
            for (RedFlag flag : RedFlag.values()) {
                answers.put(flag, flag == RedFlag.FEVER);
            }
            RedFlagCheck check = new RedFlagCheck(Fixtures.NOW, RedFlagReason.MONTHLY, answers);
            redFlags.save(check);
            assertEquals(Optional.of(check), redFlags.lastCheck());
            assertEquals(2, new SessionStore(database).count(), "the history is still there");
        }
        assertEquals(Migrations.latest(), Fixtures.longValue(file, "PRAGMA user_version"));
    }

    @Test
    void playedStepsThatNoSessionRefersToAreRemovedByTheMigration() throws Exception {
        Path file = fileOfSchema(2);
        Fixtures.execute(file, "INSERT INTO played_step (tool, area, side, seconds) VALUES ('cold-ball', 'feet', 'left', 90)");
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.executeUpdate("DELETE FROM session WHERE id = 2");
        }

        Database.open(file).close();

        assertEquals(2, Fixtures.longValue(file, "SELECT count(*) FROM played_step"));
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM played_step WHERE tool = 'cold-ball'"));
        assertEquals(2, Fixtures.longValue(file, "SELECT count(*) FROM session_step WHERE session_id = 1"));
    }

    @Test
    void migratedPlayedStepsKeepTheirIndexesAndForeignKey() throws Exception {
        Path file = fileOfSchema(2);

        Database.open(file).close();

        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                + "AND name = 'played_step_key' AND tbl_name = 'played_step'"));
        assertEquals("played_step", Fixtures.text(file,
                "SELECT \"table\" FROM pragma_foreign_key_list('session_progress') WHERE \"from\" = 'played_step_id'"));
        assertEquals("session", Fixtures.text(file,
                "SELECT \"table\" FROM pragma_foreign_key_list('session_progress') WHERE \"from\" = 'session_id'"));
        assertTrue(Fixtures.text(file, "SELECT sql FROM sqlite_master WHERE name = 'played_step'")
                .contains("CHECK (level IS NULL OR tool = 'handheld-massager')"));
    }

    @Test
    void aPlayedStepTheNewChecksRefuseLeavesTheFileAsItWas() throws Exception {
        Path file = fileOfSchema(2);
        Fixtures.execute(file, "INSERT INTO session_step (session_id, position, tool, area, side, level, seconds) "
                + "VALUES (1, 2, 'foam-roller', 'feet', 'center', 3, 60)");

        assertThrows(StorageException.class, () -> Database.open(file));

        assertEquals(2, Fixtures.longValue(file, "PRAGMA user_version"));
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                + "AND name = 'session_step_insert'"));
        assertEquals(3, Fixtures.longValue(file, "SELECT count(*) FROM session_step WHERE session_id = 1"));
    }

    @Test
    void rowsLeftWithoutTheirParentStopTheMigration() throws SQLException {
        Path file = folder.resolve("unknot.db");
        try (Database database = Database.open(file)) {
            assertEquals(Migrations.latest(), database.schemaVersion());
        }
        // A broken file as another program with foreign keys off could leave it.
        Fixtures.execute(file, "INSERT INTO pain_entry (kind, session_id, recorded_at, score) "
                + "VALUES ('before', 42, '2026-11-01T10:00:00.000Z', 5)");
        Fixtures.execute(file, "PRAGMA user_version = 2");

        StorageException refused = assertThrows(StorageException.class, () -> Database.open(file));

        assertTrue(refused.getMessage().contains("pain_entry"), refused.getMessage());
        assertEquals(2, Fixtures.longValue(file, "PRAGMA user_version"));
    }
}
