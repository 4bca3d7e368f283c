package org.unknot.session;

import java.util.Optional;

/**
 * What the player shows at one moment. Times are nanoseconds: {@code remaining} and {@code phaseLength} are those of
 * the countdown or of the current segment; {@code routineElapsed} is the position in the routine's planned time.
 */
public record SessionSnapshot(
        SessionState state,
        boolean countingDown,
        int segmentIndex,
        Optional<Segment> segment,
        Optional<Segment> next,
        long remaining,
        long phaseLength,
        long routineElapsed,
        long routineTotal) {

    /** How far through the countdown or the current segment, from 0 to 1. */
    public double phaseFraction() {
        return phaseLength <= 0 ? 0 : 1.0 - (double) remaining / phaseLength;
    }

    /** How far through the whole routine, from 0 to 1. */
    public double routineFraction() {
        return routineTotal <= 0 ? 0 : Math.min(1.0, (double) routineElapsed / routineTotal);
    }
}
