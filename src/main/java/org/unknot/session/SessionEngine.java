package org.unknot.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;

/**
 * The session state machine: ready → prep countdown → each segment in turn → completed, with pause, next, previous,
 * +30 s and stop. Time is derived from the monotonic clock, never counted per tick: the remaining time of a segment is
 * its planned length minus (now − its start − time paused), and a segment that ends starts the next at its exact
 * end, so no error builds up over a long routine. Commands in a state where they make no sense do nothing.
 */
public final class SessionEngine {

    static final long SECOND = 1_000_000_000L;
    static final long RESTART_WINDOW = 3 * SECOND;
    static final long HALFWAY_MINIMUM = 60 * SECOND;
    static final int TICKS = 3;
    public static final int ADDED_SECONDS = 30;

    private final List<Segment> segments;
    private final MonotonicClock clock;
    private final long prepLength;
    private final long[] segmentLength;
    private final long[] stepDone;
    private final int[] stepAdded;
    private final boolean[] stepSkipped;

    private SessionState state = SessionState.READY;
    private SessionState pausedFrom = SessionState.RUNNING;
    private int current = -1;
    private long phaseStart;
    private long pauseStart;
    private long cueCursor;
    private long lengthBefore;
    private long total;
    private long now;

    public SessionEngine(SessionPlan plan, int prepSeconds, MonotonicClock clock) {
        if (plan.segments().isEmpty()) {
            throw new IllegalArgumentException("A session needs at least one step");
        }
        this.segments = plan.segments();
        this.clock = clock;
        this.prepLength = Math.max(0, prepSeconds) * SECOND;
        this.segmentLength = new long[segments.size()];
        int steps = plan.routine().steps().size();
        this.stepDone = new long[steps];
        this.stepAdded = new int[steps];
        this.stepSkipped = new boolean[steps];
        for (int i = 0; i < segments.size(); i++) {
            segmentLength[i] = segments.get(i).step().seconds() * SECOND;
            total += segmentLength[i];
        }
        this.now = clock.nanos();
    }

    public SessionState state() {
        return state;
    }

    /** The segment at this place in the plan, as cues name it. */
    public Segment segment(int index) {
        return segments.get(index);
    }

    /** Starts the countdown, or the first step when the countdown is 0 s. */
    public List<SessionEvent> start() {
        List<SessionEvent> events = new ArrayList<>();
        now = clock.nanos();
        if (state != SessionState.READY) {
            return events;
        }
        if (prepLength > 0) {
            state = SessionState.PREP;
            phaseStart = now;
            cueCursor = 0;
        } else {
            state = SessionState.RUNNING;
            enter(0, now, CueKind.STEP_START, events);
        }
        return events;
    }

    /** Moves time on to now: cues that fell due, segments that ended, the end of the routine. */
    public List<SessionEvent> update() {
        List<SessionEvent> events = new ArrayList<>();
        now = clock.nanos();
        advance(events);
        return events;
    }

    public List<SessionEvent> pause() {
        List<SessionEvent> events = update();
        if (state == SessionState.PREP || state == SessionState.RUNNING) {
            pausedFrom = state;
            state = SessionState.PAUSED;
            pauseStart = now;
        }
        return events;
    }

    public List<SessionEvent> resume() {
        now = clock.nanos();
        if (state == SessionState.PAUSED) {
            phaseStart += now - pauseStart;
            state = pausedFrom;
        }
        return update();
    }

    /** Goes to the next segment (the right side of an {@code each} step, or the next step); ends after the last. */
    public List<SessionEvent> next() {
        List<SessionEvent> events = update();
        if (countingDown()) {
            enterFirstFromCountdown(events);
        } else if (inSegment()) {
            leaveTo(current + 1, events);
        }
        return events;
    }

    /** Restarts the segment if more than 3 s in (or if it is the first), else goes back to the previous one. */
    public List<SessionEvent> previous() {
        List<SessionEvent> events = update();
        if (countingDown()) {
            restartPhase();
        } else if (inSegment()) {
            if (position() > RESTART_WINDOW || current == 0) {
                stepDone[segments.get(current).stepIndex()] += Math.min(position(), segmentLength[current]);
                restartPhase();
                events.add(new SessionEvent.Cue(CueKind.STEP_START, current, now));
            } else {
                leaveTo(current - 1, events);
            }
        }
        return events;
    }

    /** Adds 30 seconds to the segment that is running or paused. */
    public List<SessionEvent> addTime() {
        List<SessionEvent> events = update();
        if (inSegment()) {
            segmentLength[current] += ADDED_SECONDS * SECOND;
            stepAdded[segments.get(current).stepIndex()] += ADDED_SECONDS;
            total += ADDED_SECONDS * SECOND;
        }
        return events;
    }

    /** Stops the session early; the step under way is recorded as cut short. */
    public List<SessionEvent> stop(StopReason reason) {
        List<SessionEvent> events = update();
        if (state == SessionState.READY || state.over()) {
            return events;
        }
        if (current >= 0) {
            int step = segments.get(current).stepIndex();
            stepDone[step] += Math.min(position(), segmentLength[current]);
            events.add(stepEnded(step, StepOutcome.CUT_SHORT));
        }
        state = SessionState.STOPPED;
        events.add(new SessionEvent.Ended(SessionStatus.STOPPED, Optional.of(reason), now));
        return events;
    }

    /**
     * The step under way as it would be recorded if the session ended now (cut short, with its time so far), as of
     * the last command or update; empty during the countdown and once the session is over.
     */
    public Optional<SessionEvent.StepEnded> stepUnderWay() {
        if (!inSegment()) {
            return Optional.empty();
        }
        int step = segments.get(current).stepIndex();
        long done = stepDone[step] + Math.min(position(), segmentLength[current]);
        return Optional.of(new SessionEvent.StepEnded(step, StepOutcome.CUT_SHORT,
                (int) Math.round(done / (double) SECOND), stepAdded[step]));
    }

    /** The state as of the last command or update. */
    public SessionSnapshot snapshot() {
        boolean countdown = countingDown();
        long length = countdown ? prepLength : current >= 0 ? segmentLength[current] : 0;
        long position = state == SessionState.READY ? 0 : Math.min(position(), length);
        long elapsed;
        if (state == SessionState.COMPLETED) {
            elapsed = total;
            position = length;
        } else {
            elapsed = countdown || current < 0 ? 0 : lengthBefore + position;
        }
        Optional<Segment> segment = current >= 0 ? Optional.of(segments.get(current)) : Optional.empty();
        int nextIndex = current + 1;
        Optional<Segment> next = !state.over() && nextIndex < segments.size()
                ? Optional.of(segments.get(nextIndex)) : Optional.empty();
        return new SessionSnapshot(state, countdown, current, segment, next, Math.max(0, length - position), length,
                elapsed, total);
    }

    private void advance(List<SessionEvent> events) {
        while (state == SessionState.PREP || state == SessionState.RUNNING) {
            long length = state == SessionState.PREP ? prepLength : segmentLength[current];
            long position = now - phaseStart;
            emitCues(Math.min(position, length), length, events);
            if (position < length) {
                return;
            }
            long end = phaseStart + length;
            if (state == SessionState.PREP) {
                state = SessionState.RUNNING;
                enter(0, end, CueKind.STEP_START, events);
            } else {
                stepDone[segments.get(current).stepIndex()] += length;
                moveTo(current + 1, end, events);
            }
        }
    }

    /** Cues whose place in the phase lies after what was already cued and up to {@code position}. */
    private void emitCues(long position, long length, List<SessionEvent> events) {
        if (state == SessionState.RUNNING) {
            long base = segments.get(current).step().seconds() * SECOND;
            long halfway = base / 2;
            if (base >= HALFWAY_MINIMUM && halfway > cueCursor && halfway <= position) {
                events.add(new SessionEvent.Cue(CueKind.HALFWAY, current, phaseStart + halfway));
            }
        }
        for (int k = TICKS; k >= 1; k--) {
            long tick = length - k * SECOND;
            if (tick > 0 && tick > cueCursor && tick <= position) {
                events.add(new SessionEvent.Cue(CueKind.TICK, current, phaseStart + tick));
            }
        }
        cueCursor = Math.max(cueCursor, position);
    }

    private void enterFirstFromCountdown(List<SessionEvent> events) {
        boolean paused = state == SessionState.PAUSED;
        if (paused) {
            pausedFrom = SessionState.RUNNING;
        } else {
            state = SessionState.RUNNING;
        }
        enter(0, now, CueKind.STEP_START, events);
    }

    /** Leaves the current segment early, at now, for {@code target}. */
    private void leaveTo(int target, List<SessionEvent> events) {
        long position = Math.min(position(), segmentLength[current]);
        int step = segments.get(current).stepIndex();
        stepDone[step] += position;
        if (position < segmentLength[current]) {
            stepSkipped[step] = true;
        }
        moveTo(target, now, events);
    }

    /** Moves from the current segment, whose time is already accounted, to {@code target} at {@code at}. */
    private void moveTo(int target, long at, List<SessionEvent> events) {
        Segment leaving = segments.get(current);
        boolean sameStep = target < segments.size() && segments.get(target).stepIndex() == leaving.stepIndex();
        if (!sameStep) {
            events.add(stepEnded(leaving.stepIndex(),
                    stepSkipped[leaving.stepIndex()] ? StepOutcome.SKIPPED : StepOutcome.COMPLETED));
        }
        if (target >= segments.size()) {
            lengthBefore = total;
            current = segments.size() - 1;
            state = SessionState.COMPLETED;
            events.add(new SessionEvent.Cue(CueKind.END, current, at));
            events.add(new SessionEvent.Ended(SessionStatus.COMPLETED, Optional.empty(), at));
            return;
        }
        CueKind cue = sameStep && target == current + 1 ? CueKind.SWITCH_SIDES : CueKind.STEP_START;
        if (!sameStep || target < current) {
            // The step is played (again) from here: only how this pass ends decides its outcome.
            stepSkipped[segments.get(target).stepIndex()] = false;
        }
        enter(target, at, cue, events);
    }

    private void enter(int target, long at, CueKind cue, List<SessionEvent> events) {
        if (target == current + 1 && current >= 0) {
            lengthBefore += segmentLength[current];
        } else {
            lengthBefore = 0;
            for (int i = 0; i < target; i++) {
                lengthBefore += segmentLength[i];
            }
        }
        current = target;
        phaseStart = at;
        if (state == SessionState.PAUSED) {
            pauseStart = at;
        }
        cueCursor = 0;
        events.add(new SessionEvent.Cue(cue, target, at));
    }

    private void restartPhase() {
        phaseStart = now;
        if (state == SessionState.PAUSED) {
            pauseStart = now;
        }
        cueCursor = 0;
    }

    private SessionEvent.StepEnded stepEnded(int step, StepOutcome outcome) {
        return new SessionEvent.StepEnded(step, outcome, (int) Math.round(stepDone[step] / (double) SECOND),
                stepAdded[step]);
    }

    /** Unpaused time since the phase began. */
    private long position() {
        return (state == SessionState.PAUSED ? pauseStart : now) - phaseStart;
    }

    private boolean countingDown() {
        return state == SessionState.PREP || state == SessionState.PAUSED && pausedFrom == SessionState.PREP;
    }

    private boolean inSegment() {
        return state == SessionState.RUNNING || state == SessionState.PAUSED && pausedFrom == SessionState.RUNNING;
    }
}
