package org.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;

/** Recording a session: each moment one transaction, all of it or nothing, touching only its own fields. */
class SessionRecordingTest {

    private static final Instant START = Fixtures.MORNING;
    private static final Instant END = START.plusSeconds(600);

    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private SessionStore sessions;
    private SessionRecording recording;

    @BeforeEach
    void open() {
        file = folder.resolve("unknot.db");
        database = Database.open(file);
        sessions = new SessionStore(database);
        recording = new SessionRecording(sessions, new PainStore(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long count(String sql) throws SQLException {
        return Fixtures.longValue(file, sql);
    }

    @Test
    void startWritesTheSessionItsStepsAndThePainBefore() throws SQLException {
        long id = recording.start(Optional.empty(), Fixtures.fullRoutine("Low-back relief"), START,
                Optional.of(new PainScore(6)));

        SessionRecord session = sessions.find(id).orElseThrow();
        assertEquals(SessionStatus.IN_PROGRESS, session.status());
        assertEquals(START, session.startedAt());
        assertEquals(Optional.of(new PainScore(6)), session.painBefore());
        assertEquals(Fixtures.fullRoutine("x").steps(), sessions.steps(id).stream().map(PlayedStep::step).toList());
        assertEquals(START.toString().replace("Z", ".000Z"),
                Fixtures.text(file, "SELECT recorded_at FROM pain_entry WHERE kind = 'before'"));
        assertEquals(4, count("SELECT count(*) FROM session_step WHERE status = 'pending'"));
    }

    @Test
    void startWithoutPainBeforeWritesNoRating() throws SQLException {
        recording.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START, Optional.empty());

        assertEquals(1, count("SELECT count(*) FROM session"));
        assertEquals(0, count("SELECT count(*) FROM pain_entry"));
    }

    @Test
    void startWhoseStepsAreRefusedWritesNothing() throws SQLException {
        Step rollerWithALevel = new Step(Tool.FOAM_ROLLER, Optional.of(Area.THIGHS), Side.CENTER, Optional.empty(),
                Optional.empty(), OptionalInt.of(3), 60, "");
        Routine refused = new Routine("Odd", "", PerformedBy.SELF,
                List.of(Step.of(Tool.COLD_BALL, Area.FEET, 60), rollerWithALevel));

        assertThrows(StorageException.class, () -> recording.start(Optional.empty(), refused, START,
                Optional.of(new PainScore(5))));

        assertEquals(0, count("SELECT count(*) FROM session"));
        assertEquals(0, count("SELECT count(*) FROM played_step"));
        assertEquals(0, count("SELECT count(*) FROM pain_entry"));
    }

    @Test
    void stepEndedWritesItsProgressOnly() throws SQLException {
        long id = recording.start(Optional.empty(), Fixtures.fullRoutine("Low-back relief"), START, Optional.empty());

        recording.stepEnded(id, 2, StepOutcome.CUT_SHORT, 120, 30);

        List<PlayedStep> steps = sessions.steps(id);
        assertEquals(new PlayedStep(Fixtures.fullRoutine("x").steps().get(2), StepOutcome.CUT_SHORT, 120, 30),
                steps.get(2));
        assertEquals(3, count("SELECT count(*) FROM session_step WHERE status = 'pending'"));
        assertThrows(IllegalArgumentException.class, () -> recording.stepEnded(id, 9, StepOutcome.COMPLETED, 1, 0));
    }

    @Test
    void endKeepsHowTheSessionEndedAndItsPainBefore() {
        long id = recording.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START,
                Optional.of(new PainScore(6)));

        recording.end(id, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE), END);

        SessionRecord session = sessions.find(id).orElseThrow();
        assertEquals(SessionStatus.STOPPED, session.status());
        assertEquals(Optional.of(StopReason.PAIN_WORSE), session.stopReason());
        assertEquals(Optional.of(END), session.endedAt());
        assertEquals(Optional.of(new PainScore(6)), session.painBefore());
        assertThrows(IllegalArgumentException.class,
                () -> recording.end(id, SessionStatus.COMPLETED, Optional.empty(), END));
        assertThrows(IllegalArgumentException.class,
                () -> recording.end(id, SessionStatus.INTERRUPTED, Optional.empty(), END));
    }

    @Test
    void finishWritesPainAfterWithItsAreasAndTheNoteKeepingStatusAndPainBefore() throws SQLException {
        long id = recording.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START,
                Optional.of(new PainScore(6)));
        recording.end(id, SessionStatus.COMPLETED, Optional.empty(), END);

        recording.finish(id, Optional.of(new PainScore(2)), Set.of(Area.LOWER_BACK, Area.HIPS_GLUTES), " Warm first ",
                END.plusSeconds(30));

        SessionRecord session = sessions.find(id).orElseThrow();
        assertEquals(SessionStatus.COMPLETED, session.status());
        assertEquals(Optional.of(new PainScore(6)), session.painBefore());
        assertEquals(Optional.of(new PainScore(2)), session.painAfter());
        assertEquals("Warm first", session.notes());
        assertEquals("lower-back,hips-glutes", Fixtures.text(file, "SELECT areas FROM pain_entry WHERE kind = 'after'"));
    }

    @Test
    void finishWithoutScoreOrNoteKeepsWhatIsThere() {
        long id = recording.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START, Optional.empty());
        recording.finish(id, Optional.of(new PainScore(2)), Set.of(Area.NECK), "First", END);

        recording.finish(id, Optional.empty(), Set.of(), "  ", END.plusSeconds(60));

        SessionRecord session = sessions.find(id).orElseThrow();
        assertEquals(Optional.of(new PainScore(2)), session.painAfter());
        assertEquals("First", session.notes());
    }

    @Test
    void finishWhoseNoteIsRefusedWritesNoRatingEither() throws SQLException {
        long id = recording.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START, Optional.empty());

        assertThrows(StorageException.class, () -> recording.finish(id, Optional.of(new PainScore(2)),
                Set.of(Area.NECK), "x".repeat(2001), END));

        assertEquals(0, count("SELECT count(*) FROM pain_entry"));
        assertEquals("", sessions.find(id).orElseThrow().notes());
    }

    @Test
    void thePainAfterIsWrittenWhenChosenReplacedWhenChangedAndItsAreasAddedKeepingItsTime() throws SQLException {
        long id = recording.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START, Optional.empty());
        recording.end(id, SessionStatus.COMPLETED, Optional.empty(), END);

        recording.rateAfter(id, Optional.of(new PainScore(4)), END.plusSeconds(5));
        recording.rateAfter(id, Optional.of(new PainScore(3)), END.plusSeconds(9));
        recording.describeAfter(id, Set.of(Area.NECK, Area.CALVES), "Better");

        assertEquals(1, count("SELECT count(*) FROM pain_entry WHERE kind = 'after'"));
        assertEquals(Optional.of(new PainScore(3)), sessions.find(id).orElseThrow().painAfter());
        assertEquals(END.plusSeconds(9).toString().replace("Z", ".000Z"),
                Fixtures.text(file, "SELECT recorded_at FROM pain_entry WHERE kind = 'after'"));
        assertEquals("neck,calves", Fixtures.text(file, "SELECT areas FROM pain_entry WHERE kind = 'after'"));
        assertEquals("Better", sessions.find(id).orElseThrow().notes());

        recording.rateAfter(id, Optional.empty(), END.plusSeconds(20));
        assertEquals(0, count("SELECT count(*) FROM pain_entry WHERE kind = 'after'"), "no score, no rating");
    }

    @Test
    void aWriteWhileAnotherUnknotHoldsTheFileIsNamedBusyAndItsRetryIsStillOneTransaction() throws SQLException {
        Step rollerWithALevel = new Step(Tool.FOAM_ROLLER, Optional.of(Area.THIGHS), Side.CENTER, Optional.empty(),
                Optional.empty(), OptionalInt.of(3), 60, "");
        Routine refused = new Routine("Odd", "", PerformedBy.SELF,
                List.of(Step.of(Tool.COLD_BALL, Area.FEET, 60), rollerWithALevel));
        try (var other = Fixtures.rawConnection(file); var writer = other.createStatement()) {
            writer.execute("BEGIN IMMEDIATE");

            assertThrows(StorageBusyException.class, () -> recording.start(Optional.empty(),
                    Fixtures.simpleRoutine("Back", 60), START, Optional.empty()));
            writer.execute("ROLLBACK");
        }

        assertThrows(StorageException.class, () -> recording.start(Optional.empty(), refused, START,
                Optional.of(new PainScore(5))));
        assertEquals(0, count("SELECT count(*) FROM session"), "the session row went with its refused steps");
        long id = recording.start(Optional.empty(), Fixtures.simpleRoutine("Back", 60), START, Optional.empty());
        assertEquals(1, count("SELECT count(*) FROM session WHERE id = " + id));
    }

    @Test
    void storesOfTwoDataFilesAreRefused() {
        try (Database other = Database.open(folder.resolve("other.db"))) {
            assertThrows(IllegalArgumentException.class,
                    () -> new SessionRecording(sessions, new PainStore(other)));
        }
    }
}
