package org.unknot.session;

import org.unknot.domain.Side;
import org.unknot.domain.Step;

/**
 * One timed stretch of a session: a whole step, or one side of an {@code each} step ({@link Side#LEFT} then
 * {@link Side#RIGHT}).
 */
public record Segment(int stepIndex, Step step, Side side) {

    /** True for the left half of an {@code each} step, which is followed by its right half. */
    public boolean firstOfTwo() {
        return step.side() == Side.EACH && side == Side.LEFT;
    }

    public boolean lastOfStep() {
        return !firstOfTwo();
    }
}
