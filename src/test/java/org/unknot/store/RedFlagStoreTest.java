package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.RedFlag;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.domain.RedFlagUrgency;

/** Red-flag answers on a real data file: kept whole, with their date, the newest found again. */
class RedFlagStoreTest {

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private RedFlagStore store;

    @BeforeEach
    void open() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        store = new RedFlagStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static RedFlagCheck check(Instant at, RedFlagReason reason, RedFlag... yes) {
        Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            answers.put(flag, List.of(yes).contains(flag));
        }
        return new RedFlagCheck(at, reason, answers);
    }

    @Test
    void theNewestCheckComesBackWithEveryAnswerItsDateAndReason() throws SQLException {
        RedFlagCheck older = check(Instant.parse("2026-10-01T08:00:00Z"), RedFlagReason.MONTHLY);
        RedFlagCheck newer = check(Instant.parse("2026-11-02T09:30:00.250Z"), RedFlagReason.PAIN_WORSE_STOP,
                RedFlag.LEG_WEAKNESS, RedFlag.NIGHT_PAIN);
        store.save(newer);
        store.save(older);

        RedFlagCheck last = store.lastCheck().orElseThrow();

        assertEquals(newer, last);
        assertEquals(List.of(RedFlag.LEG_WEAKNESS, RedFlag.NIGHT_PAIN), last.yes());
        assertEquals(Optional.of(RedFlagUrgency.EMERGENCY), last.urgency());
        assertEquals(2, Fixtures.longValue(file, "SELECT count(*) FROM red_flag_check"));
        assertEquals(2L * RedFlag.values().length, Fixtures.longValue(file, "SELECT count(*) FROM red_flag_answer"));
        assertEquals("2026-11-02T09:30:00.250Z", Fixtures.text(file,
                "SELECT answered_at FROM red_flag_check WHERE reason = 'pain-worse-stop'"));
    }

    @Test
    void neverAnsweredMeansNoLastCheck() {
        assertEquals(Optional.empty(), store.lastCheck());
    }

    @Test
    void everyFlagAndReasonOfTheDomainIsAcceptedByTheSchema() throws SQLException {
        for (RedFlagReason reason : RedFlagReason.values()) {
            RedFlagCheck allYes = check(Instant.parse("2026-11-01T08:00:00Z").plusSeconds(reason.ordinal()), reason,
                    RedFlag.values());
            store.save(allYes);
            assertEquals(Optional.of(allYes), store.lastCheck());
        }
        assertEquals(RedFlagReason.values().length, Fixtures.longValue(file, "SELECT count(*) FROM red_flag_check"));
    }

    @Test
    void theSchemaRefusesAnAnswerOrReasonTheDomainDoesNotKnow() throws SQLException {
        long id = store.save(check(Instant.parse("2026-11-01T08:00:00Z"), RedFlagReason.MONTHLY));
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO red_flag_check (answered_at, reason) VALUES ('2026-11-01T08:00:00.000Z', 'weekly')"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO red_flag_check (answered_at, reason) VALUES ('yesterday', 'monthly')"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE red_flag_answer SET answer = 'maybe' WHERE check_id = " + id));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO red_flag_answer (check_id, flag, answer) VALUES (" + id + ", 'headache', 'yes')"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO red_flag_answer (check_id, flag, answer) VALUES (999, 'fever', 'yes')"));
        }
    }

    @Test
    void aCheckThatCannotBeSavedWholeLeavesNothingBehind() throws SQLException {
        // A row already holding the id the next check gets: its answers clash, so the whole check is rolled back.
        Fixtures.execute(file, "INSERT INTO red_flag_answer (check_id, flag, answer) VALUES (1, 'fever', 'no')");

        assertThrows(StorageException.class,
                () -> store.save(check(Instant.parse("2026-11-01T08:00:00Z"), RedFlagReason.MONTHLY)));

        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM red_flag_check"));
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM red_flag_answer"));
    }
}
