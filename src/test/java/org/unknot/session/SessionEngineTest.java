package org.unknot.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;

class SessionEngineTest {

    private static final long SECOND = 1_000_000_000L;

    private final FakeClock clock = new FakeClock();
    private final List<SessionEvent> events = new ArrayList<>();

    private static Routine routine(Step... steps) {
        return new Routine("Test", "", PerformedBy.SELF, List.of(steps));
    }

    private SessionEngine engine(Routine routine, int prepSeconds) {
        return new SessionEngine(SessionPlan.of(routine), prepSeconds, clock);
    }

    private void run(SessionEngine engine, double seconds) {
        clock.advanceSeconds(seconds);
        events.addAll(engine.update());
    }

    private List<CueKind> cues() {
        return events.stream().filter(SessionEvent.Cue.class::isInstance).map(e -> ((SessionEvent.Cue) e).kind())
                .toList();
    }

    private List<SessionEvent.StepEnded> stepsEnded() {
        return events.stream().filter(SessionEvent.StepEnded.class::isInstance).map(SessionEvent.StepEnded.class::cast)
                .toList();
    }

    private Optional<SessionEvent.Ended> ended() {
        return events.stream().filter(SessionEvent.Ended.class::isInstance).map(SessionEvent.Ended.class::cast)
                .findFirst();
    }

    @Test
    void readyUntilStartedThenCountsDownThenRunsTheFirstStep() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 5);
        assertEquals(SessionState.READY, engine.state());
        run(engine, 10);
        assertEquals(SessionState.READY, engine.state(), "time alone does not start a session");

        events.addAll(engine.start());
        assertEquals(SessionState.PREP, engine.state());
        assertTrue(engine.snapshot().countingDown());
        assertEquals(5 * SECOND, engine.snapshot().remaining());

        run(engine, 4.5);
        assertEquals(SessionState.PREP, engine.state());
        assertEquals(List.of(CueKind.TICK, CueKind.TICK, CueKind.TICK), cues(), "ticks at 3, 2 and 1 s left");
        run(engine, 0.5);
        assertEquals(SessionState.RUNNING, engine.state());
        assertEquals(60 * SECOND, engine.snapshot().remaining());
        assertEquals(CueKind.STEP_START, cues().get(3));
    }

    @Test
    void aZeroCountdownStartsTheFirstStepAtOnce() {
        SessionEngine engine = engine(routine(Step.of(Tool.COLD_BALL, Area.FEET, 30)), 0);

        events.addAll(engine.start());

        assertEquals(SessionState.RUNNING, engine.state());
        assertEquals(List.of(CueKind.STEP_START), cues());
    }

    @Test
    void eachStepRunsLeftThenRightWithASwitchCue() {
        SessionEngine engine = engine(routine(
                Step.of(Tool.FOAM_ROLLER, Area.CALVES, 20).withSide(Side.EACH),
                Step.of(Tool.COLD_BALL, Area.FEET, 10)), 0);
        events.addAll(engine.start());
        assertEquals(Side.LEFT, engine.snapshot().segment().orElseThrow().side());
        assertEquals(Side.RIGHT, engine.snapshot().next().orElseThrow().side());

        run(engine, 20);
        assertEquals(Side.RIGHT, engine.snapshot().segment().orElseThrow().side());
        assertEquals(0, engine.snapshot().segment().orElseThrow().stepIndex());
        assertEquals(List.of(CueKind.STEP_START, CueKind.TICK, CueKind.TICK, CueKind.TICK, CueKind.SWITCH_SIDES),
                cues());
        assertTrue(stepsEnded().isEmpty(), "the step is not over after its left side");

        run(engine, 20);
        assertEquals(1, engine.snapshot().segment().orElseThrow().stepIndex());
        assertEquals(List.of(new SessionEvent.StepEnded(0, StepOutcome.COMPLETED, 40, 0)), stepsEnded());
        assertEquals(CueKind.STEP_START, cues().get(cues().size() - 1));
    }

    @Test
    void halfwayCueOnlyForStepsOfAMinuteOrMore() {
        SessionEngine engine = engine(routine(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 59),
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 0);
        events.addAll(engine.start());
        run(engine, 59);
        assertTrue(cues().stream().noneMatch(kind -> kind == CueKind.HALFWAY));

        run(engine, 29.9);
        assertTrue(cues().stream().noneMatch(kind -> kind == CueKind.HALFWAY));
        run(engine, 0.1);
        assertEquals(CueKind.HALFWAY, cues().get(cues().size() - 1));
    }

    @Test
    void theRoutineEndsWithABellAndIsCompleted() {
        SessionEngine engine = engine(routine(Step.of(Tool.COLD_BALL, Area.FEET, 10), Step.rest(5, "")), 0);
        events.addAll(engine.start());
        run(engine, 14.999);
        assertEquals(SessionState.RUNNING, engine.state());

        run(engine, 0.001);

        assertEquals(SessionState.COMPLETED, engine.state());
        assertEquals(CueKind.END, cues().get(cues().size() - 1));
        assertEquals(SessionStatus.COMPLETED, ended().orElseThrow().status());
        assertEquals(List.of(new SessionEvent.StepEnded(0, StepOutcome.COMPLETED, 10, 0),
                new SessionEvent.StepEnded(1, StepOutcome.COMPLETED, 5, 0)), stepsEnded());
        assertEquals(1.0, engine.snapshot().routineFraction());
        assertEquals(0, engine.snapshot().remaining());
    }

    @Test
    void aSixtyMinuteRoutineWithPausesAndJitteryTicksEndsWithinAMillisecondOfItsPlan() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            steps.add(Step.of(Tool.FOAM_ROLLER, Area.values()[i % Area.values().length], 60).withSide(Side.EACH));
        }
        SessionEngine engine = engine(new Routine("Hour", "", PerformedBy.SELF, steps), 0);
        Random random = new Random(42);
        long started = clock.nanos();
        events.addAll(engine.start());
        long paused = 0;
        while (!engine.state().over()) {
            clock.advanceNanos(5_000_000L + random.nextInt(40_000_000));
            events.addAll(engine.update());
            if (random.nextInt(5000) == 0 && !engine.state().over()) {
                events.addAll(engine.pause());
                long pause = 1_000_000_000L + random.nextInt(900_000_000);
                clock.advanceNanos(pause);
                paused += pause;
                events.addAll(engine.resume());
            }
        }
        long planned = 60 * 60 * SECOND;
        assertTrue(paused > 0, "the run paused at least once");

        long endedAt = ended().orElseThrow().endedNanos();

        assertEquals(started + planned + paused, endedAt, 1_000_000, "within 1 ms of the planned unpaused time");
        assertEquals(30, stepsEnded().size());
        assertTrue(stepsEnded().stream()
                .allMatch(step -> step.doneSeconds() == 120 && step.outcome() == StepOutcome.COMPLETED));
    }

    @Test
    void pauseFreezesTheRemainingTimeAndResumeContinuesIt() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 0);
        events.addAll(engine.start());
        run(engine, 10);

        events.addAll(engine.pause());
        clock.advanceSeconds(300);
        events.addAll(engine.update());
        assertEquals(SessionState.PAUSED, engine.state());
        assertEquals(50 * SECOND, engine.snapshot().remaining());

        events.addAll(engine.resume());
        run(engine, 20);
        assertEquals(SessionState.RUNNING, engine.state());
        assertEquals(30 * SECOND, engine.snapshot().remaining());
    }

    @Test
    void pausingTheCountdownHoldsIt() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 5);
        events.addAll(engine.start());
        run(engine, 1);
        events.addAll(engine.pause());
        clock.advanceSeconds(100);
        events.addAll(engine.resume());

        assertEquals(SessionState.PREP, engine.state());
        assertEquals(4 * SECOND, engine.snapshot().remaining());
    }

    @Test
    void nextSkipsTheRestOfAStepAndRecordsItAsSkipped() {
        SessionEngine engine = engine(routine(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60),
                Step.of(Tool.COLD_BALL, Area.FEET, 30)), 0);
        events.addAll(engine.start());
        run(engine, 12);

        events.addAll(engine.next());

        assertEquals(1, engine.snapshot().segment().orElseThrow().stepIndex());
        assertEquals(30 * SECOND, engine.snapshot().remaining());
        assertEquals(List.of(new SessionEvent.StepEnded(0, StepOutcome.SKIPPED, 12, 0)), stepsEnded());
        assertEquals(60 * SECOND, engine.snapshot().routineElapsed(), "the position moves past the skipped step");
    }

    @Test
    void nextDuringTheCountdownStartsTheFirstStep() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 5);
        events.addAll(engine.start());
        run(engine, 1);

        events.addAll(engine.next());

        assertEquals(SessionState.RUNNING, engine.state());
        assertEquals(60 * SECOND, engine.snapshot().remaining());
        assertTrue(stepsEnded().isEmpty());
    }

    @Test
    void nextOnTheLastStepCompletesTheRoutine() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 0);
        events.addAll(engine.start());
        run(engine, 5);

        events.addAll(engine.next());

        assertEquals(SessionState.COMPLETED, engine.state());
        assertEquals(List.of(new SessionEvent.StepEnded(0, StepOutcome.SKIPPED, 5, 0)), stepsEnded());
        assertEquals(SessionStatus.COMPLETED, ended().orElseThrow().status());
        assertEquals(List.of(), engine.next(), "next after the end does nothing");
    }

    @Test
    void previousMoreThanThreeSecondsInRestartsTheStep() {
        SessionEngine engine = engine(routine(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60),
                Step.of(Tool.COLD_BALL, Area.FEET, 30)), 0);
        events.addAll(engine.start());
        run(engine, 61);
        assertEquals(1, engine.snapshot().segmentIndex());
        run(engine, 3.5);

        events.addAll(engine.previous());

        assertEquals(1, engine.snapshot().segmentIndex(), "stays on the step");
        assertEquals(30 * SECOND, engine.snapshot().remaining(), "from its beginning");
        assertEquals(CueKind.STEP_START, cues().get(cues().size() - 1));
    }

    @Test
    void previousWithinThreeSecondsGoesBackAStep() {
        SessionEngine engine = engine(routine(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60),
                Step.of(Tool.COLD_BALL, Area.FEET, 30)), 0);
        events.addAll(engine.start());
        run(engine, 62);

        events.addAll(engine.previous());

        assertEquals(0, engine.snapshot().segmentIndex());
        assertEquals(60 * SECOND, engine.snapshot().remaining());
        assertEquals(0, engine.snapshot().routineElapsed());
        assertEquals(new SessionEvent.StepEnded(1, StepOutcome.SKIPPED, 2, 0), stepsEnded().get(1));
    }

    @Test
    void previousOnTheFirstStepRestartsIt() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 0);
        events.addAll(engine.start());
        run(engine, 2);

        events.addAll(engine.previous());

        assertEquals(0, engine.snapshot().segmentIndex());
        assertEquals(60 * SECOND, engine.snapshot().remaining());
        assertEquals(SessionState.RUNNING, engine.state());
    }

    @Test
    void previousOnTheRightSideGoesBackToTheLeftSide() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 20).withSide(Side.EACH)), 0);
        events.addAll(engine.start());
        run(engine, 21);
        assertEquals(Side.RIGHT, engine.snapshot().segment().orElseThrow().side());

        events.addAll(engine.previous());

        assertEquals(Side.LEFT, engine.snapshot().segment().orElseThrow().side());
        assertTrue(stepsEnded().isEmpty(), "moving within a step does not end it");
    }

    @Test
    void addingThirtySecondsExtendsTheStepAndIsRecorded() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 0);
        events.addAll(engine.start());
        run(engine, 50);

        events.addAll(engine.addTime());

        assertEquals(40 * SECOND, engine.snapshot().remaining());
        assertEquals(90 * SECOND, engine.snapshot().routineTotal());
        run(engine, 39.9);
        assertEquals(SessionState.RUNNING, engine.state());
        run(engine, 0.1);
        assertEquals(List.of(new SessionEvent.StepEnded(0, StepOutcome.COMPLETED, 90, 30)), stepsEnded());
    }

    @Test
    void addingTimeInTheLastSecondsMovesTheTicksToTheNewEnd() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 10)), 0);
        events.addAll(engine.start());
        run(engine, 8.5);
        assertEquals(2, cues().stream().filter(kind -> kind == CueKind.TICK).count());

        events.addAll(engine.addTime());
        run(engine, 32);

        assertEquals(5, cues().stream().filter(kind -> kind == CueKind.TICK).count());
    }

    @Test
    void stopRecordsTheStepUnderWayAsCutShortWithTheReason() {
        SessionEngine engine = engine(routine(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60),
                Step.of(Tool.COLD_BALL, Area.FEET, 30)), 0);
        events.addAll(engine.start());
        run(engine, 75);

        events.addAll(engine.stop(StopReason.PAIN_WORSE));

        assertEquals(SessionState.STOPPED, engine.state());
        assertEquals(List.of(new SessionEvent.StepEnded(0, StepOutcome.COMPLETED, 60, 0),
                new SessionEvent.StepEnded(1, StepOutcome.CUT_SHORT, 15, 0)), stepsEnded());
        SessionEvent.Ended ended = ended().orElseThrow();
        assertEquals(SessionStatus.STOPPED, ended.status());
        assertEquals(Optional.of(StopReason.PAIN_WORSE), ended.reason());
        assertEquals(List.of(), engine.update(), "a stopped session stays stopped");
    }

    @Test
    void stopWhilePausedCountsOnlyUnpausedTime() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 0);
        events.addAll(engine.start());
        run(engine, 20);
        events.addAll(engine.pause());
        clock.advanceSeconds(500);

        events.addAll(engine.stop(StopReason.OUT_OF_TIME));

        assertEquals(List.of(new SessionEvent.StepEnded(0, StepOutcome.CUT_SHORT, 20, 0)), stepsEnded());
    }

    @Test
    void commandsInTheWrongStateDoNothing() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60)), 0);

        assertEquals(List.of(), engine.pause());
        assertEquals(List.of(), engine.resume());
        assertEquals(List.of(), engine.next());
        assertEquals(List.of(), engine.previous());
        assertEquals(List.of(), engine.addTime());
        assertEquals(List.of(), engine.stop(StopReason.OTHER));
        assertEquals(SessionState.READY, engine.state());

        engine.start();
        assertEquals(List.of(), engine.start(), "a second start does nothing");
        assertEquals(List.of(), engine.resume(), "resume while running does nothing");
        assertEquals(SessionState.RUNNING, engine.state());
    }

    @Test
    void cuesCarryTheMomentTheyWereDueEvenWhenTheUpdateComesLate() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 10), Step.rest(5, "")), 0);
        long start = clock.nanos();
        events.addAll(engine.start());

        run(engine, 12);

        List<Long> due = events.stream().filter(SessionEvent.Cue.class::isInstance)
                .map(e -> ((SessionEvent.Cue) e).scheduledNanos() - start).toList();
        assertEquals(List.of(0L, 7 * SECOND, 8 * SECOND, 9 * SECOND, 10 * SECOND, 12 * SECOND), due,
                "the step's start and ticks, the rest's start at 10 s and its first tick at 12 s");
    }

    @Test
    void snapshotShowsWhatComesNextAndTheRoutinePosition() {
        SessionEngine engine = engine(routine(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 40),
                Step.rest(20, "Fetch the cold ball")), 0);
        events.addAll(engine.start());
        run(engine, 10);

        SessionSnapshot snapshot = engine.snapshot();

        assertEquals(Tool.REST, snapshot.next().orElseThrow().step().tool());
        assertEquals(10 * SECOND, snapshot.routineElapsed());
        assertEquals(60 * SECOND, snapshot.routineTotal());
        assertEquals(0.25, snapshot.phaseFraction(), 1e-9);
        run(engine, 30);
        assertEquals(Optional.empty(), engine.snapshot().next());
    }

    @Test
    void aStepPlayedAgainFromItsLeftSideIsCompletedNotSkipped() {
        SessionEngine engine = engine(routine(Step.of(Tool.FOAM_ROLLER, Area.CALVES, 20).withSide(Side.EACH)), 0);
        events.addAll(engine.start());
        run(engine, 21);
        events.addAll(engine.previous());

        run(engine, 40);

        assertEquals(StepOutcome.COMPLETED, stepsEnded().get(stepsEnded().size() - 1).outcome());
    }
}
