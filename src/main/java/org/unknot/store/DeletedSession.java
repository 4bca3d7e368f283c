package org.unknot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;

/**
 * Everything of a deleted session that {@link SessionStore#restore(DeletedSession)} needs to put it back exactly: the
 * session row (with its id), its steps as played in position order, and its before and after ratings.
 */
public record DeletedSession(
        long id,
        Optional<Long> routineId,
        String routineName,
        PerformedBy performedBy,
        Instant startedAt,
        Optional<Instant> endedAt,
        SessionStatus status,
        Optional<StopReason> stopReason,
        int plannedSeconds,
        String notes,
        List<PlayedStep> steps,
        List<PainEntry> ratings) {

    public DeletedSession {
        notes = notes == null ? "" : notes;
        steps = List.copyOf(steps);
        ratings = List.copyOf(ratings);
    }
}
