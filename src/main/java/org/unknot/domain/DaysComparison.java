package org.unknot.domain;

/** Mean daily check-in pain on days with at least one session against days without; only checked-in days count. */
public record DaysComparison(int daysWith, double meanWith, int daysWithout, double meanWithout) {
}
