package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;

/** Saving a check-in: one transaction, on the day it is made in the user's zone. */
class CheckInRecordingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 00:30 on 2 March in Berlin, still 1 March in UTC. */
    private static final Instant AFTER_MIDNIGHT = Instant.parse("2025-03-01T23:30:00Z");

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private PainStore pain;
    private CheckInRecording checkIns;

    @BeforeEach
    void open() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        pain = new PainStore(database);
        checkIns = new CheckInRecording(pain);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PainEntry checkIn(Instant at, int score, Set<Area> areas, String note) {
        return new PainEntry(PainKind.CHECK_IN, at, new PainScore(score), areas, note);
    }

    @Test
    void aCheckInAfterMidnightBelongsToTheNewDay() {
        LocalDate day = checkIns.save(checkIn(AFTER_MIDNIGHT, 4, Set.of(Area.NECK), "Stiff"), BERLIN);

        assertEquals(LocalDate.of(2025, 3, 2), day);
        PainEntry stored = pain.checkInOn(day).orElseThrow();
        assertEquals(new PainScore(4), stored.score());
        assertEquals(Set.of(Area.NECK), stored.areas());
        assertEquals("Stiff", stored.note());
        assertEquals(Optional.empty(), pain.checkInOn(LocalDate.of(2025, 3, 1)));
    }

    @Test
    void aSecondCheckInTheSameDayReplacesTheFirst() throws SQLException {
        checkIns.save(checkIn(AFTER_MIDNIGHT, 4, Set.of(Area.NECK), "Stiff"), BERLIN);

        checkIns.save(checkIn(AFTER_MIDNIGHT.plusSeconds(3600), 2, Set.of(Area.FEET), "Better"), BERLIN);

        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM pain_entry"));
        assertEquals("2|feet|Better", Fixtures.text(file, "SELECT score || '|' || areas || '|' || note FROM pain_entry"));
    }

    @Test
    void aRefusedCheckInLeavesTheDaysCheckInAsItWas() throws SQLException {
        checkIns.save(checkIn(AFTER_MIDNIGHT, 4, Set.of(Area.NECK), "Stiff"), BERLIN);

        assertThrows(StorageException.class, () -> checkIns.save(
                checkIn(AFTER_MIDNIGHT.plusSeconds(60), 1, Set.of(), "x".repeat(2001)), BERLIN));

        assertEquals("4|neck|Stiff", Fixtures.text(file, "SELECT score || '|' || areas || '|' || note FROM pain_entry"));
    }

    @Test
    void aSessionRatingIsNotACheckIn() {
        assertThrows(IllegalArgumentException.class, () -> checkIns.save(
                new PainEntry(PainKind.AFTER, AFTER_MIDNIGHT, new PainScore(3), Set.of(), ""), BERLIN));
    }
}
