package org.unknot.domain;

/**
 * How large the app's text is, as a percentage of the normal size: 100–200 %, in steps of {@link #STEP}.
 * Every page, the player and the charts follow it.
 */
public record TextSize(int percent) {

    public static final int MIN = 100;
    public static final int MAX = 200;
    public static final int STEP = 10;
    public static final TextSize NORMAL = new TextSize(MIN);

    public TextSize {
        if (percent < MIN || percent > MAX) {
            throw new IllegalArgumentException("A text size is " + MIN + "–" + MAX + " %, not " + percent);
        }
    }

    /** The size nearest to {@code percent} that can be chosen: within the limits, on a step. */
    public static TextSize nearest(int percent) {
        int stepped = Math.round(percent / (float) STEP) * STEP;
        return new TextSize(Math.max(MIN, Math.min(MAX, stepped)));
    }

    /** One step larger, or this one at the largest. */
    public TextSize larger() {
        return nearest(percent + STEP);
    }

    /** One step smaller, or this one at the smallest. */
    public TextSize smaller() {
        return nearest(percent - STEP);
    }

    /** 1.0 at the normal size, 2.0 at the largest. */
    public double scale() {
        return percent / 100.0;
    }

    public String label() {
        return percent + " %";
    }
}
