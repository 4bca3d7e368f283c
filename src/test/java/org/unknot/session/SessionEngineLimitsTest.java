package org.unknot.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.Tool;

/** The session engine at its limits: exact moments of cues and of "previous", and commands given while paused. */
class SessionEngineLimitsTest {

    private static final long SECOND = 1_000_000_000L;

    private final FakeClock clock = new FakeClock();
    private final List<SessionEvent> events = new ArrayList<>();

    private SessionEngine engine(int prepSeconds, Step... steps) {
        return new SessionEngine(SessionPlan.of(new Routine("Test", "", PerformedBy.SELF, List.of(steps))),
                prepSeconds, clock);
    }

    private void run(SessionEngine engine, double seconds) {
        clock.advanceSeconds(seconds);
        events.addAll(engine.update());
    }

    private List<SessionEvent.Cue> cues(CueKind kind) {
        return events.stream().filter(SessionEvent.Cue.class::isInstance).map(SessionEvent.Cue.class::cast)
                .filter(cue -> cue.kind() == kind).toList();
    }

    private List<SessionEvent.StepEnded> stepsEnded() {
        return events.stream().filter(SessionEvent.StepEnded.class::isInstance)
                .map(SessionEvent.StepEnded.class::cast).toList();
    }

    private static Step roller(int seconds) {
        return Step.of(Tool.FOAM_ROLLER, Area.THIGHS, seconds);
    }

    @Test
    void previousExactlyThreeSecondsInStillGoesBackAStep() {
        SessionEngine engine = engine(0, roller(60), roller(30));
        events.addAll(engine.start());
        run(engine, 60);
        run(engine, 3);

        events.addAll(engine.previous());

        assertEquals(0, engine.snapshot().segmentIndex());
    }

    @Test
    void aRestartedStepCountsTheTimeBeforeTheRestartToo() {
        SessionEngine engine = engine(0, roller(60), roller(30));
        events.addAll(engine.start());
        run(engine, 60);
        run(engine, 4);
        events.addAll(engine.previous());

        run(engine, 30);

        assertEquals(new SessionEvent.StepEnded(1, StepOutcome.COMPLETED, 34, 0), stepsEnded().get(1));
    }

    @Test
    void goingBackFromTheThirdStepPutsTheRoutineAtTheEndOfTheFirst() {
        SessionEngine engine = engine(0, roller(60), roller(30), roller(20));
        events.addAll(engine.start());
        run(engine, 90);
        run(engine, 1);

        events.addAll(engine.previous());

        assertEquals(1, engine.snapshot().segmentIndex());
        assertEquals(60 * SECOND, engine.snapshot().routineElapsed());
        assertEquals(30 * SECOND, engine.snapshot().remaining());
    }

    @Test
    void theHalfwayCueComesOnceAndCarriesItsOwnMoment() {
        SessionEngine engine = engine(0, roller(60));
        events.addAll(engine.start());
        long started = clock.nanos();
        run(engine, 30);
        run(engine, 1);
        run(engine, 10);

        assertEquals(List.of(new SessionEvent.Cue(CueKind.HALFWAY, 0, started + 30 * SECOND)), cues(CueKind.HALFWAY));
    }

    @Test
    void aLateUpdateStillDatesTheHalfwayCueAtHalfway() {
        SessionEngine engine = engine(0, roller(120));
        events.addAll(engine.start());
        long started = clock.nanos();

        run(engine, 75);

        assertEquals(List.of(new SessionEvent.Cue(CueKind.HALFWAY, 0, started + 60 * SECOND)), cues(CueKind.HALFWAY));
    }

    @Test
    void eachTickComesOnceEvenWhenAnUpdateFallsExactlyOnIt() {
        SessionEngine engine = engine(0, roller(60), roller(60));
        events.addAll(engine.start());
        long started = clock.nanos();
        run(engine, 57);
        run(engine, 0.5);
        run(engine, 0.5);
        run(engine, 1);

        assertEquals(List.of(
                new SessionEvent.Cue(CueKind.TICK, 0, started + 57 * SECOND),
                new SessionEvent.Cue(CueKind.TICK, 0, started + 58 * SECOND),
                new SessionEvent.Cue(CueKind.TICK, 0, started + 59 * SECOND)), cues(CueKind.TICK));
    }

    @Test
    void skippingTheLeftSideLeavesTheStepSkippedWhenTheRightSideEnds() {
        SessionEngine engine = engine(0, Step.of(Tool.FOAM_ROLLER, Area.CALVES, 20).withSide(Side.EACH));
        events.addAll(engine.start());
        run(engine, 5);
        events.addAll(engine.next());
        assertEquals(Side.RIGHT, engine.snapshot().segment().orElseThrow().side());

        run(engine, 20);

        assertEquals(List.of(new SessionEvent.StepEnded(0, StepOutcome.SKIPPED, 25, 0)), stepsEnded());
    }

    @Test
    void nextDuringAPausedCountdownEntersTheFirstStepStillPausedWithItsFullTime() {
        SessionEngine engine = engine(5, roller(60));
        events.addAll(engine.start());
        run(engine, 2);
        events.addAll(engine.pause());
        run(engine, 7);

        events.addAll(engine.next());
        run(engine, 4);

        assertEquals(SessionState.PAUSED, engine.state());
        assertEquals(false, engine.snapshot().countingDown());
        assertEquals(60 * SECOND, engine.snapshot().remaining());
        events.addAll(engine.resume());
        run(engine, 1);
        assertEquals(59 * SECOND, engine.snapshot().remaining());
    }

    @Test
    void nextWhilePausedEntersTheNextStepPausedWithItsFullTime() {
        SessionEngine engine = engine(0, roller(60), roller(30));
        events.addAll(engine.start());
        run(engine, 10);
        events.addAll(engine.pause());
        run(engine, 5);

        events.addAll(engine.next());
        run(engine, 5);

        assertEquals(1, engine.snapshot().segmentIndex());
        assertEquals(30 * SECOND, engine.snapshot().remaining());
    }

    @Test
    void previousWhilePausedRestartsTheStepPausedWithItsFullTime() {
        SessionEngine engine = engine(0, roller(60));
        events.addAll(engine.start());
        run(engine, 10);
        events.addAll(engine.pause());
        run(engine, 5);

        events.addAll(engine.previous());
        run(engine, 5);

        assertEquals(SessionState.PAUSED, engine.state());
        assertEquals(60 * SECOND, engine.snapshot().remaining());
    }

    @Test
    void previousDuringAPausedCountdownRestartsTheCountdown() {
        SessionEngine engine = engine(5, roller(60));
        events.addAll(engine.start());
        run(engine, 2);
        events.addAll(engine.pause());
        run(engine, 1);

        events.addAll(engine.previous());

        assertEquals(true, engine.snapshot().countingDown());
        assertEquals(5 * SECOND, engine.snapshot().remaining());
        assertEquals(SessionState.PAUSED, engine.state());
    }

    @Test
    void fractionsAreZeroWithoutALengthAndOtherwiseTheShareDone() {
        assertEquals(0.0, snapshot(0, 0, 0, 0).phaseFraction());
        assertEquals(0.0, snapshot(0, 0, 5, 0).routineFraction());
        assertEquals(0.25, snapshot(30, 40, 0, 0).phaseFraction());
        assertEquals(0.25, snapshot(0, 0, 10, 40).routineFraction());
        assertEquals(1.0, snapshot(0, 0, 50, 40).routineFraction(), "never past the end");
    }

    @Test
    void everyCommandReturnsTheEventsThatFellDueBeforeIt() {
        SessionEngine engine = engine(0, roller(60), roller(60), roller(60), roller(60));
        long started = clock.nanos();
        assertEquals(List.of(new SessionEvent.Cue(CueKind.STEP_START, 0, started)), engine.start());

        clock.advanceSeconds(57.5);
        assertEquals(List.of(new SessionEvent.Cue(CueKind.HALFWAY, 0, started + 30 * SECOND),
                new SessionEvent.Cue(CueKind.TICK, 0, started + 57 * SECOND)), engine.pause());
        events.addAll(engine.resume());
        clock.advanceSeconds(1);
        assertEquals(List.of(new SessionEvent.Cue(CueKind.TICK, 0, started + 58 * SECOND)), engine.addTime());
        clock.advanceSeconds(29);
        // 30 s added: the segment now ends at 90 s and its ticks moved with it
        assertEquals(List.of(new SessionEvent.Cue(CueKind.TICK, 0, started + 87 * SECOND)), engine.resume(),
                "resuming a running session still reports what fell due");
        clock.advanceSeconds(1);
        assertEquals(1, engine.stop(org.unknot.domain.StopReason.OTHER).stream()
                .filter(SessionEvent.Ended.class::isInstance).count());
    }

    private static SessionSnapshot snapshot(long remaining, long phaseLength, long elapsed, long total) {
        return new SessionSnapshot(SessionState.RUNNING, false, 0, Optional.empty(), Optional.empty(), remaining,
                phaseLength, elapsed, total);
    }
}
