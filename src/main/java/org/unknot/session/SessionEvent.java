package org.unknot.session;

import java.util.Optional;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StepOutcome;
import org.unknot.domain.StopReason;

/** What the engine reports as time passes or the user acts. */
public sealed interface SessionEvent {

    /** A cue to sound and flash; {@code scheduledNanos} is when it was due on the monotonic clock. */
    record Cue(CueKind kind, int segment, long scheduledNanos) implements SessionEvent {
    }

    /** A step was left; the totals are for the whole step (both sides of an {@code each} step). */
    record StepEnded(int stepIndex, StepOutcome outcome, int doneSeconds, int addedSeconds) implements SessionEvent {
    }

    /** The session is over; {@code endedNanos} is the exact moment on the monotonic clock. */
    record Ended(SessionStatus status, Optional<StopReason> reason, long endedNanos) implements SessionEvent {
    }
}
