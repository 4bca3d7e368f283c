package org.unknot.ui.history;

import java.time.LocalDate;
import java.time.Period;

/** The ranges History offers in one click, each ending today; "All" starts on the day of the first session. */
enum QuickRange {
    DAYS_30("30 days", Period.ofDays(30)),
    WEEKS_12("12 weeks", Period.ofWeeks(12)),
    YEAR("A year", Period.ofYears(1)),
    ALL("All", null);

    private final String label;
    private final Period length;

    QuickRange(String label, Period length) {
        this.label = label;
        this.length = length;
    }

    String label() {
        return label;
    }

    /** The first day of the range ending {@code today}; {@code firstSession} is the day of the first session. */
    LocalDate first(LocalDate today, LocalDate firstSession) {
        return length == null ? firstSession : today.minus(length);
    }

    /** Whether the first day needs the first session's day, which is read from the data file. */
    boolean needsFirstSession() {
        return length == null;
    }
}
