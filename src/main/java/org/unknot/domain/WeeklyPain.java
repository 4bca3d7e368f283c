package org.unknot.domain;

import java.time.LocalDate;
import java.util.OptionalDouble;

/** One ISO week (starting Monday): its sessions, their mean pain before, and the mean daily check-in. */
public record WeeklyPain(LocalDate weekStart, int sessions, OptionalDouble meanBefore, OptionalDouble meanCheckIn) {

    /** Pain before sessions when any was rated, otherwise the daily check-ins. */
    public OptionalDouble pain() {
        return meanBefore.isPresent() ? meanBefore : meanCheckIn;
    }
}
