package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
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
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;

/** A check-in's as-needed answer: saved with it, corrected with it, kept by whatever does not set it. */
class AsNeededCheckInTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant MADE = Instant.parse("2026-11-20T08:15:00Z");

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private PainStore pain;
    private CheckInRecording recording;
    private CheckInEdits edits;

    @BeforeEach
    void open() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        pain = new PainStore(database);
        recording = new CheckInRecording(pain);
        edits = new CheckInEdits(pain);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PainEntry entry(int score, String note) {
        return new PainEntry(PainKind.CHECK_IN, MADE, new PainScore(score), Set.of(Area.NECK), note);
    }

    private CheckInRecord stored() {
        List<CheckInRecord> read = new ArrayList<>();
        pain.forEachCheckIn(Optional.of(DAY), Optional.of(DAY), read::add);
        return read.get(0);
    }

    @Test
    void theAnswerIsSavedWithTheCheckInAndReadBack() throws SQLException {
        recording.save(entry(5, "Stiff"), ZoneOffset.UTC, Optional.of(AsNeededAnswer.YES));

        assertEquals(new CheckInRecord(DAY, new PainScore(5), Set.of(Area.NECK), "Stiff",
                Optional.of(AsNeededAnswer.YES)), stored());
        assertEquals("yes", Fixtures.text(file, "SELECT as_needed FROM pain_entry"));
    }

    @Test
    void savingAgainWithoutAnAnswerClearsItAndASaveThatDoesNotAskKeepsIt() {
        recording.save(entry(5, ""), ZoneOffset.UTC, Optional.of(AsNeededAnswer.NO));
        recording.save(entry(4, ""), ZoneOffset.UTC);
        assertEquals(Optional.of(AsNeededAnswer.NO), stored().asNeeded());

        recording.save(entry(4, ""), ZoneOffset.UTC, Optional.empty());
        assertEquals(Optional.empty(), stored().asNeeded());
    }

    @Test
    void aCorrectionChangesTheAnswerAndTheOldOneKeepsIt() {
        recording.save(entry(5, "Stiff"), ZoneOffset.UTC, Optional.of(AsNeededAnswer.YES));

        edits.correct(DAY, new PainScore(3), Set.of(), "Better");
        assertEquals(Optional.of(AsNeededAnswer.YES), stored().asNeeded());

        edits.correct(DAY, new PainScore(3), Set.of(), "Better", false, Optional.of(AsNeededAnswer.NO));
        assertEquals(new CheckInRecord(DAY, new PainScore(3), Set.of(), "Better", Optional.of(AsNeededAnswer.NO)),
                stored());
    }

    @Test
    void anUndoneDeleteBringsTheAnswerBack() {
        recording.save(entry(5, "Stiff"), ZoneOffset.UTC, Optional.of(AsNeededAnswer.YES));
        CheckInRecord before = stored();

        edits.restore(edits.delete(DAY).orElseThrow());

        assertEquals(before, stored());
    }
}
