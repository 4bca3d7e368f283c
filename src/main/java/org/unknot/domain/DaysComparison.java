package org.unknot.domain;

/**
 * Mean daily check-in pain on days with at least one session against days without; only checked-in days count, and
 * only with at least 3 of each. People often massage on their worse days, so this is no measure of what massage does.
 */
public record DaysComparison(int daysWith, double meanWith, int daysWithout, double meanWithout) {

    static final int MIN_DAYS_EACH = 3;
}
