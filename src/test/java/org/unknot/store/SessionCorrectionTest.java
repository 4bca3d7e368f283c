package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;

/** Correcting a session writes only what the user changed, in one transaction. */
class SessionCorrectionTest {

    private static final Instant START = Fixtures.MORNING;
    private static final Instant RATED = START.plusSeconds(660);
    private static final Instant CORRECTED = START.plusSeconds(86_400);
    private static final String AFTER_ROW = "SELECT score || '|' || areas || '|' || recorded_at || '|' || note "
            + "FROM pain_entry WHERE kind = 'after'";

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private SessionStore sessions;
    private SessionCorrection correction;
    private long session;

    /** A finished session as the player leaves it: pain 6 before, 3 after in two areas, and a note. */
    @BeforeEach
    void ratedSession() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        sessions = new SessionStore(database);
        PainStore pain = new PainStore(database);
        SessionRecording recording = new SessionRecording(sessions, pain);
        session = recording.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START,
                Optional.of(new PainScore(6)));
        recording.end(session, SessionStatus.COMPLETED, Optional.empty(), START.plusSeconds(600));
        recording.finish(session, Optional.of(new PainScore(3)), Set.of(Area.LOWER_BACK, Area.HIPS_GLUTES),
                "Warm first", RATED);
        correction = new SessionCorrection(sessions, pain);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String afterRow() throws SQLException {
        return Fixtures.text(file, AFTER_ROW);
    }

    @Test
    void correctingOnlyTheNoteKeepsTheAreasAndTimesOfTheRatings() throws SQLException {
        String after = afterRow();
        String before = Fixtures.text(file, "SELECT score || '|' || recorded_at FROM pain_entry WHERE kind = 'before'");

        correction.apply(session, SessionChanges.none().withNotes("Warm up for longer"), CORRECTED);

        assertEquals("3|lower-back,hips-glutes|2025-03-01T07:11:00.000Z|", after);
        assertEquals(after, afterRow());
        assertEquals(before, Fixtures.text(file,
                "SELECT score || '|' || recorded_at FROM pain_entry WHERE kind = 'before'"));
        assertEquals("Warm up for longer", sessions.find(session).orElseThrow().notes());
    }

    @Test
    void correctingTheScoreAfterKeepsItsAreasTimeAndTheNotes() throws SQLException {
        correction.apply(session, SessionChanges.none().withRating(PainKind.AFTER, Optional.of(new PainScore(1))),
                CORRECTED);

        assertEquals("1|lower-back,hips-glutes|2025-03-01T07:11:00.000Z|", afterRow());
        SessionRecord record = sessions.find(session).orElseThrow();
        assertEquals(Optional.of(new PainScore(6)), record.painBefore());
        assertEquals("Warm first", record.notes());
    }

    @Test
    void aRatingThatWasMissingIsAddedAsOfTheCorrection() throws SQLException {
        correction.apply(session, SessionChanges.none().withRating(PainKind.BEFORE, Optional.empty()), CORRECTED);
        correction.apply(session, SessionChanges.none().withRating(PainKind.BEFORE, Optional.of(new PainScore(8))),
                CORRECTED);

        assertEquals("8|2025-03-02T07:00:00.000Z", Fixtures.text(file,
                "SELECT score || '|' || recorded_at FROM pain_entry WHERE kind = 'before'"));
    }

    @Test
    void removingTheRatingAfterKeepsTheRatingBefore() {
        correction.apply(session, SessionChanges.none().withRating(PainKind.AFTER, Optional.empty()), CORRECTED);

        SessionRecord record = sessions.find(session).orElseThrow();
        assertEquals(Optional.empty(), record.painAfter());
        assertEquals(Optional.of(new PainScore(6)), record.painBefore());
        assertEquals("Warm first", record.notes());
    }

    @Test
    void aRefusedNoteLeavesTheRatingsChangedWithItAsTheyWere() throws SQLException {
        SessionChanges changes = SessionChanges.none()
                .withRating(PainKind.BEFORE, Optional.of(new PainScore(9)))
                .withRating(PainKind.AFTER, Optional.empty())
                .withNotes("x".repeat(2001));

        assertThrows(StorageException.class, () -> correction.apply(session, changes, CORRECTED));

        SessionRecord record = sessions.find(session).orElseThrow();
        assertEquals(Optional.of(new PainScore(6)), record.painBefore());
        assertEquals("3|lower-back,hips-glutes|2025-03-01T07:11:00.000Z|", afterRow());
        assertEquals("Warm first", record.notes());
    }

    @Test
    void aMissingSessionGetsNoRating() throws SQLException {
        SessionChanges changes = SessionChanges.none()
                .withRating(PainKind.AFTER, Optional.of(new PainScore(2)))
                .withNotes("Gone");

        assertThrows(RuntimeException.class, () -> correction.apply(99, changes, CORRECTED));

        assertEquals(2, Fixtures.longValue(file, "SELECT count(*) FROM pain_entry"));
    }

    @Test
    void noChangeWritesNothing() throws SQLException {
        correction.apply(99, SessionChanges.none(), CORRECTED);

        assertEquals("Warm first", sessions.find(session).orElseThrow().notes());
    }

    @Test
    void aCheckInIsNotASessionRating() {
        assertThrows(IllegalArgumentException.class,
                () -> SessionChanges.none().withRating(PainKind.CHECK_IN, Optional.of(new PainScore(2))));
    }
}
