package org.unknot.store;

import java.time.LocalDate;
import java.util.Objects;

/** A deleted daily check-in, whole (with the moment it was recorded), so an undo puts it back exactly. */
public record DeletedCheckIn(LocalDate day, PainEntry entry) {

    public DeletedCheckIn {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(entry, "entry");
    }
}
