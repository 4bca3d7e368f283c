package org.unknot.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A daily check-in as recorded: its day, the pain rated, the areas that hurt, the note typed, whether the user marked
 * the day a flare, and the answer to "Took an as-needed pain medicine today?" when it was asked and answered.
 */
public record CheckInRecord(LocalDate day, PainScore pain, Set<Area> areas, String note, boolean flare,
                            Optional<AsNeededAnswer> asNeeded) {

    public CheckInRecord {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(pain, "pain");
        areas = Set.copyOf(areas);
        note = note == null ? "" : note;
        Objects.requireNonNull(asNeeded, "asNeeded");
    }

    /** A check-in of a day that is not marked a flare, without an as-needed answer. */
    public CheckInRecord(LocalDate day, PainScore pain, Set<Area> areas, String note) {
        this(day, pain, areas, note, false, Optional.empty());
    }

    /** A check-in without an as-needed answer. */
    public CheckInRecord(LocalDate day, PainScore pain, Set<Area> areas, String note, boolean flare) {
        this(day, pain, areas, note, flare, Optional.empty());
    }

    /** A check-in of a day that is not marked a flare. */
    public CheckInRecord(LocalDate day, PainScore pain, Set<Area> areas, String note,
                         Optional<AsNeededAnswer> asNeeded) {
        this(day, pain, areas, note, false, asNeeded);
    }
}
