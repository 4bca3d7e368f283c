package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

class SessionStoreTest {

    private static final Instant START = Fixtures.MORNING;

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private RoutineStore routines;
    private SessionStore sessions;

    @BeforeEach
    void openStore() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        routines = new RoutineStore(database, Fixtures.CLOCK);
        sessions = new SessionStore(database);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    /** The session's own copy of the routine's steps, read straight from the file. */
    private List<Step> playedSteps(long sessionId) throws SQLException {
        try (Connection connection = Fixtures.rawConnection(file);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + StepColumns.NAMES + " FROM session_step WHERE session_id = ? ORDER BY position")) {
            statement.setLong(1, sessionId);
            List<Step> steps = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.add(StepColumns.read(rows));
                }
            }
            return steps;
        }
    }

    private String stepProgress(long sessionId, int position) throws SQLException {
        return Fixtures.text(file, "SELECT status || '/' || done_seconds || '/' || added_seconds FROM session_step "
                + "WHERE session_id = " + sessionId + " AND position = " + position);
    }

    @Test
    void startRecordsAnInProgressSessionWithACopyOfEveryStep() throws SQLException {
        Routine routine = Fixtures.fullRoutine("Low-back relief");
        long routineId = routines.add(routine);

        long id = sessions.start(Optional.of(routineId), routine, START);

        SessionRecord record = sessions.find(id).orElseThrow();
        assertEquals(Optional.of(routineId), record.routineId());
        assertEquals("Low-back relief", record.routineName());
        assertEquals(PerformedBy.PARTNER, record.performedBy());
        assertEquals(START, record.startedAt());
        assertEquals(Optional.empty(), record.endedAt());
        assertEquals(SessionStatus.IN_PROGRESS, record.status());
        assertEquals(routine.plannedSeconds(), record.plannedSeconds());
        assertEquals(0, record.doneSeconds());
        assertEquals(routine.steps(), playedSteps(id));
        for (int position = 0; position < routine.steps().size(); position++) {
            assertEquals("pending/0/0", stepProgress(id, position));
        }
    }

    @Test
    void sessionOfAnUnsavedRoutineHasNoRoutineId() throws SQLException {
        Routine routine = Fixtures.simpleRoutine("Just this once", 60);

        long id = sessions.start(Optional.empty(), routine, START);

        assertEquals(Optional.empty(), sessions.find(id).orElseThrow().routineId());
        assertEquals(routine.steps(), playedSteps(id));
    }

    @Test
    void recordStepStoresOutcomeDoneAndAddedSeconds() throws SQLException {
        Routine routine = Fixtures.fullRoutine("Back");
        long id = sessions.start(Optional.empty(), routine, START);

        sessions.recordStep(id, 0, StepOutcome.COMPLETED, 150, 30);
        sessions.recordStep(id, 1, StepOutcome.SKIPPED, 0, 0);
        sessions.recordStep(id, 2, StepOutcome.CUT_SHORT, 100, 0);

        assertEquals("completed/150/30", stepProgress(id, 0));
        assertEquals("skipped/0/0", stepProgress(id, 1));
        assertEquals("cut-short/100/0", stepProgress(id, 2));
        assertEquals("pending/0/0", stepProgress(id, 3));
        assertEquals(250, sessions.find(id).orElseThrow().doneSeconds());
    }

    @Test
    void recordStepOfAMissingStepIsRefused() {
        long id = sessions.start(Optional.empty(), Fixtures.simpleRoutine("One step", 60), START);

        assertThrows(IllegalArgumentException.class, () -> sessions.recordStep(id, 1, StepOutcome.COMPLETED, 60, 0));
    }

    @Test
    void finishAsCompletedStoresStatusAndEnd() {
        long id = sessions.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START);

        sessions.finish(id, SessionStatus.COMPLETED, Optional.empty(), START.plus(Duration.ofMinutes(1)));

        SessionRecord record = sessions.find(id).orElseThrow();
        assertEquals(SessionStatus.COMPLETED, record.status());
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(1))), record.endedAt());
        assertEquals(Optional.empty(), record.stopReason());
    }

    @Test
    void finishAsStoppedKeepsTheReason() {
        long id = sessions.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START);

        sessions.finish(id, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), START.plusSeconds(20));

        SessionRecord record = sessions.find(id).orElseThrow();
        assertEquals(SessionStatus.STOPPED, record.status());
        assertEquals(Optional.of(StopReason.PAIN_WORSE), record.stopReason());
        assertEquals(Optional.of(START.plusSeconds(20)), record.endedAt());
    }

    @Test
    void finishingTwiceIsRefusedAndKeepsTheFirstEnd() {
        long id = sessions.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START);
        sessions.finish(id, SessionStatus.COMPLETED, Optional.empty(), START.plus(Duration.ofMinutes(1)));

        assertThrows(IllegalArgumentException.class, () -> sessions.finish(id, SessionStatus.STOPPED,
                Optional.of(StopReason.OTHER), START.plus(Duration.ofMinutes(5))));

        SessionRecord record = sessions.find(id).orElseThrow();
        assertEquals(SessionStatus.COMPLETED, record.status());
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(1))), record.endedAt());
    }

    @Test
    void finishAsInProgressOrInterruptedIsRefused() {
        long id = sessions.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START);

        assertThrows(IllegalArgumentException.class,
                () -> sessions.finish(id, SessionStatus.INTERRUPTED, Optional.empty(), START.plus(Duration.ofMinutes(1))));
        assertThrows(IllegalArgumentException.class,
                () -> sessions.finish(id, SessionStatus.IN_PROGRESS, Optional.empty(), START.plus(Duration.ofMinutes(1))));

        assertEquals(SessionStatus.IN_PROGRESS, sessions.find(id).orElseThrow().status());
    }

    @Test
    void markInterruptedEndsOpenSessionsAfterTheirRecordedSecondsAndLeavesFinishedOnesAlone() throws SQLException {
        Routine routine = Fixtures.fullRoutine("Back");
        long open = sessions.start(Optional.empty(), routine, START);
        sessions.recordStep(open, 0, StepOutcome.COMPLETED, 120, 0);
        sessions.recordStep(open, 1, StepOutcome.CUT_SHORT, 7, 0);
        long alsoOpen = sessions.start(Optional.empty(), routine, START.plus(Duration.ofDays(1)));
        long done = sessions.start(Optional.empty(), routine, START.minus(Duration.ofDays(1)));
        sessions.finish(done, SessionStatus.COMPLETED, Optional.empty(), START.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(9)));

        int marked = sessions.markInterrupted();

        assertEquals(2, marked);
        SessionRecord interrupted = sessions.find(open).orElseThrow();
        assertEquals(SessionStatus.INTERRUPTED, interrupted.status());
        assertEquals(Optional.of(START.plusSeconds(127)), interrupted.endedAt());
        assertEquals(127, interrupted.doneSeconds());
        assertEquals("completed/120/0", stepProgress(open, 0));
        assertEquals("cut-short/7/0", stepProgress(open, 1));
        assertEquals(Optional.of(START.plus(Duration.ofDays(1))), sessions.find(alsoOpen).orElseThrow().endedAt());
        SessionRecord untouched = sessions.find(done).orElseThrow();
        assertEquals(SessionStatus.COMPLETED, untouched.status());
        assertEquals(Optional.of(START.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(9))), untouched.endedAt());
        assertEquals(0, sessions.markInterrupted(), "nothing is left in progress");
    }

    @Test
    void editingOrDeletingTheRoutineLeavesTheSessionsCopyAlone() throws SQLException {
        Routine routine = Fixtures.fullRoutine("Low-back relief");
        long routineId = routines.add(routine);
        long id = sessions.start(Optional.of(routineId), routine, START);

        routines.update(routineId, new Routine("Renamed", "", PerformedBy.SELF,
                List.of(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 30))));

        SessionRecord afterEdit = sessions.find(id).orElseThrow();
        assertEquals("Low-back relief", afterEdit.routineName());
        assertEquals(PerformedBy.PARTNER, afterEdit.performedBy());
        assertEquals(routine.plannedSeconds(), afterEdit.plannedSeconds());
        assertEquals(routine.steps(), playedSteps(id));

        routines.delete(routineId);

        SessionRecord afterDelete = sessions.find(id).orElseThrow();
        assertEquals(Optional.empty(), afterDelete.routineId());
        assertEquals("Low-back relief", afterDelete.routineName());
        assertEquals(routine.steps(), playedSteps(id));
    }

    @Test
    void recentListsNewestFirstWithPainBeforeAndAfter() {
        Routine routine = Fixtures.simpleRoutine("Back", 60);
        PainStore pain = new PainStore(database);
        long oldest = sessions.start(Optional.empty(), routine, START.minus(Duration.ofDays(2)));
        long newest = sessions.start(Optional.empty(), routine, START);
        long middle = sessions.start(Optional.empty(), routine, START.minus(Duration.ofDays(1)));
        pain.rateSession(newest, new PainEntry(PainKind.BEFORE, START, new PainScore(7), Set.of(Area.LOWER_BACK), ""));
        pain.rateSession(newest, new PainEntry(PainKind.AFTER, START, new PainScore(4), Set.of(), ""));
        pain.rateSession(middle, new PainEntry(PainKind.BEFORE, START, new PainScore(5), Set.of(), ""));

        List<SessionRecord> recent = sessions.recent(10);

        assertEquals(List.of(newest, middle, oldest), recent.stream().map(SessionRecord::id).toList());
        assertEquals(Optional.of(new PainScore(7)), recent.get(0).painBefore());
        assertEquals(Optional.of(new PainScore(4)), recent.get(0).painAfter());
        assertEquals(Optional.of(new PainScore(5)), recent.get(1).painBefore());
        assertEquals(Optional.empty(), recent.get(1).painAfter());
        assertEquals(Optional.empty(), recent.get(2).painBefore());
        assertEquals(List.of(newest, middle), sessions.recent(2).stream().map(SessionRecord::id).toList());
        assertEquals(3, sessions.count());
    }

    @Test
    void recentOrdersByTheMomentEvenWhenTheClockWentBack() {
        Routine routine = Fixtures.simpleRoutine("Back", 60);
        // The night summer time ends in Berlin, 02:00-03:00 happens twice: +02:00 first, then +01:00.
        Instant earlier = OffsetDateTime.parse("2025-10-26T02:40:00+02:00").toInstant();
        Instant later = OffsetDateTime.parse("2025-10-26T02:10:00+01:00").toInstant();
        long first = sessions.start(Optional.empty(), routine, earlier);
        long second = sessions.start(Optional.empty(), routine, later);

        assertEquals(List.of(second, first), sessions.recent(10).stream().map(SessionRecord::id).toList());
    }

    @Test
    void recentOrdersByTheMomentWhateverTheSecondsLookLike() {
        Routine routine = Fixtures.simpleRoutine("Back", 60);
        // ISO text leaves out zero seconds, so "08:00Z" sorts after "08:00:30.5Z" as text although it is earlier.
        long onTheMinute = sessions.start(Optional.empty(), routine, OffsetDateTime.parse("2025-03-01T08:00:00Z").toInstant());
        long halfMinuteLater = sessions.start(Optional.empty(), routine,
                OffsetDateTime.parse("2025-03-01T08:00:30.5Z").toInstant());

        assertEquals(List.of(halfMinuteLater, onTheMinute),
                sessions.recent(10).stream().map(SessionRecord::id).toList());
    }

    @Test
    void forEachOldestFirstHandsOverEverySessionByStartThenIdWithDoneSecondsAndPain() {
        Routine routine = Fixtures.fullRoutine("Back");
        PainStore pain = new PainStore(database);
        long newest = sessions.start(Optional.empty(), routine, START.plus(Duration.ofDays(3)));
        long oldest = sessions.start(Optional.empty(), routine, START.minus(Duration.ofDays(2)));
        long sameMomentFirst = sessions.start(Optional.empty(), routine, START);
        long sameMomentSecond = sessions.start(Optional.empty(), routine, START);
        sessions.recordStep(oldest, 0, StepOutcome.COMPLETED, 120, 0);
        sessions.recordStep(oldest, 2, StepOutcome.CUT_SHORT, 45, 0);
        sessions.finish(oldest, SessionStatus.STOPPED, Optional.of(StopReason.EQUIPMENT), START.minus(Duration.ofDays(2))
                .plusSeconds(200));
        pain.rateSession(oldest, new PainEntry(PainKind.BEFORE, START, new PainScore(6), Set.of(), ""));
        pain.rateSession(oldest, new PainEntry(PainKind.AFTER, START, new PainScore(3), Set.of(), ""));

        List<SessionRecord> handedOver = new ArrayList<>();
        sessions.forEachOldestFirst(handedOver::add);

        assertEquals(List.of(oldest, sameMomentFirst, sameMomentSecond, newest),
                handedOver.stream().map(SessionRecord::id).toList());
        assertEquals(sessions.find(oldest).orElseThrow(), handedOver.get(0));
        assertEquals(165, handedOver.get(0).doneSeconds());
        assertEquals(Optional.of(new PainScore(6)), handedOver.get(0).painBefore());
        assertEquals(Optional.of(new PainScore(3)), handedOver.get(0).painAfter());
        assertEquals(Optional.of(StopReason.EQUIPMENT), handedOver.get(0).stopReason());
        assertEquals(Optional.empty(), handedOver.get(3).painBefore());
        assertEquals(SessionStatus.IN_PROGRESS, handedOver.get(3).status());
    }
}
