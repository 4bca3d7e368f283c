package org.unknot.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Pain on one measure: the baseline window (the first 14 days that measure has in the period) against the current
 * window (the last 14 days of the period's data). The windows overlap when the data spans less than 28 days; the
 * first and last days are those of the measure's first and last ratings.
 */
public record PainTrend(PainMeasure measure, LocalDate firstDay, LocalDate lastDay, Window baseline, Window current) {

    /** The days of a window, how many ratings fell in it (check-in days, or rated sessions) and their mean. */
    public record Window(LocalDate from, LocalDate to, int count, double mean) {
    }

    /** Days from the first rating of the measure to its last. */
    public long daysSpanned() {
        return ChronoUnit.DAYS.between(firstDay, lastDay);
    }

    /** Current minus baseline: negative when pain came down. */
    public double change() {
        return current.mean() - baseline.mean();
    }

    /** Whether the current mean is at least 30 % below the baseline. */
    public boolean fellThirtyPercent() {
        return ClearRelief.thirtyPercentLower(baseline.mean(), current.mean());
    }
}
