package org.unknot.domain;

import java.util.List;

/**
 * One side of one area worked from a moment of the routine (seconds from its start) for some seconds. The safety
 * rules count time per side, so that the same work counts the same whether it is written as one {@code each} step
 * or as a left and a right step.
 */
record SideExposure(BodySide place, int start, int seconds) {

    /** The left or the right half of an area. */
    record BodySide(Area area, Side side) {
    }

    /**
     * What a step starting at {@code start} does to each side: a centred step works both sides for its seconds (it
     * may dwell on either), a left or right step its own side, an {@code each} step the left and then the right. A
     * step without an area (a rest) works on nothing.
     */
    static List<SideExposure> of(Step step, int start) {
        if (step.area().isEmpty()) {
            return List.of();
        }
        Area area = step.area().get();
        int seconds = step.seconds();
        SideExposure left = new SideExposure(new BodySide(area, Side.LEFT), start, seconds);
        SideExposure right = new SideExposure(new BodySide(area, Side.RIGHT), start, seconds);
        return switch (step.side()) {
            case CENTER -> List.of(left, right);
            case LEFT -> List.of(left);
            case RIGHT -> List.of(right);
            case EACH -> List.of(left, new SideExposure(right.place(), start + seconds, seconds));
        };
    }

    int end() {
        return start + seconds;
    }
}
