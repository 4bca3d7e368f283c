package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;

/** A check-in marks a flare day: saved, read back, corrected, deleted and put back with it, in a real data file. */
class FlareDayStoreTest {

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
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PainEntry checkIn(int score, boolean flare) {
        return new PainEntry(PainKind.CHECK_IN, MADE, new PainScore(score), Set.of(Area.NECK), "Stiff", flare);
    }

    @Test
    void aFlareCheckInIsReadBackAsAFlareDay() {
        new CheckInRecording(pain).save(checkIn(8, true), ZoneOffset.UTC);

        assertTrue(pain.checkInOn(DAY).orElseThrow().flare());
        List<CheckInRecord> all = new ArrayList<>();
        pain.forEachCheckIn(Optional.empty(), Optional.empty(), all::add);
        assertEquals(List.of(new CheckInRecord(DAY, new PainScore(8), Set.of(Area.NECK), "Stiff", true)), all);
    }

    @Test
    void savingTheDayAgainWithoutTheFlareClearsIt() {
        pain.checkIn(DAY, checkIn(8, true));
        pain.checkIn(DAY, checkIn(5, false));

        assertFalse(pain.checkInOn(DAY).orElseThrow().flare());
    }

    @Test
    void aCorrectionSetsTheFlareAndKeepsEverythingElse() {
        pain.checkIn(DAY, checkIn(6, false));

        assertTrue(edits.correct(DAY, new PainScore(6), Set.of(Area.NECK), "Stiff", true, Optional.empty()));

        assertEquals(checkIn(6, true), pain.checkInOn(DAY).orElseThrow());
    }

    @Test
    void aCorrectionWithoutAFlareAnswerKeepsTheMark() {
        pain.checkIn(DAY, checkIn(8, true));

        assertTrue(edits.correct(DAY, new PainScore(4), Set.of(), ""));

        assertTrue(pain.checkInOn(DAY).orElseThrow().flare());
        assertEquals(new PainScore(4), pain.checkInOn(DAY).orElseThrow().score());
    }

    @Test
    void aDeletedFlareDayComesBackAsAFlareDay() {
        pain.checkIn(DAY, checkIn(8, true));

        DeletedCheckIn deleted = edits.delete(DAY).orElseThrow();
        assertTrue(edits.restore(deleted));

        assertEquals(checkIn(8, true), pain.checkInOn(DAY).orElseThrow());
    }
}
