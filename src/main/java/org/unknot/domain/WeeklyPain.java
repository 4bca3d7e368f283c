package org.unknot.domain;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One ISO week (starting Monday): its sessions, the mean pain before and after them with how many were rated, and
 * the mean daily check-in with how many days were checked in, of which {@code flareDays} marked a flare. The three means are separate measures, never mixed.
 */
public record WeeklyPain(LocalDate weekStart, int sessions, OptionalDouble meanBefore, int ratedBefore,
                         OptionalDouble meanAfter, int ratedAfter, OptionalDouble meanCheckIn, int checkIns,
                         int flareDays) {

    /** A week without flare days. */
    public WeeklyPain(LocalDate weekStart, int sessions, OptionalDouble meanBefore, int ratedBefore,
                      OptionalDouble meanAfter, int ratedAfter, OptionalDouble meanCheckIn, int checkIns) {
        this(weekStart, sessions, meanBefore, ratedBefore, meanAfter, ratedAfter, meanCheckIn, checkIns, 0);
    }
}
