package org.unknot.store;

import java.time.OffsetDateTime;
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
        OffsetDateTime startedAt,
        Optional<OffsetDateTime> endedAt,
        SessionStatus status,
        Optional<StopReason> stopReason,
        int plannedSeconds,
        int doneSeconds,
        Optional<PainScore> painBefore,
        Optional<PainScore> painAfter,
        String notes) {
}
