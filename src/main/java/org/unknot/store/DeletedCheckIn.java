package org.unknot.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.unknot.domain.AsNeededAnswer;

/** A deleted daily check-in, whole (with the moment it was recorded), so an undo puts it back exactly. */
public record DeletedCheckIn(LocalDate day, PainEntry entry, Optional<AsNeededAnswer> asNeeded) {

    public DeletedCheckIn {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(asNeeded, "asNeeded");
    }

    /** Without an as-needed answer. */
    public DeletedCheckIn(LocalDate day, PainEntry entry) {
        this(day, entry, Optional.empty());
    }
}
