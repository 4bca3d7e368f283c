package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.domain.ToolArea;

class HistoryStoreTest {

    private static final Instant DAY_ONE = Fixtures.MORNING;

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private RoutineStore routines;
    private SessionStore sessions;
    private PainStore pain;

    @BeforeEach
    void openStore() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        routines = new RoutineStore(database, Fixtures.CLOCK);
        sessions = new SessionStore(database);
        pain = new PainStore(database);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private static Instant day(int n) {
        return DAY_ONE.plus(Duration.ofDays(n));
    }

    /**
     * A session of {@code routine}: completed with every step done, stopped during its first step (half done), or
     * still in progress with every step but the last done.
     */
    private long played(Routine routine, Instant start, SessionStatus status) {
        long id = sessions.start(Optional.empty(), routine, start);
        int steps = routine.steps().size();
        int done = status == SessionStatus.COMPLETED ? steps : status == SessionStatus.STOPPED ? 0 : steps - 1;
        for (int i = 0; i < done; i++) {
            sessions.recordStep(id, i, StepOutcome.COMPLETED, routine.steps().get(i).plannedSeconds(), 0);
        }
        if (status == SessionStatus.STOPPED) {
            sessions.recordStep(id, 0, StepOutcome.CUT_SHORT, routine.steps().get(0).seconds() / 2, 0);
        }
        if (status == SessionStatus.COMPLETED) {
            sessions.finish(id, status, Optional.empty(), start.plusSeconds(600));
        } else if (status == SessionStatus.STOPPED) {
            sessions.finish(id, status, Optional.of(StopReason.OUT_OF_TIME), start.plusSeconds(60));
        }
        return id;
    }

    private static List<Long> ids(List<SessionRecord> records) {
        return records.stream().map(SessionRecord::id).toList();
    }

    private static HistoryFilter filter(Optional<Instant> from, Optional<Instant> to, Optional<String> name,
            Optional<Tool> tool, Optional<SessionStatus> status) {
        return new HistoryFilter(from, to, name, tool.map(Set::of).orElse(Set.of()), status);
    }

    /** Four sessions on days 0 to 3: a cold-ball "Lower back", two foam-roller ones and another cold-ball one. */
    private long[] fourSessions() {
        return new long[] {
            played(Fixtures.fullRoutine("Lower back"), day(0), SessionStatus.COMPLETED),
            played(Fixtures.simpleRoutine("Evening roll", 60), day(1), SessionStatus.STOPPED),
            played(Fixtures.simpleRoutine("LOWER BACK", 60), day(2), SessionStatus.COMPLETED),
            played(Fixtures.fullRoutine("Evening roll"), day(3), SessionStatus.IN_PROGRESS)};
    }

    @Test
    void noFilterGivesEverySessionNewestFirst() {
        long[] s = fourSessions();

        assertEquals(List.of(s[3], s[2], s[1], s[0]), ids(sessions.newestFirst(HistoryFilter.all(), 0)));
    }

    @Test
    void limitKeepsTheNewest() {
        long[] s = fourSessions();

        assertEquals(List.of(s[3], s[2]), ids(sessions.newestFirst(HistoryFilter.all(), 2)));
    }

    @Test
    void sessionsOfTheSameStartAreOrderedByIdNewestFirst() {
        long first = played(Fixtures.simpleRoutine("Back", 60), day(0), SessionStatus.COMPLETED);
        long second = played(Fixtures.simpleRoutine("Back", 60), day(0), SessionStatus.COMPLETED);

        assertEquals(List.of(second, first), ids(sessions.newestFirst(HistoryFilter.all(), 10)));
    }

    @Test
    void rangeKeepsSessionsFromTheStartUpToButNotIncludingTheEnd() {
        long[] s = fourSessions();

        assertEquals(List.of(s[2], s[1]), ids(sessions.newestFirst(
                filter(Optional.of(day(1)), Optional.of(day(3)), Optional.empty(), Optional.empty(), Optional.empty()),
                0)));
        assertEquals(List.of(s[3], s[2]), ids(sessions.newestFirst(
                filter(Optional.of(day(2)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                0)));
        assertEquals(List.of(s[0]), ids(sessions.newestFirst(
                filter(Optional.empty(), Optional.of(day(1)), Optional.empty(), Optional.empty(), Optional.empty()),
                0)));
    }

    @Test
    void routineNameMatchesIgnoringCase() {
        long[] s = fourSessions();

        assertEquals(List.of(s[2], s[0]), ids(sessions.newestFirst(
                filter(Optional.empty(), Optional.empty(), Optional.of("lower Back"), Optional.empty(),
                        Optional.empty()), 0)));
    }

    @Test
    void toolKeepsSessionsWithAStepUsingIt() {
        long[] s = fourSessions();

        assertEquals(List.of(s[3], s[0]), ids(sessions.newestFirst(
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Tool.COLD_BALL),
                        Optional.empty()), 0)));
        assertEquals(List.of(s[2], s[1], s[0]), ids(sessions.newestFirst(
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Tool.FOAM_ROLLER),
                        Optional.empty()), 0)), "the session in progress has not reached its roller step");
    }

    @Test
    void aSessionWorkedOnlyWithTheToolsAndAreasOfStepsThatRanForASecond() {
        long id = sessions.start(Optional.empty(), Fixtures.fullRoutine("Lower back"), day(0));
        sessions.recordStep(id, 0, StepOutcome.CUT_SHORT, 1, 0);
        sessions.recordStep(id, 1, StepOutcome.COMPLETED, 20, 0);
        sessions.recordStep(id, 2, StepOutcome.SKIPPED, 0, 0);
        sessions.finish(id, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), day(0).plusSeconds(30));

        SessionRecord record = sessions.find(id).orElseThrow();

        assertEquals(Set.of(new ToolArea(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK)), record.worked());
        assertEquals(List.of(), ids(sessions.newestFirst(filter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Tool.COLD_BALL), Optional.empty()), 0)), "the cold ball was skipped");
        assertEquals(List.of(id), ids(sessions.newestFirst(filter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Tool.HANDHELD_MASSAGER), Optional.empty()), 0)), "one second counts");
    }

    @Test
    void statusKeepsSessionsThatEndedThatWay() {
        long[] s = fourSessions();

        assertEquals(List.of(s[2], s[0]), ids(sessions.newestFirst(
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(SessionStatus.COMPLETED)), 0)));
        assertEquals(List.of(s[1]), ids(sessions.newestFirst(
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(SessionStatus.STOPPED)), 0)));
    }

    @Test
    void theExportStreamsTheSessionsTheListShowsOldestFirst() {
        long[] s = fourSessions();
        played(Fixtures.fullRoutine("Lower back"), day(5), SessionStatus.COMPLETED);
        HistoryFilter coldBallLowerBack = filter(Optional.of(day(0)), Optional.of(day(4)), Optional.of("lower BACK"),
                Optional.of(Tool.COLD_BALL), Optional.empty());
        List<SessionRecord> streamed = new ArrayList<>();

        sessions.forEachOldestFirst(coldBallLowerBack, streamed::add);

        assertEquals(List.of(s[0]), ids(streamed));
        List<SessionRecord> listed = new ArrayList<>(sessions.newestFirst(HistoryFilter.all(), 0));
        Collections.reverse(listed);
        List<SessionRecord> all = new ArrayList<>();
        sessions.forEachOldestFirst(HistoryFilter.all(), all::add);
        assertEquals(listed, all, "the same rows, bound the same way");
    }

    @Test
    void conditionsCombineAndTheLimitAppliesAfterThem() {
        long[] s = fourSessions();
        long older = played(Fixtures.fullRoutine("Lower back"), day(-1), SessionStatus.COMPLETED);

        HistoryFilter coldBallCompletedLowerBack = filter(Optional.of(day(-1)), Optional.of(day(3)),
                Optional.of("LOWER back"), Optional.of(Tool.COLD_BALL), Optional.of(SessionStatus.COMPLETED));
        assertEquals(List.of(s[0], older), ids(sessions.newestFirst(coldBallCompletedLowerBack, 0)));
        assertEquals(List.of(s[0]), ids(sessions.newestFirst(coldBallCompletedLowerBack, 1)));
        assertEquals(List.of(), ids(sessions.newestFirst(filter(Optional.of(day(1)), Optional.empty(),
                Optional.of("Lower back"), Optional.of(Tool.COLD_BALL), Optional.empty()), 0)));
    }

    @Test
    void severalToolsFindTheSessionsUsingAnyOfThemAndTheOtherConditionsStillApply() {
        long roller = played(routineOf("Roll", Tool.FOAM_ROLLER), day(0), SessionStatus.COMPLETED);
        long cold = played(routineOf("Cold", Tool.COLD_BALL), day(1), SessionStatus.COMPLETED);
        played(routineOf("Massage", Tool.HANDHELD_MASSAGER), day(2), SessionStatus.COMPLETED);
        long coldStopped = played(routineOf("Cold", Tool.COLD_BALL), day(3), SessionStatus.STOPPED);
        HistoryFilter rollerOrCold = new HistoryFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(Tool.FOAM_ROLLER, Tool.COLD_BALL), Optional.empty());

        assertEquals(List.of(coldStopped, cold, roller), ids(sessions.newestFirst(rollerOrCold, 0)));
        assertEquals(List.of(cold, roller), ids(sessions.newestFirst(new HistoryFilter(Optional.empty(),
                Optional.empty(), Optional.empty(), rollerOrCold.tools(), Optional.of(SessionStatus.COMPLETED)), 0)),
                "the tools are one condition: the status narrows all of them");
        assertEquals(3, sessions.insights(rollerOrCold, java.time.ZoneOffset.UTC).sessions());
    }

    private static Routine routineOf(String name, Tool tool) {
        return new Routine(name, "", PerformedBy.SELF, List.of(Step.of(tool, Area.UPPER_BACK, 60)));
    }

    @Test
    void filteredRecordsCarryAllTheirToolsAndRatings() {
        long id = played(Fixtures.fullRoutine("Lower back"), day(0), SessionStatus.COMPLETED);
        pain.rateSession(id, new PainEntry(PainKind.BEFORE, day(0), new PainScore(6), Set.of(), ""));

        SessionRecord record = sessions.newestFirst(filter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Tool.COLD_BALL), Optional.empty()), 0).get(0);
        assertEquals(sessions.find(id).orElseThrow(), record);
        assertEquals(Set.of(Tool.HANDHELD_MASSAGER, Tool.COLD_BALL, Tool.FOAM_ROLLER), record.tools());
    }

    @Test
    void routineNamesAreDistinctAndSortedIgnoringCase() {
        played(Fixtures.simpleRoutine("Calm", 60), day(0), SessionStatus.COMPLETED);
        played(Fixtures.simpleRoutine("arms", 60), day(1), SessionStatus.COMPLETED);
        played(Fixtures.simpleRoutine("Back", 60), day(2), SessionStatus.COMPLETED);
        played(Fixtures.simpleRoutine("Calm", 60), day(3), SessionStatus.COMPLETED);

        assertEquals(List.of("arms", "Back", "Calm"), sessions.routineNames());
    }

    @Test
    void noSessionsMeansNoRoutineNames() {
        assertEquals(List.of(), sessions.routineNames());
    }

    @Test
    void stepsComeInPositionOrderAsPlayedWithOutcomesAndSeconds() {
        Routine routine = Fixtures.fullRoutine("Lower back");
        long id = sessions.start(Optional.empty(), routine, day(0));
        sessions.recordStep(id, 0, StepOutcome.COMPLETED, 90, 30);
        sessions.recordStep(id, 1, StepOutcome.SKIPPED, 0, 0);
        sessions.recordStep(id, 2, StepOutcome.CUT_SHORT, 120, 0);

        List<PlayedStep> steps = sessions.steps(id);

        assertEquals(List.of(
                new PlayedStep(routine.steps().get(0), StepOutcome.COMPLETED, 90, 30),
                new PlayedStep(routine.steps().get(1), StepOutcome.SKIPPED, 0, 0),
                new PlayedStep(routine.steps().get(2), StepOutcome.CUT_SHORT, 120, 0),
                new PlayedStep(routine.steps().get(3), StepOutcome.PENDING, 0, 0)), steps);
    }

    @Test
    void stepsOfAnUnknownSessionAreNone() {
        assertEquals(List.of(), sessions.steps(42));
    }

    /** A stopped session of a saved routine with progress, notes and both ratings (with areas and notes). */
    private long ratedSession() {
        long routineId = routines.add(Fixtures.fullRoutine("Lower back"));
        Routine routine = routines.find(routineId).orElseThrow().routine();
        long id = sessions.start(Optional.of(routineId), routine, day(0));
        sessions.recordStep(id, 0, StepOutcome.COMPLETED, 90, 30);
        sessions.recordStep(id, 1, StepOutcome.CUT_SHORT, 10, 0);
        sessions.finish(id, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), day(0).plusSeconds(100));
        sessions.setNotes(id, "Sore afterwards");
        pain.rateSession(id, new PainEntry(PainKind.BEFORE, day(0), new PainScore(6), Set.of(Area.LOWER_BACK, Area.NECK),
                "Stiff"));
        pain.rateSession(id, new PainEntry(PainKind.AFTER, day(0).plusSeconds(120), new PainScore(7), Set.of(),
                "Worse"));
        return id;
    }

    @Test
    void deleteThenRestoreGivesBackTheSameSessionStepsAndRatings() throws SQLException {
        long id = ratedSession();
        long other = played(Fixtures.simpleRoutine("Back", 60), day(1), SessionStatus.COMPLETED);
        SessionRecord before = sessions.find(id).orElseThrow();
        List<PlayedStep> stepsBefore = sessions.steps(id);
        String ratingsBefore = ratingRows(id);

        DeletedSession deleted = sessions.delete(id);
        assertEquals(Optional.empty(), sessions.find(id));
        sessions.restore(deleted);

        assertEquals(before, sessions.find(id).orElseThrow());
        assertEquals(stepsBefore, sessions.steps(id));
        assertEquals(ratingsBefore, ratingRows(id));
        assertEquals(List.of(other, id), ids(sessions.newestFirst(HistoryFilter.all(), 0)));
    }

    private String ratingRows(long id) throws SQLException {
        return Fixtures.text(file, "SELECT group_concat(row, ';') FROM (SELECT kind || '|' || recorded_at || '|' || "
                + "score || '|' || areas || '|' || note AS row FROM pain_entry WHERE session_id = " + id
                + " ORDER BY kind)");
    }

    @Test
    void deletedSessionHoldsTheRowStepsAndRatings() {
        long id = ratedSession();

        DeletedSession deleted = sessions.delete(id);

        assertEquals(id, deleted.id());
        assertEquals("Sore afterwards", deleted.session().notes());
        assertEquals(Optional.of(StopReason.PAIN_WORSE), deleted.session().stopReason());
        assertEquals(4, deleted.steps().size());
        assertEquals(2, deleted.ratings().size());
    }

    @Test
    void deleteRemovesTheSessionItsStepsAndItsRatingsOnly() throws SQLException {
        long id = ratedSession();
        long other = played(Fixtures.simpleRoutine("Back", 60), day(1), SessionStatus.COMPLETED);
        pain.rateSession(other, new PainEntry(PainKind.AFTER, day(1), new PainScore(2), Set.of(), ""));

        sessions.delete(id);

        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM session WHERE id = " + id));
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM session_step WHERE session_id = " + id));
        assertEquals(0, Fixtures.longValue(file, "SELECT count(*) FROM pain_entry WHERE session_id = " + id));
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM session_step WHERE session_id = " + other));
        assertEquals(1, Fixtures.longValue(file, "SELECT count(*) FROM pain_entry WHERE session_id = " + other));
    }

    @Test
    void deletingAnUnknownSessionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> sessions.delete(42));
    }

    @Test
    void restoreAfterItsRoutineWasDeletedKeepsTheSessionWithoutTheRoutine() {
        long id = ratedSession();
        long routineId = sessions.find(id).orElseThrow().routineId().orElseThrow();
        DeletedSession deleted = sessions.delete(id);
        routines.delete(routineId);

        sessions.restore(deleted);

        assertEquals(Optional.empty(), sessions.find(id).orElseThrow().routineId());
        assertEquals(deleted.steps(), sessions.steps(id));
    }

    @Test
    void restoreOverATakenIdWritesNothing() {
        long id = ratedSession();
        DeletedSession deleted = sessions.delete(id);
        long reused = played(Fixtures.simpleRoutine("Back", 60), day(1), SessionStatus.COMPLETED);
        assertEquals(id, reused);

        assertThrows(StorageException.class, () -> sessions.restore(deleted));
        assertEquals("Back", sessions.find(id).orElseThrow().routineName());
        assertEquals(1, sessions.steps(id).size());
    }

    @Test
    void clearingARatingRemovesOnlyThatOne() {
        long id = ratedSession();

        pain.clearSessionRating(id, PainKind.BEFORE);

        SessionRecord record = sessions.find(id).orElseThrow();
        assertEquals(Optional.empty(), record.painBefore());
        assertEquals(Optional.of(new PainScore(7)), record.painAfter());
        pain.clearSessionRating(id, PainKind.AFTER);
        assertTrue(sessions.find(id).orElseThrow().painAfter().isEmpty());
        pain.clearSessionRating(id, PainKind.AFTER);
    }

    @Test
    void clearingACheckInAsASessionRatingIsRefused() {
        long id = ratedSession();

        assertThrows(IllegalArgumentException.class, () -> pain.clearSessionRating(id, PainKind.CHECK_IN));
    }
}
