package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.PegDay;

/** The weekly PEG answers in a real data file. */
class PegStoreTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private PegStore peg;

    @BeforeEach
    void open() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        peg = new PegStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSecondAnswerTheSameWeekReplacesTheFirst() throws SQLException {
        peg.save(new PegAnswer(WEEK, 6, 5, 4), Instant.parse("2026-11-17T08:00:00Z"));
        peg.save(new PegAnswer(WEEK, 3, 2, 1), Instant.parse("2026-11-19T08:00:00Z"));

        assertEquals(Optional.of(new PegAnswer(WEEK, 3, 2, 1)), peg.week(WEEK));
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM peg_answer"));
        assertEquals(Optional.empty(), peg.week(WEEK.plusWeeks(1)));
    }

    @Test
    void aPeriodHoldsTheWeeksThatOverlapItsDaysOldestFirst() {
        for (int i = 0; i < 4; i++) {
            peg.save(new PegAnswer(WEEK.plusWeeks(i), i, i, i), Instant.parse("2026-11-17T08:00:00Z").plusSeconds(
                    i * 604_800L));
        }
        // from a Wednesday of the first week to the Monday of the third
        List<PegAnswer> period = peg.period(WEEK.plusDays(2), WEEK.plusWeeks(2));
        assertEquals(List.of(WEEK, WEEK.plusWeeks(1), WEEK.plusWeeks(2)), period.stream().map(PegAnswer::week).toList());
        assertEquals(List.of(), peg.period(WEEK.minusWeeks(3), WEEK.minusDays(1)));
    }

    @Test
    void answersAreGivenTheirLocalDayForTheCheckInsFile() {
        // 23:30 UTC on the 17th is already the 18th in Berlin
        peg.save(new PegAnswer(WEEK, 6, 5, 4), Instant.parse("2026-11-17T23:30:00Z"));
        peg.save(new PegAnswer(WEEK.plusWeeks(1), 2, 2, 2), Instant.parse("2026-11-24T10:00:00Z"));

        assertEquals(List.of(new PegDay(LocalDate.of(2026, 11, 18), new PegAnswer(WEEK, 6, 5, 4)),
                new PegDay(LocalDate.of(2026, 11, 24), new PegAnswer(WEEK.plusWeeks(1), 2, 2, 2))),
                peg.answeredDays(Optional.empty(), Optional.empty(), BERLIN));
        assertEquals(List.of(LocalDate.of(2026, 11, 18)), peg.answeredDays(Optional.of(LocalDate.of(2026, 11, 18)),
                Optional.of(LocalDate.of(2026, 11, 18)), BERLIN).stream().map(PegDay::day).toList());
    }

    @Test
    void theFileRefusesAnItemOutsideZeroToTenAndADayThatIsNotAMonday() throws SQLException {
        try (var connection = Fixtures.rawConnection(file); var statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO peg_answer VALUES"
                    + " ('2026-11-16', 11, 0, 0, '2026-11-17T08:00:00.000Z')"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO peg_answer VALUES"
                    + " ('2026-11-17', 1, 0, 0, '2026-11-17T08:00:00.000Z')"));
        }
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM peg_answer"));
    }

    @Test
    void thePlayerAsksAfterTheFirstSessionOfAWeekOnlyWhileTheWeekIsUnanswered() {
        SessionStore sessions = new SessionStore(database);
        Instant monday = Instant.parse("2026-11-16T00:00:00Z");
        Instant next = Instant.parse("2026-11-23T00:00:00Z");
        sessions.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), Instant.parse("2026-11-17T09:00:00Z"));
        assertTrue(peg.unansweredAfterFirstSession(WEEK, monday, next));

        sessions.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), Instant.parse("2026-11-18T09:00:00Z"));
        assertFalse(peg.unansweredAfterFirstSession(WEEK, monday, next), "the second session of the week");

        assertTrue(peg.unansweredAfterFirstSession(WEEK.plusWeeks(1), next, next.plusSeconds(604_800)));
        peg.save(new PegAnswer(WEEK.plusWeeks(1), 1, 1, 1), next.plusSeconds(60));
        assertFalse(peg.unansweredAfterFirstSession(WEEK.plusWeeks(1), next, next.plusSeconds(604_800)),
                "answered already");
    }
}
