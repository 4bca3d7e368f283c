package org.unknot.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A daily check-in as recorded: its day, the pain rated, the areas that hurt, the note typed, and whether the user
 * marked the day a flare.
 */
public record CheckInRecord(LocalDate day, PainScore pain, Set<Area> areas, String note, boolean flare) {

    /** A check-in of a day that is not marked a flare. */
    public CheckInRecord(LocalDate day, PainScore pain, Set<Area> areas, String note) {
        this(day, pain, areas, note, false);
    }

    public CheckInRecord {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(pain, "pain");
        areas = Set.copyOf(areas);
        note = note == null ? "" : note;
    }
}
