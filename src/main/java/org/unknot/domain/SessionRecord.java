package org.unknot.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A recorded session as history and its exports show it. */
public record SessionRecord(
        long id,
        Optional<Long> routineId,
        String routineName,
        PerformedBy performedBy,
        Instant startedAt,
        Optional<Instant> endedAt,
        SessionStatus status,
        Optional<StopReason> stopReason,
        int plannedSeconds,
        int doneSeconds,
        Optional<PainScore> painBefore,
        Optional<PainScore> painAfter,
        String notes,
        Set<Tool> tools) {

    public SessionRecord {
        notes = notes == null ? "" : notes;
        tools = Set.copyOf(tools);
    }

    /** Immediate relief: pain before minus pain after, positive when it went down; empty unless both were rated. */
    public Optional<Integer> relief() {
        return painChange().map(change -> -change);
    }

    /** After minus before: negative when the pain went down; empty unless both were rated. */
    public Optional<Integer> painChange() {
        return painBefore.flatMap(before -> painAfter.map(after -> after.value() - before.value()));
    }
}
