package org.unknot.domain;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One ISO week (starting Monday): its sessions, the mean pain before and after them with how many were rated, and
 * the mean daily check-in with how many days were checked in. The three means are separate measures, never mixed.
 */
public record WeeklyPain(LocalDate weekStart, int sessions, OptionalDouble meanBefore, int ratedBefore,
                         OptionalDouble meanAfter, int ratedAfter, OptionalDouble meanCheckIn, int checkIns) {
}
