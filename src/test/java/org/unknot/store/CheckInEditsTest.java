package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;

/** Correcting, deleting and putting back a past check-in, in a real data file. */
class CheckInEditsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant MADE = Instant.parse("2026-11-20T08:15:00Z");

    @TempDir
    Path folder;

    private Database database;
    private PainStore pain;
    private CheckInEdits edits;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("unknot.db"));
        pain = new PainStore(database);
        edits = new CheckInEdits(pain);
        pain.checkIn(DAY, new PainEntry(PainKind.CHECK_IN, MADE, new PainScore(6), Set.of(Area.NECK), "Stiff"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCorrectionChangesPainAreasAndNoteButKeepsTheMomentItWasMade() {
        assertTrue(edits.correct(DAY, new PainScore(3), Set.of(Area.LOWER_BACK, Area.FEET), "Better "));

        PainEntry stored = pain.checkInOn(DAY).orElseThrow();
        assertEquals(new PainScore(3), stored.score());
        assertEquals(Set.of(Area.LOWER_BACK, Area.FEET), stored.areas());
        assertEquals("Better", stored.note());
        assertEquals(MADE, stored.recordedAt());
    }

    @Test
    void aCorrectionOfADayWithoutACheckInWritesNothing() {
        assertFalse(edits.correct(DAY.minusDays(1), new PainScore(3), Set.of(), ""));

        assertEquals(Optional.empty(), pain.checkInOn(DAY.minusDays(1)));
        assertEquals(1, pain.checkInCount());
    }

    @Test
    void aDeletedCheckInComesBackExactlyAsItWas() {
        PainEntry before = pain.checkInOn(DAY).orElseThrow();

        DeletedCheckIn deleted = edits.delete(DAY).orElseThrow();
        assertEquals(Optional.empty(), pain.checkInOn(DAY));

        assertTrue(edits.restore(deleted));
        assertEquals(before, pain.checkInOn(DAY).orElseThrow());
    }

    @Test
    void deletingADayWithoutACheckInReturnsNothing() {
        assertEquals(Optional.empty(), edits.delete(DAY.plusDays(1)));
        assertEquals(1, pain.checkInCount());
    }

    @Test
    void anUndoNeverOverwritesACheckInSavedOnThatDaySince() {
        DeletedCheckIn deleted = edits.delete(DAY).orElseThrow();
        PainEntry newer = new PainEntry(PainKind.CHECK_IN, MADE.plusSeconds(60), new PainScore(2), Set.of(), "New");
        pain.checkIn(DAY, newer);

        assertFalse(edits.restore(deleted));
        assertEquals(newer, pain.checkInOn(DAY).orElseThrow());
    }
}
