package org.unknot.domain;

/**
 * Clear immediate relief after one session: pain fell by at least 2 points <b>and</b> by at least 30 % of the pain
 * before (Farrar et al. 2001; Ostelo et al. 2008). Both thresholds, so a 1-point drop from 3 is not clear relief, and
 * neither is a 2-point drop from 7 (29 %).
 */
public final class ClearRelief {

    static final int MIN_POINTS = 2;
    static final int MIN_PERCENT = 30;

    private ClearRelief() {
    }

    public static boolean of(PainScore before, PainScore after) {
        int drop = before.value() - after.value();
        return drop >= MIN_POINTS && drop * 100 >= before.value() * MIN_PERCENT;
    }

    /** A fall of at least 30 % from {@code baseline} to {@code current}, as the trend reads it. */
    static boolean thirtyPercentLower(double baseline, double current) {
        return current * 100 <= baseline * (100 - MIN_PERCENT) + 1e-9;
    }
}
