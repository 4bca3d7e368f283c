package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.DailyPain;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;

class PainStoreTest {

    private static final Instant WHEN = Fixtures.MORNING;
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private SessionStore sessions;
    private PainStore pain;
    private long session;

    @BeforeEach
    void openStoreWithOneSession() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        sessions = new SessionStore(database);
        pain = new PainStore(database);
        session = sessions.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), WHEN);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private static PainEntry entry(PainKind kind, int score) {
        return new PainEntry(kind, WHEN, new PainScore(score), Set.of(), "");
    }

    @Test
    void checkInsAreHandedOverOldestFirstWithTheirAreasAndNoteWithinAnOpenOrClosedRange() {
        pain.checkIn(DAY.plusDays(2), new PainEntry(PainKind.CHECK_IN, WHEN, new PainScore(3), Set.of(), ""));
        pain.checkIn(DAY, new PainEntry(PainKind.CHECK_IN, WHEN, new PainScore(6), Set.of(Area.NECK), "stiff"));
        pain.checkIn(DAY.plusDays(1), entry(PainKind.CHECK_IN, 5));
        List<CheckInRecord> all = new java.util.ArrayList<>();
        List<LocalDate> fromSecond = new java.util.ArrayList<>();
        List<LocalDate> toFirst = new java.util.ArrayList<>();

        pain.forEachCheckIn(Optional.empty(), Optional.empty(), all::add);
        pain.forEachCheckIn(Optional.of(DAY.plusDays(1)), Optional.empty(), row -> fromSecond.add(row.day()));
        pain.forEachCheckIn(Optional.empty(), Optional.of(DAY), row -> toFirst.add(row.day()));

        assertEquals(new CheckInRecord(DAY, new PainScore(6), Set.of(Area.NECK), "stiff"), all.get(0));
        assertEquals(List.of(DAY, DAY.plusDays(1), DAY.plusDays(2)), all.stream().map(CheckInRecord::day).toList());
        assertEquals(List.of(DAY.plusDays(1), DAY.plusDays(2)), fromSecond);
        assertEquals(List.of(DAY), toFirst);
    }

    @Test
    void sessionIsRatedBeforeAndAfter() {
        pain.rateSession(session, entry(PainKind.BEFORE, 7));
        pain.rateSession(session, entry(PainKind.AFTER, 3));

        SessionRecord record = sessions.find(session).orElseThrow();
        assertEquals(Optional.of(new PainScore(7)), record.painBefore());
        assertEquals(Optional.of(new PainScore(3)), record.painAfter());
    }

    @Test
    void secondRatingOfTheSameKindReplacesTheFirst() throws SQLException {
        pain.rateSession(session, entry(PainKind.AFTER, 3));
        pain.rateSession(session, new PainEntry(PainKind.AFTER, WHEN.plus(Duration.ofMinutes(2)), new PainScore(2),
                Set.of(Area.NECK), "Better"));

        assertEquals(Optional.of(new PainScore(2)), sessions.find(session).orElseThrow().painAfter());
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM pain_entry WHERE session_id = " + session));
        assertEquals("neck|Better", Fixtures.text(file,
                "SELECT areas || '|' || note FROM pain_entry WHERE session_id = " + session));
    }

    @Test
    void sessionRatingKeepsAreasAndNote() throws SQLException {
        pain.rateSession(session, new PainEntry(PainKind.BEFORE, WHEN, new PainScore(6),
                Set.of(Area.LOWER_BACK, Area.NECK, Area.HIPS_GLUTES), "  Stiff after driving  "));

        // Areas are stored in body order (the order of Area), so the same set is always spelt the same way.
        assertEquals("neck,lower-back,hips-glutes|Stiff after driving", Fixtures.text(file,
                "SELECT areas || '|' || note FROM pain_entry WHERE kind = 'before' AND session_id = " + session));
    }

    @Test
    void ratingsOfDifferentSessionsAreKeptApart() {
        long other = sessions.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), WHEN.plus(Duration.ofDays(1)));

        pain.rateSession(session, entry(PainKind.BEFORE, 8));
        pain.rateSession(other, entry(PainKind.BEFORE, 2));

        assertEquals(Optional.of(new PainScore(8)), sessions.find(session).orElseThrow().painBefore());
        assertEquals(Optional.of(new PainScore(2)), sessions.find(other).orElseThrow().painBefore());
    }

    @Test
    void checkInRoundTripsScoreAreasAndNote() {
        PainEntry checkIn = new PainEntry(PainKind.CHECK_IN, WHEN, new PainScore(4),
                Set.of(Area.SHOULDERS, Area.UPPER_BACK), "Long day at the desk");

        pain.checkIn(DAY, checkIn);

        assertEquals(Optional.of(checkIn), pain.checkInOn(DAY));
        assertEquals(Optional.empty(), pain.checkInOn(DAY.plusDays(1)));
    }

    @Test
    void secondCheckInTheSameDayReplacesTheFirst() {
        pain.checkIn(DAY, entry(PainKind.CHECK_IN, 6));
        PainEntry evening = new PainEntry(PainKind.CHECK_IN, WHEN.plus(Duration.ofHours(10)), new PainScore(3), Set.of(), "Evening");

        pain.checkIn(DAY, evening);

        assertEquals(1, pain.checkInCount());
        assertEquals(Optional.of(evening), pain.checkInOn(DAY));
    }

    @Test
    void checkInsOnDifferentDaysAreAllKept() {
        pain.checkIn(DAY, entry(PainKind.CHECK_IN, 6));
        pain.checkIn(DAY.plusDays(1), entry(PainKind.CHECK_IN, 5));

        assertEquals(2, pain.checkInCount());
        assertEquals(new PainScore(6), pain.checkInOn(DAY).orElseThrow().score());
        assertEquals(new PainScore(5), pain.checkInOn(DAY.plusDays(1)).orElseThrow().score());
    }

    @Test
    void checkInDoesNotCountAsASessionRating() {
        pain.checkIn(DAY, entry(PainKind.CHECK_IN, 9));

        SessionRecord record = sessions.find(session).orElseThrow();
        assertEquals(Optional.empty(), record.painBefore());
        assertEquals(Optional.empty(), record.painAfter());
    }

    @Test
    void scoreOutsideZeroToTenCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new PainScore(11));
        assertThrows(IllegalArgumentException.class, () -> new PainScore(-1));
    }

    @Test
    void checkInKindIsRefusedAsASessionRating() throws SQLException {
        assertThrows(IllegalArgumentException.class, () -> pain.rateSession(session, entry(PainKind.CHECK_IN, 4)));

        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM pain_entry"));
    }

    @Test
    void sessionKindIsRefusedAsACheckIn() {
        assertThrows(IllegalArgumentException.class, () -> pain.checkIn(DAY, entry(PainKind.BEFORE, 4)));

        assertEquals(0, pain.checkInCount());
    }

    @Test
    void ratingOfAMissingSessionIsRefused() {
        assertThrows(StorageException.class, () -> pain.rateSession(9999, entry(PainKind.BEFORE, 4)));
    }

    @Test
    void checkInsOfARangeIncludeBothEndsOldestFirst() {
        for (int day = 0; day < 5; day++) {
            pain.checkIn(DAY.plusDays(day), entry(PainKind.CHECK_IN, 2 + day));
        }

        List<DailyPain> days = pain.checkIns(DAY.plusDays(1), DAY.plusDays(3));

        assertEquals(List.of(new DailyPain(DAY.plusDays(1), new PainScore(3)),
                new DailyPain(DAY.plusDays(2), new PainScore(4)), new DailyPain(DAY.plusDays(3), new PainScore(5))),
                days);
    }
}
