package org.unknot.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** A daily check-in as recorded: its day, the pain rated, the areas that hurt and the note typed. */
public record CheckInRecord(LocalDate day, PainScore pain, Set<Area> areas, String note) {

    public CheckInRecord {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(pain, "pain");
        areas = Set.copyOf(areas);
        note = note == null ? "" : note;
    }
}
