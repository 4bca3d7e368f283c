package org.unknot.domain;

import java.util.OptionalDouble;

/**
 * Immediate pain changes (after − before, −10 to +10) counted per value as sessions stream past, so the median of any
 * number of them needs 21 counters, not a list.
 */
public final class PainChanges {

    private static final int LOWEST = -PainScore.MAX;
    private final int[] counts = new int[2 * PainScore.MAX + 1];
    private int count;

    public void add(int change) {
        if (change < LOWEST || change > PainScore.MAX) {
            throw new IllegalArgumentException("A change in pain is between -10 and 10, not " + change);
        }
        counts[change - LOWEST]++;
        count++;
    }

    public int count() {
        return count;
    }

    /** The median change, the mean of the two middle ones for an even count; empty without any. */
    public OptionalDouble median() {
        if (count == 0) {
            return OptionalDouble.empty();
        }
        int lower = nth((count - 1) / 2);
        int upper = nth(count / 2);
        return OptionalDouble.of((lower + upper) / 2.0);
    }

    /** The change at position {@code index} (from 0) of the changes in order. */
    private int nth(int index) {
        int seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen > index) {
                return i + LOWEST;
            }
        }
        throw new IllegalStateException("no change at " + index);
    }
}
