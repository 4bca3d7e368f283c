package org.unknot.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A recorded session as history and its exports show it. {@code worked} holds what it really worked on: each tool
 * and area of a step that ran for at least a second (PRODUCT.md: a session is credited only with what was done).
 * {@code gentle}: it played the routine's gentle version, and its steps are the gentle ones.
 */
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
        Set<ToolArea> worked,
        boolean gentle) {

    /** A session played as planned, not in its gentle version. */
    public SessionRecord(long id, Optional<Long> routineId, String routineName, PerformedBy performedBy,
            Instant startedAt, Optional<Instant> endedAt, SessionStatus status, Optional<StopReason> stopReason,
            int plannedSeconds, int doneSeconds, Optional<PainScore> painBefore, Optional<PainScore> painAfter,
            String notes, Set<ToolArea> worked) {
        this(id, routineId, routineName, performedBy, startedAt, endedAt, status, stopReason, plannedSeconds,
                doneSeconds, painBefore, painAfter, notes, worked, false);
    }

    public SessionRecord {
        notes = notes == null ? "" : notes;
        worked = Set.copyOf(worked);
    }

    /** The tools of the steps that ran for at least a second; never rest. */
    public Set<Tool> tools() {
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        worked.forEach(pair -> tools.add(pair.tool()));
        return Set.copyOf(tools);
    }

    /** The areas of the steps that ran for at least a second. */
    public Set<Area> areas() {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        worked.forEach(pair -> areas.add(pair.area()));
        return Set.copyOf(areas);
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
