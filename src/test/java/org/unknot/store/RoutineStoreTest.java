package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;

class RoutineStoreTest {

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private RoutineStore routines;

    @BeforeEach
    void openStore() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        routines = new RoutineStore(database, Fixtures.CLOCK);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void addedRoutineIsFoundWithEveryField() {
        Routine routine = Fixtures.fullRoutine("Low-back relief");

        long id = routines.add(routine);

        StoredRoutine found = routines.find(id).orElseThrow();
        assertEquals(id, found.id());
        assertEquals(routine, found.routine());
        assertEquals(PerformedBy.PARTNER, found.routine().performedBy());
        assertEquals(OptionalInt.of(2), found.routine().steps().get(0).level());
        assertEquals(Side.EACH, found.routine().steps().get(0).side());
        assertEquals(Optional.empty(), found.routine().steps().get(1).area());
    }

    @Test
    void addStampsCreationTimeFromTheClock() throws SQLException {
        long id = routines.add(Fixtures.simpleRoutine("Stamped", 60));

        String created = Fixtures.text(file, "SELECT created_at FROM routine WHERE id = " + id);
        assertEquals(Fixtures.NOW, OffsetDateTime.parse(created).toInstant());
    }

    @Test
    void findOfAMissingIdIsEmpty() {
        assertEquals(Optional.empty(), routines.find(12345));
    }

    @Test
    void findByNameIgnoresCase() {
        long id = routines.add(Fixtures.simpleRoutine("Upper-Back Reset", 60));

        assertEquals(id, routines.findByName("upper-back reset").orElseThrow().id());
        assertEquals(id, routines.findByName("  UPPER-BACK RESET ").orElseThrow().id());
        assertEquals(Optional.empty(), routines.findByName("Lower-back reset"));
    }

    @Test
    void duplicateNameInAnotherCaseIsRefused() {
        routines.add(Fixtures.simpleRoutine("Neck", 60));

        StorageException refused = assertThrows(StorageException.class,
                () -> routines.add(Fixtures.simpleRoutine("NECK", 30)));

        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertEquals(1, routines.count());
    }

    @Test
    void updateReplacesNameAndSteps() {
        long id = routines.add(Fixtures.fullRoutine("Draft"));
        Routine changed = new Routine("Final", "Shorter", PerformedBy.SELF, List.of(
                Step.of(Tool.COLD_BALL, Area.CALVES, 120).withSide(Side.LEFT)));

        routines.update(id, changed);

        assertEquals(changed, routines.find(id).orElseThrow().routine());
        assertEquals(Optional.empty(), routines.findByName("Draft"));
        assertEquals(1, routines.count());
    }

    @Test
    void updateMayChangeTheCaseOfItsOwnName() {
        long id = routines.add(Fixtures.simpleRoutine("neck", 60));

        routines.update(id, Fixtures.simpleRoutine("Neck", 60));

        assertEquals("Neck", routines.find(id).orElseThrow().routine().name());
    }

    @Test
    void updateToAnotherRoutinesNameIsRefusedAndKeepsTheOldRoutine() {
        routines.add(Fixtures.simpleRoutine("Legs", 60));
        Routine original = Fixtures.fullRoutine("Back");
        long id = routines.add(original);

        StorageException refused = assertThrows(StorageException.class,
                () -> routines.update(id, Fixtures.simpleRoutine("LEGS", 90)));

        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertEquals(original, routines.find(id).orElseThrow().routine());
    }

    @Test
    void failureHalfwayThroughAnUpdateLeavesTheOldRoutineIntact() throws SQLException {
        Routine original = Fixtures.fullRoutine("Back");
        long id = routines.add(original);
        // The routine row is rewritten and its steps deleted before the new steps are inserted; make that last write fail.
        Fixtures.execute(file, "CREATE TRIGGER refuse_boom BEFORE INSERT ON step WHEN NEW.cue = 'boom' "
                + "BEGIN SELECT RAISE(ABORT, 'boom'); END");
        Routine changed = new Routine("Renamed", "", PerformedBy.SELF, List.of(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60), Step.rest(10, "boom")));

        assertThrows(StorageException.class, () -> routines.update(id, changed));

        assertEquals(original, routines.find(id).orElseThrow().routine());
        assertEquals(Optional.empty(), routines.findByName("Renamed"));
    }

    @Test
    void updateOfADeletedRoutineIsRefused() {
        long id = routines.add(Fixtures.simpleRoutine("Gone", 60));
        routines.delete(id);

        assertThrows(StorageException.class, () -> routines.update(id, Fixtures.simpleRoutine("Gone", 60)));
        assertEquals(0, routines.count());
    }

    @Test
    void deleteRemovesTheRoutineAndSaysWhetherItExisted() throws SQLException {
        long id = routines.add(Fixtures.fullRoutine("Back"));

        assertTrue(routines.delete(id).isPresent());
        assertFalse(routines.delete(id).isPresent());

        assertEquals(Optional.empty(), routines.find(id));
        assertEquals(0, routines.count());
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM step"));
    }

    @Test
    void aDeletedRoutineIsRestoredWithItsStepsNameDescriptionAndSessions() throws SQLException {
        Routine routine = Fixtures.fullRoutine("Back");
        long id = routines.add(routine);
        SessionStore sessions = new SessionStore(database);
        long played = sessions.start(Optional.of(id), routine, Fixtures.CLOCK.instant());

        DeletedRoutine deleted = routines.delete(id).orElseThrow();
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM routine"));
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM session WHERE routine_id IS NULL"),
                "the session stays in the history");

        long restored = routines.restore(deleted);

        assertEquals(id, restored, "the old id was free");
        assertEquals(routine, routines.find(id).orElseThrow().routine());
        assertEquals(routine.steps().size(),
                Fixtures.longValue(file, "SELECT count(*) FROM step WHERE routine_id = " + id));
        assertEquals(id, Fixtures.longValue(file, "SELECT routine_id FROM session WHERE id = " + played));
        assertTrue(routines.summaries().get(0).lastDone().isPresent(), "last done comes back");
    }

    @Test
    void restoreTakesANewIdWhenTheOldOneWasReusedAndRefusesATakenName() {
        long id = routines.add(Fixtures.simpleRoutine("Last", 60));
        DeletedRoutine deleted = routines.delete(id).orElseThrow();
        long reused = routines.add(Fixtures.simpleRoutine("Newer", 60));

        long restored = routines.restore(deleted);

        assertTrue(restored != reused);
        assertEquals("Last", routines.find(restored).orElseThrow().routine().name());
        assertEquals("Newer", routines.find(reused).orElseThrow().routine().name());
        routines.delete(restored);
        routines.add(Fixtures.simpleRoutine("LAST", 60));
        assertThrows(StorageException.class, () -> routines.restore(deleted));
    }

    @Test
    void summariesAreSortedByNameIgnoringCase() {
        routines.add(Fixtures.simpleRoutine("calves", 60));
        routines.add(Fixtures.simpleRoutine("Back", 60));
        routines.add(Fixtures.simpleRoutine("above", 60));
        routines.add(Fixtures.simpleRoutine("Zen", 60));

        List<String> names = routines.summaries().stream().map(RoutineSummary::name).toList();

        assertEquals(List.of("above", "Back", "calves", "Zen"), names);
    }

    @Test
    void summaryCountsEachStepTwiceAndLeavesRestOutOfTheTools() {
        Routine routine = Fixtures.fullRoutine("Low-back relief");
        long id = routines.add(routine);

        RoutineSummary summary = routines.summaries().get(0);

        assertEquals(id, summary.id());
        assertEquals("Low-back relief", summary.name());
        assertEquals(PerformedBy.PARTNER, summary.performedBy());
        assertEquals(60 * 2 + 20 + 300 + 45, summary.plannedSeconds());
        assertEquals(routine.plannedSeconds(), summary.plannedSeconds());
        assertEquals(4, summary.stepCount());
        assertEquals(Set.of(Tool.HANDHELD_MASSAGER, Tool.COLD_BALL, Tool.FOAM_ROLLER), summary.tools());
        assertEquals(Optional.empty(), summary.lastDone());
        assertTrue(summary.averageRelief().isEmpty());
    }

    @Test
    void summaryShowsLastDoneAndAverageReliefFromRatedSessions() {
        Routine routine = Fixtures.simpleRoutine("Back", 60);
        long id = routines.add(routine);
        long other = routines.add(Fixtures.simpleRoutine("Other", 60));
        SessionStore sessions = new SessionStore(database);
        PainStore pain = new PainStore(database);
        Instant first = OffsetDateTime.parse("2025-03-01T08:00:00+01:00").toInstant();
        Instant second = OffsetDateTime.parse("2025-03-03T08:00:00+01:00").toInstant();
        Instant third = OffsetDateTime.parse("2025-03-05T08:00:00+01:00").toInstant();
        long one = sessions.start(Optional.of(id), routine, first);
        long two = sessions.start(Optional.of(id), routine, third);
        long unrated = sessions.start(Optional.of(id), routine, second);
        long elsewhere = sessions.start(Optional.of(other), routine, third.plus(Duration.ofDays(1)));
        rate(pain, one, 6, 3);
        rate(pain, two, 5, 4);
        pain.rateSession(unrated, new PainEntry(PainKind.BEFORE, second, new PainScore(9), Set.of(), ""));
        rate(pain, elsewhere, 10, 0);

        RoutineSummary summary = routines.summaries().stream().filter(s -> s.id() == id).findFirst().orElseThrow();

        assertEquals(Optional.of(third), summary.lastDone());
        assertEquals(2.0, summary.averageRelief().orElseThrow(), 1e-9, "(6-3 + 5-4) / 2, the half-rated one left out");
    }

    private static void rate(PainStore pain, long session, int before, int after) {
        Instant when = Fixtures.MORNING;
        pain.rateSession(session, new PainEntry(PainKind.BEFORE, when, new PainScore(before), Set.of(), ""));
        pain.rateSession(session, new PainEntry(PainKind.AFTER, when, new PainScore(after), Set.of(), ""));
    }

    private String addedName(String name) {
        return routines.addUnderFreeName(Fixtures.simpleRoutine(name, 60)).routine().name();
    }

    @Test
    void aFreeNameIsTheNameItselfWhenNobodyHasIt() {
        assertEquals("Back", addedName("  Back "));
    }

    @Test
    void aFreeNameCountsUpFromTwo() {
        routines.add(Fixtures.simpleRoutine("Back", 60));
        assertEquals("Back (2)", addedName("Back"));
        assertEquals("back (3)", addedName("back"), "a name taken in another case is taken");
    }

    @Test
    void aFreeNameOfALongNameStaysWithinTheLimit() {
        String longName = "Long routine " + "x".repeat(Routine.MAX_NAME_LENGTH - 13);
        assertEquals(Routine.MAX_NAME_LENGTH, longName.length());
        routines.add(Fixtures.simpleRoutine(longName, 60));

        String second = addedName(longName);
        String third = addedName(longName);

        assertTrue(second.endsWith(" (2)"), second);
        assertTrue(third.endsWith(" (3)"), third);
        assertTrue(second.length() <= Routine.MAX_NAME_LENGTH, second);
        assertTrue(third.length() <= Routine.MAX_NAME_LENGTH, third);
        assertTrue(second.startsWith("Long routine xxx"), second);
        assertEquals(3, routines.count());
    }

    @Test
    void startersAreAddedOnceAndADeletedOneStaysDeleted() {
        List<Routine> starters = List.of(Fixtures.fullRoutine("Starter one"), Fixtures.simpleRoutine("Starter two", 90));

        assertTrue(routines.addStartersOnce(starters));
        assertEquals(2, routines.count());

        routines.delete(routines.findByName("Starter one").orElseThrow().id());
        assertFalse(routines.addStartersOnce(starters));

        assertEquals(1, routines.count());
        assertEquals(Optional.empty(), routines.findByName("Starter one"));
    }

    @Test
    void startersKeepAUsersRoutineOfTheSameName() {
        Routine mine = Fixtures.simpleRoutine("Starter one", 300);
        routines.add(mine);

        assertTrue(routines.addStartersOnce(List.of(Fixtures.fullRoutine("STARTER ONE"),
                Fixtures.simpleRoutine("Starter two", 90))));

        assertEquals(2, routines.count());
        assertEquals(mine, routines.findByName("starter one").orElseThrow().routine());
    }

    @Test
    void invalidRoutineIsRefusedAndNothingIsWritten() {
        Routine nameless = Fixtures.simpleRoutine("   ", 60);
        Routine tooShort = Fixtures.simpleRoutine("Too short", 4);
        Routine restWithArea = new Routine("Rest with area", "", PerformedBy.SELF, List.of(
                new Step(Tool.REST, Optional.of(Area.NECK), Side.CENTER, Optional.empty(), Optional.empty(),
                        OptionalInt.empty(), 30, "")));
        Routine noSteps = new Routine("Empty", "", PerformedBy.SELF, List.of());

        for (Routine invalid : List.of(nameless, tooShort, restWithArea, noSteps)) {
            assertThrows(IllegalArgumentException.class, () -> routines.add(invalid), invalid.name());
        }

        assertEquals(0, routines.count());
    }

    @Test
    void routineBreakingABlockingSafetyRuleIsRefusedAndNothingIsWritten() throws SQLException {
        Routine tooCold = new Routine("Too cold", "", PerformedBy.SELF, List.of(
                Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 1201)));

        assertThrows(IllegalArgumentException.class, () -> routines.add(tooCold));

        assertEquals(0, routines.count());
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM step"));
    }

    @Test
    void updateBreakingABlockingSafetyRuleIsRefusedAndKeepsTheOldRoutine() {
        Routine original = Fixtures.fullRoutine("Back");
        long id = routines.add(original);

        assertThrows(IllegalArgumentException.class, () -> routines.update(id, new Routine("Back", "", PerformedBy.SELF,
                List.of(Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 1201)))));

        assertEquals(original, routines.find(id).orElseThrow().routine());
    }

    @Test
    void coldWarningAloneDoesNotBlockSaving() {
        long id = routines.add(new Routine("Long cold", "", PerformedBy.SELF, List.of(
                Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 1200))));

        assertEquals(1200, routines.find(id).orElseThrow().routine().plannedSeconds());
    }

    @Test
    void lastDoneIsTheLatestMomentEvenWhenTheClockWentBack() {
        Routine routine = Fixtures.simpleRoutine("Back", 60);
        long id = routines.add(routine);
        SessionStore sessions = new SessionStore(database);
        Instant later = OffsetDateTime.parse("2025-10-26T02:10:00+01:00").toInstant();
        sessions.start(Optional.of(id), routine, OffsetDateTime.parse("2025-10-26T02:40:00+02:00").toInstant());
        sessions.start(Optional.of(id), routine, later);

        assertEquals(Optional.of(later), routines.summaries().get(0).lastDone());
    }

    @Test
    void aFreeNameCutsANearlyFullNameOnACharacterBoundary() {
        String name = "a".repeat(75) + "\uD83D\uDE00\uD83D\uDE00" + "b";
        routines.add(Fixtures.simpleRoutine(name, 60));

        String copy = addedName(name);

        assertEquals("a".repeat(75) + "\uD83D\uDE00 (2)", copy);
    }

    @Test
    void aFreeNameOfEightyEmojiKeepsSeventySixOfThem() {
        String emoji = "\uD83D\uDE00";
        routines.add(Fixtures.simpleRoutine(emoji.repeat(80), 60));

        String copy = addedName(emoji.repeat(80));

        assertEquals(emoji.repeat(76) + " (2)", copy);
    }

    @Test
    void addUnderFreeNameSavesTheRoutineWithItsStepsUnderTheNextFreeNumber() {
        routines.add(Fixtures.simpleRoutine("Back", 60));
        routines.add(Fixtures.simpleRoutine("BACK (2)", 60));

        StoredRoutine saved = routines.addUnderFreeName(Fixtures.simpleRoutine("\u00A0back\u00A0", 90));

        assertEquals("back (3)", saved.routine().name());
        assertEquals(Optional.of(saved), routines.find(saved.id()));
        assertEquals(90, routines.find(saved.id()).orElseThrow().routine().steps().get(0).seconds());
        assertEquals(3, routines.count());
    }

    @Test
    void addUnderFreeNameKeepsAFreeNameAsItIs() {
        StoredRoutine saved = routines.addUnderFreeName(Fixtures.simpleRoutine("Neck", 60));

        assertEquals("Neck", saved.routine().name());
        assertThrows(IllegalArgumentException.class, () -> routines.addUnderFreeName(Fixtures.simpleRoutine("", 60)));
        assertEquals(1, routines.count());
    }
}
