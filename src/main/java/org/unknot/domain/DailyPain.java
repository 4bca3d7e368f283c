package org.unknot.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A daily pain check-in, rated whether or not there was a session that day, and whether it marked a flare day. */
public record DailyPain(LocalDate day, PainScore score, boolean flare) {

    public DailyPain(LocalDate day, PainScore score) {
        this(day, score, false);
    }

    public DailyPain {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(score, "score");
    }
}
