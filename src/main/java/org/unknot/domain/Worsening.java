package org.unknot.domain;

import java.util.List;
import java.util.Optional;

/**
 * The signs that pain is getting worse (PRODUCT.md, "Insights"); any one of them raises the warning.
 *
 * @param trend        the trend, when its current window is at least 2 points above its baseline
 * @param worseAfter   of the last (up to 5) rated sessions, how many ended with more pain than they began, when at
 *                     least 3 did
 * @param rated        how many rated sessions {@code worseAfter} was counted over
 * @param painWorseStops sessions stopped for "pain got worse" in the 14 days up to the last session, when at least 2
 * @param routines     the routines of those sessions, most often first: the ones to stop
 */
public record Worsening(Optional<PainTrend> trend, int worseAfter, int rated, int painWorseStops,
                        List<String> routines) {

    static final double POINTS_UP = 2;
    static final int LAST_RATED = 5;
    static final int WORSE_AFTER = 3;
    static final int STOPS = 2;
    static final int STOP_DAYS = 14;

    public Worsening {
        routines = List.copyOf(routines);
    }
}
