package org.unknot.store;

import java.time.Instant;
import java.util.Optional;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;

/** A recorded session as history shows it. */
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
        String notes) {
}
