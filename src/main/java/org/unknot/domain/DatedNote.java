package org.unknot.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A note the user wrote: after a session of {@code routine}, or with a check-in when it has none. */
public record DatedNote(LocalDate day, Optional<String> routine, String text) {

    public DatedNote {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(text, "text");
    }
}
