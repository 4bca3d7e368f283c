package org.unknot.store;

import java.time.Instant;
import java.util.Set;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;

/** A pain rating as stored: around a session, or a daily check-in (which alone may mark a flare day). */
public record PainEntry(PainKind kind, Instant recordedAt, PainScore score, Set<Area> areas, String note,
                        boolean flare) {

    /** A rating that marks no flare day. */
    public PainEntry(PainKind kind, Instant recordedAt, PainScore score, Set<Area> areas, String note) {
        this(kind, recordedAt, score, areas, note, false);
    }

    public PainEntry {
        areas = Set.copyOf(areas);
        note = note == null ? "" : note.strip();
    }
}
