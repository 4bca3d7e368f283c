package org.unknot.session;

import org.unknot.domain.Side;
import org.unknot.domain.Step;

/**
 * One timed stretch of a session: a whole step, or one side of an {@code each} step ({@link Side#LEFT} then
 * {@link Side#RIGHT}).
 */
public record Segment(int stepIndex, Step step, Side side) {
}
