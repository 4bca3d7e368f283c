package org.unknot.store;

import java.time.Instant;
import java.util.List;
import org.unknot.domain.Routine;

/**
 * Everything of a deleted routine that {@link RoutineStore#restore(DeletedRoutine)} needs to put it back: its id,
 * the routine with its steps, when it was created, and the sessions that were played from it (they keep their own
 * copy either way; restoring links them to the routine again, so "last done" comes back too).
 */
public record DeletedRoutine(long id, Routine routine, Instant createdAt, List<Long> sessionIds) {

    public DeletedRoutine {
        sessionIds = List.copyOf(sessionIds);
    }
}
